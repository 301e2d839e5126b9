import { upkeepEmbeddedDatabase } from "@ward/db";
import { z } from "zod";
import { defineJob } from "./job-definition";

/** The hour (UTC) in which the upkeep also vacuums: the daily rescoring's quiet hour, after it. */
export const VACUUM_HOUR_UTC = 3;

/**
 * The embedded database's upkeep (ADR 22). PGlite has no autovacuum, so every hour Ward gathers the planner's
 * statistics when the portfolio has changed by more than a tenth since they were gathered, and once a day it also
 * vacuums, reclaiming the space of rows edits and deletions left dead. On PostgreSQL the server's autovacuum does
 * this work and the job does nothing; it is only scheduled on PGlite.
 */
export const databaseUpkeepJob = defineJob({
  name: "database-upkeep",
  title: "Embedded database upkeep",
  payload: z.object({}),
  retry: { limit: 1, delaySeconds: 300, backoff: false },
  workers: 1,
  expireInSeconds: 900,
  async run(deps) {
    if (deps.database !== "pglite") {
      deps.log.info("PostgreSQL's autovacuum keeps its statistics; no upkeep to do");
      return;
    }
    const vacuum = deps.clock.now().getUTCHours() === VACUUM_HOUR_UTC;
    const started = performance.now();
    const result = await upkeepEmbeddedDatabase(deps.db, { vacuum });
    deps.log.info({ ...result, ms: Math.round(performance.now() - started) }, "embedded database upkeep");
  },
});
