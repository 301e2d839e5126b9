import type { ErrorEnvelope, JobsOverviewResponse } from "@ward/contracts";
import type { WardDb } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobRunner } from "../jobs/job-runner";
import { queueStaleRescoring, rescoreVendorsJob } from "../jobs/rescore-vendors";
import { eventually } from "../testing/eventually";
import { openTestJobRunner } from "../testing/job-runner";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("the admin jobs API on $name", (database) => {
  let t: TestApp;
  let runner: JobRunner;
  const overview = async (client = t as Pick<TestApp, "request">) =>
    (await (await client.request("GET", "/api/jobs")).json()) as JobsOverviewResponse;
  /** A rescoring job of this organization that used up its retries with `message`. */
  async function failedJob(message: string): Promise<string> {
    const id = crypto.randomUUID();
    await t.handle.db.transaction((tx) =>
      runner.enqueue(
        tx as unknown as WardDb,
        rescoreVendorsJob,
        { organizationId: t.organizationId, vendorIds: [crypto.randomUUID()], mode: "ageing" },
        { id },
      ),
    );
    // As pg-boss leaves a job after its last retry fails.
    await t.handle.db.execute(sql`
      update pgboss.job set state = 'failed', completed_on = now(), retry_count = 3,
        output = ${JSON.stringify({ message })}::jsonb
      where name = 'rescore-vendors' and id = ${id}`);
    return id;
  }

  beforeAll(async () => {
    t = await openTestApp(database, {
      jobs: async (handle, clock) => {
        runner = await openTestJobRunner(handle, clock);
        return runner;
      },
    });
    const res = await t.request("POST", "/api/vendors", { name: "Jobs Vendor", category: "ehr" });
    expect(res.status).toBe(201);
  });
  afterAll(() => t.close());

  it("shows the rescoring job's last run, the daily schedule's next run and the rescoring progress", async () => {
    await t.handle.db.execute(
      sql`update vendor set risk_methodology = '2000.1' where organization_id = ${t.organizationId}`,
    );
    const stale = await overview();
    expect(stale.rescoring).toMatchObject({ total: 1, current: 0 });

    await queueStaleRescoring({ db: t.handle.db, queue: runner });
    await runner.startWorkers();
    await eventually(
      async () => (await overview()).queues.find((q) => q.name === "rescore-vendors")?.lastRunAt !== null,
      "the rescoring job's last run",
    );
    const body = await overview();
    expect(body.rescoring).toMatchObject({ total: 1, current: 1 });
    const daily = body.queues.find((q) => q.name === "rescore-daily");
    // The test clock stands at 2026-01-15 12:00 UTC; the daily run is at 03:00 UTC.
    expect(daily).toMatchObject({ schedule: "0 3 * * *", nextRunAt: "2026-01-16T03:00:00.000Z" });
    expect(body.queues.map((q) => q.name)).toEqual([
      "send-mail",
      "rescore-vendors",
      "rescore-daily",
      "database-upkeep",
    ]);
  });

  it("lists a failed job with its message, and an admin's retry puts it back in its queue, audited", async () => {
    const id = await failedJob("connection reset while scoring");
    const failure = (await overview()).failures.find((f) => f.id === id);
    expect(failure).toMatchObject({
      name: "rescore-vendors",
      attempts: 4,
      message: "connection reset while scoring",
    });

    const res = await t.request("POST", `/api/jobs/${id}/retry`);
    expect(res.status).toBe(204);
    expect((await overview()).failures.some((f) => f.id === id)).toBe(false);
    const audit = (await (
      await t.request("GET", `/api/audit-events?action=job.retry&entityId=${id}`)
    ).json()) as { items: unknown[] };
    expect(audit.items).toHaveLength(1);
  });

  it("refuses to retry a job that has not failed, and answers an unknown job with 404", async () => {
    const id = await failedJob("first");
    expect((await t.request("POST", `/api/jobs/${id}/retry`)).status).toBe(204);
    const again = await t.request("POST", `/api/jobs/${id}/retry`);
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorEnvelope).error.code).toBe("CONFLICT");
    expect((await t.request("POST", `/api/jobs/${crypto.randomUUID()}/retry`)).status).toBe(404);
    expect((await t.request("POST", "/api/jobs/not-a-job/retry")).status).toBe(404);
  });

  it("never shows or retries another organization's jobs", async () => {
    const id = await failedJob("mailbox of another hospital unavailable");
    const other = await t.otherTenant();
    expect((await overview(other)).failures.some((f) => f.id === id)).toBe(false);
    expect((await other.request("POST", `/api/jobs/${id}/retry`)).status).toBe(404);
  });

  it("is for admins only", async () => {
    for (const role of ["viewer", "analyst"] as const) {
      const client = await t.as(role);
      expect((await client.request("GET", "/api/jobs")).status).toBe(403);
    }
  });
});
