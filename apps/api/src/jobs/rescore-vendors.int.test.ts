import type { VendorListResponse, VendorScoreResponse } from "@ward/contracts";
import { scoringProgress } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../testing/eventually";
import { openTestJobRunner } from "../testing/job-runner";
import { openTestApp, type TestApp } from "../testing/test-app";
import type { JobRunner } from "./job-runner";
import { queueStaleRescoring, RESCORE_BATCH_SIZE } from "./rescore-vendors";

const VENDORS = RESCORE_BATCH_SIZE + 30;

describe.each(testDatabases())("start-up rescoring as background jobs on $name", (database) => {
  let t: TestApp;
  const runners: JobRunner[] = [];
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.handle.db.execute(query)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    t = await openTestApp(database);
    for (let i = 0; i < VENDORS; i++) {
      const res = await t.request("POST", "/api/vendors", {
        name: `Vendor ${i}`,
        category: "ehr",
        criticality: "high",
      });
      expect(res.status).toBe(201);
    }
    // A methodology-version change: every stored score now comes from an older method.
    await t.handle.db.execute(
      sql`update vendor set risk_methodology = '2000.1' where organization_id = ${t.organizationId}`,
    );
    await t.handle.db.execute(
      sql`update score_snapshot set methodology_version = '2000.1' where organization_id = ${t.organizationId}`,
    );
    const log = pino({ level: "silent" });
    // Two runners on one database stand for two instances sharing the queues.
    for (let i = 0; i < 2; i++) {
      runners.push(await openTestJobRunner(t.handle, t.clock, { log }));
    }
  });
  afterAll(async () => {
    for (const r of runners) await r.stop();
    await t.close();
  });

  it("serves stale scores marked as being rescored until the jobs have run", async () => {
    const list = (await (await t.request("GET", "/api/vendors?pageSize=5")).json()) as VendorListResponse;
    expect(list.items.every((v) => v.riskBeingRescored && v.riskScore !== null)).toBe(true);
    const first = list.items[0]?.id;
    const score = (await (
      await t.request("GET", `/api/vendors/${first}/score`)
    ).json()) as VendorScoreResponse;
    expect(score.beingRescored).toBe(true);
  });

  it("queues each stale vendor once when two instances start together, and scores each exactly once", async () => {
    const [a, b] = runners as [JobRunner, JobRunner];
    const [queuedA, queuedB] = await Promise.all([
      queueStaleRescoring({ db: t.handle.db, queue: a }),
      queueStaleRescoring({ db: t.handle.db, queue: b }),
    ]);
    // On PostgreSQL other tests' organizations share the database and may have stale vendors of their own, so
    // the instances' counts are checked on PGlite and this organization's batches on both.
    if (database.name === "pglite") expect(queuedA + queuedB).toBe(VENDORS);
    else expect(queuedA + queuedB).toBeGreaterThanOrEqual(VENDORS);
    const batches = await rows<{ count: number; vendors: number; distinct: number }>(
      sql`select count(*)::int as count,
            sum(jsonb_array_length(data->'vendorIds'))::int as vendors,
            (select count(distinct v)::int from pgboss.job as j, jsonb_array_elements_text(j.data->'vendorIds') as v
             where j.name = 'rescore-vendors' and j.data->>'organizationId' = ${t.organizationId}) as distinct
          from pgboss.job where name = 'rescore-vendors' and data->>'organizationId' = ${t.organizationId}`,
    );
    expect(Number(batches[0]?.count)).toBe(Math.ceil(VENDORS / RESCORE_BATCH_SIZE));
    // Each of this organization's vendors in exactly one batch: neither instance queued it a second time.
    expect(Number(batches[0]?.vendors)).toBe(VENDORS);
    expect(Number(batches[0]?.distinct)).toBe(VENDORS);
    expect(await queueStaleRescoring({ db: t.handle.db, queue: a })).toBe(0);

    await Promise.all([a.startWorkers(), b.startWorkers()]);
    await eventually(async () => {
      const p = await scoringProgress(t.handle.db, t.organizationId, METHODOLOGY_VERSION);
      return p.current === p.total;
    }, "every vendor rescored");

    const perVendor = await rows<{ count: number }>(sql`
      select count(*)::int as count from score_snapshot
      where organization_id = ${t.organizationId} and methodology_version = ${METHODOLOGY_VERSION}
      group by vendor_id`);
    expect(perVendor).toHaveLength(VENDORS);
    expect(perVendor.every((r) => Number(r.count) === 1)).toBe(true);

    const list = (await (await t.request("GET", "/api/vendors?pageSize=5")).json()) as VendorListResponse;
    expect(list.items.some((v) => v.riskBeingRescored)).toBe(false);
  });
});
