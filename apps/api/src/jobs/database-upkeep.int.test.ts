import { Writable } from "node:stream";
import { seedGeneratedPortfolio } from "@ward/db/generated-portfolio";
import { testDatabases } from "@ward/db/testing";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { schedules, UPKEEP_CRON } from "./catalogue";
import { databaseUpkeepJob } from "./database-upkeep";
import type { JobDeps } from "./job-definition";

/** Runs the upkeep at `at` and returns what it logged. */
async function runUpkeep(
  deps: Omit<JobDeps, "clock" | "log">,
  at: string,
): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  await databaseUpkeepJob.run(
    { ...deps, clock: { now: () => new Date(at) }, log: pino({ level: "info" }, sink) },
    {},
    { id: "test", retryCount: 0, retryLimit: 0, retryDelay: 0 },
  );
  return lines;
}

describe("the database upkeep job", () => {
  it("is scheduled on PGlite only", () => {
    const crons = (database: "pglite" | "postgres") =>
      schedules({ database })
        .filter((s) => s.job === databaseUpkeepJob)
        .map((s) => s.cron);
    expect(crons("pglite")).toEqual([UPKEEP_CRON]);
    expect(crons("postgres")).toEqual([]);
  });

  for (const database of testDatabases()) {
    it(`on ${database.name}: ${database.name === "pglite" ? "gathers stale statistics every hour and vacuums once a day" : "leaves the work to autovacuum"}`, {
      timeout: 120_000,
    }, async () => {
      const handle = await database.open();
      try {
        const deps = {
          db: handle.db,
          database: handle.kind,
          queue: { enqueue: async () => {} },
          transport: null,
          mailFrom: "x",
        };
        await seedGeneratedPortfolio(handle.db, 120, 33);
        const afterImport = await runUpkeep(deps, "2026-12-04T10:15:00Z");
        const quietHour = await runUpkeep(deps, "2026-12-04T11:15:00Z");
        const vacuumHour = await runUpkeep(deps, "2026-12-05T03:15:00Z");
        const ran = (lines: Record<string, unknown>[]) => lines.map((l) => ("ran" in l ? l.ran : l.msg));
        if (database.name === "pglite") {
          expect(ran(afterImport)).toEqual(["analyze"]);
          expect(ran(quietHour)).toEqual([null]);
          expect(ran(vacuumHour)).toEqual(["vacuum"]);
        } else {
          for (const lines of [afterImport, quietHour, vacuumHour])
            expect(ran(lines)).toEqual(["PostgreSQL's autovacuum keeps its statistics; no upkeep to do"]);
        }
      } finally {
        await handle.close();
      }
    });
  }
});
