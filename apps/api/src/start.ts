import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createDb, type DbHandle } from "@ward/db";
import type { Logger } from "pino";
import { createAuth, type WardAuth } from "./auth/better-auth";
import type { Env } from "./env";
import { DEMO_ACCOUNTS, setUpDemo } from "./services/accounts";
import { resolveAuthSecret } from "./services/auth-secret";
import { type Clock, systemClock } from "./services/context";
import { createMailer, type Mailer } from "./services/mail";
import { scoreOutdatedVendors } from "./services/scores";

export const version: string = (
  JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as {
    version: string;
  }
).version;

export const defaultWebDir = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface Ward {
  handle: DbHandle;
  auth: WardAuth;
  mailer: Mailer;
  clock: Clock;
}

/** Opens and migrates the database the configuration names. */
export async function openDatabase(env: Env): Promise<DbHandle> {
  try {
    return await createDb({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.WARD_DATA_DIR,
      poolSize: env.DATABASE_POOL_SIZE,
    });
  } catch (error) {
    const where = env.DATABASE_URL
      ? "the PostgreSQL server in DATABASE_URL"
      : `the data folder WARD_DATA_DIR (${env.WARD_DATA_DIR})`;
    throw new Error(`Could not open ${where}: ${(error as Error).message}`, { cause: error });
  }
}

/** The database plus what every entry point needs: identity, mail and the clock. */
export async function openWard(env: Env, log: Logger): Promise<Ward> {
  const handle = await openDatabase(env);
  const clock = systemClock;
  const auth = createAuth({
    db: handle.db,
    secret: await resolveAuthSecret(handle.db, env.WARD_AUTH_SECRET),
    publicUrl: env.publicUrl,
    trustedOrigins: env.WARD_TRUSTED_ORIGINS,
    trustProxy: env.WARD_TRUST_PROXY,
    clock,
    log,
    sessionTtlSeconds: Math.round(env.WARD_SESSION_HOURS * 3600),
  });
  const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.WARD_MAIL_FROM, log });
  return { handle, auth, mailer, clock };
}

/** Brings every vendor's stored score up to the current methodology. */
export async function refreshScores(ward: Ward, log: Logger): Promise<void> {
  const scored = await scoreOutdatedVendors(ward.handle.db, ward.clock);
  if (scored > 0) log.info({ scored }, "vendors scored with the current methodology");
}

/** Seeds the demo organization and its three accounts on first start; prints a generated password once. */
export async function prepareDemo(ward: Ward, env: Env, log: Logger): Promise<void> {
  const deps = {
    db: ward.handle.db,
    withLock: ward.handle.withLock,
    auth: ward.auth,
    clock: ward.clock,
    log,
  };
  const { generatedPassword } = await setUpDemo(deps, { password: env.WARD_DEMO_PASSWORD });
  if (generatedPassword) {
    const accounts = DEMO_ACCOUNTS.map((a) => `  ${a.email} (${a.role})`).join("\n");
    console.log(
      `Demo accounts created, all with the password ${generatedPassword}\n${accounts}\n` +
        "It is shown only now; set WARD_DEMO_PASSWORD to choose it.",
    );
  }
}
