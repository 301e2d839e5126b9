import { seedGeneratedPortfolio } from "@ward/db/generated-portfolio";
import { testDatabases } from "@ward/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../testing/eventually";
import { openTestJobRunner } from "../testing/job-runner";
import { countStaleVendors } from "../testing/stale-vendors";
import { openTestApp, type TestApp } from "../testing/test-app";
import type { JobRunner } from "./job-runner";
import { rescoreVendorsJob } from "./rescore-vendors";

/** Long enough that waiting it out even once would show; pg-boss checks for work this often when idle. */
const POLLING_SECONDS = 20;
const JOBS = 3;

describe.each(testDatabases())("job workers on $name", (database) => {
  let t: TestApp;
  let runner: JobRunner;
  let organizationId: string;
  const stale = () => countStaleVendors(t.handle.db, organizationId);

  beforeAll(async () => {
    t = await openTestApp(database);
    organizationId = await seedGeneratedPortfolio(t.handle.db, JOBS);
    runner = await openTestJobRunner(t.handle, t.clock, { pollingIntervalSeconds: POLLING_SECONDS });
  });
  afterAll(async () => {
    await runner?.stop();
    await t?.close();
  });

  it("a worker that finishes a job takes the next queued one without waiting out its polling interval", async () => {
    const rows = (await t.handle.db.execute(
      sql`select id from vendor where organization_id = ${organizationId}`,
    )) as unknown as { rows: { id: string }[] };
    expect(rows.rows).toHaveLength(JOBS);
    for (const { id } of rows.rows) {
      await runner.enqueue(t.handle.db, rescoreVendorsJob, {
        organizationId,
        vendorIds: [id],
        mode: "methodology",
      });
    }
    const started = Date.now();
    await runner.startWorkers();
    // One worker on PGlite, two on PostgreSQL: either way at least one worker runs two of the three jobs in turn.
    await eventually(
      async () => (await stale()) === 0,
      "the three jobs to run",
      (POLLING_SECONDS - 5) * 1000,
    );
    expect(Date.now() - started).toBeLessThan(POLLING_SECONDS * 1000);
  });
});
