import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createDb, type DbHandle } from "@ward/db";
import type { Logger } from "pino";
import { createAuth, type WardAuth } from "./auth/better-auth";
import type { Env } from "./env";
import { type JobRunner, openJobRunner } from "./jobs/job-runner";
import { queueStaleRescoring } from "./jobs/rescore-vendors";
import { DEMO_ACCOUNTS, setUpDemo } from "./services/accounts";
import { resolveAuthSecret } from "./services/auth-secret";
import { type Clock, systemClock } from "./services/context";
import { createMailer, type Mailer, smtpTransport } from "./services/mail";

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
  jobs: JobRunner;
  /** Stops the job runner, then closes the database. */
  close(): Promise<void>;
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
  const transport = smtpTransport(env.SMTP_URL);
  const jobs = await openJobRunner({
    sql: handle,
    db: handle.db,
    database: handle.kind,
    clock,
    log,
    transport,
    mailFrom: env.WARD_MAIL_FROM,
    rescoreCron: env.WARD_RESCORE_CRON,
  });
  const mailer = createMailer({ queue: transport ? jobs : null });
  const close = async () => {
    await jobs.stop();
    await handle.close();
  };
  return { handle, auth, mailer, clock, jobs, close };
}

/**
 * Queues every vendor whose stored score is missing or from an older methodology for background rescoring,
 * then starts this instance's workers. Called once the server listens: until a vendor's job has run, its
 * stored score is served marked as being rescored.
 */
export async function refreshScores(ward: Ward, log: Logger): Promise<void> {
  const queued = await queueStaleRescoring({ db: ward.handle.db, queue: ward.jobs });
  if (queued > 0) log.info({ queued }, "vendors queued for rescoring with the current methodology");
  await ward.jobs.startWorkers();
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
