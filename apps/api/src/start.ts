import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createDb, type DbHandle, seedDemo } from "@ward/db";
import type { Logger } from "pino";
import type { Env } from "./env";
import { type Clock, systemClock } from "./services/context";
import { ensureWorkspaceOrganization } from "./services/workspace";

export const version: string = (
  JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as {
    version: string;
  }
).version;

export const defaultWebDir = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface Started {
  handle: DbHandle;
  organizationId: string;
  clock: Clock;
}

/** Opens and migrates the database, then makes sure there is an organization to serve. */
export async function openWard(env: Env, log: Logger): Promise<Started> {
  let handle: DbHandle;
  try {
    handle = await createDb({
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
  const clock = systemClock;
  const organizationId = env.WARD_DEMO
    ? (await seedDemo(handle.db, { now: clock.now() })).organizationId
    : await ensureWorkspaceOrganization(handle.db, clock.now());
  log.info({ database: handle.kind, demo: env.WARD_DEMO }, "database ready");
  return { handle, organizationId, clock };
}
