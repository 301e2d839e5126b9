import type { ScoreHistoryPoint, VendorScoreResponse } from "@ward/contracts";
import { vendorCheckedAt } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestJobRunner } from "../testing/job-runner";
import { openTestApp, type TestApp } from "../testing/test-app";
import type { JobDeps, JobQueue } from "./job-definition";
import type { JobRunner } from "./job-runner";
import { rescoreDailyJob } from "./rescore-daily";
import { type RescorePayload, rescoreBatch } from "./rescore-vendors";

const MFA_FACTORS = [
  "mfa.remote_access",
  "mfa.customer_logins",
  "mfa.admin",
  "mfa.workforce",
  "mfa.support_staff",
];
const YEAR_MS = 365 * 24 * 3600 * 1000;

describe.each(testDatabases())("the daily rescoring on $name", (database) => {
  let t: TestApp;
  let vendorId: string;
  let runner: JobRunner;
  const log = pino({ level: "silent" });

  /** Runs the daily job as pg-boss would, then this organization's batches it queued. */
  async function runDaily(): Promise<void> {
    const queued: RescorePayload[] = [];
    const capture: JobQueue = {
      enqueue: async (_tx, _job, payload) => {
        queued.push(payload as RescorePayload);
      },
    };
    const deps: JobDeps = {
      db: t.handle.db,
      database: t.handle.kind,
      clock: t.clock,
      log,
      queue: capture,
      transport: null,
      mailFrom: "x",
    };
    await rescoreDailyJob.run(deps, {}, { id: "test", retryCount: 0, retryLimit: 0, retryDelay: 0 });
    for (const p of queued.filter((q) => q.organizationId === t.organizationId)) await rescoreBatch(deps, p);
  }
  const history = async () =>
    (
      (await (await t.request("GET", `/api/vendors/${vendorId}/score/history`)).json()) as {
        items: ScoreHistoryPoint[];
      }
    ).items;

  const tiers = async () => {
    const { score } = (await (
      await t.request("GET", `/api/vendors/${vendorId}/score`)
    ).json()) as VendorScoreResponse;
    return [score.overall.tier, ...Object.values(score.dimensions).map((d) => d.tier)];
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    const res = await t.request("POST", "/api/vendors", {
      name: "Ageing EHR",
      category: "ehr",
      criticality: "critical",
    });
    vendorId = ((await res.json()) as { id: string }).id;
    for (const factor of MFA_FACTORS) {
      const ev = await t.request("POST", `/api/vendors/${vendorId}/evidence`, {
        factor,
        value: true,
        statement: `Confirmed: ${factor}`,
        observedOn: "2026-01-15",
      });
      expect(ev.status).toBe(201);
    }
    runner = await openTestJobRunner(t.handle, t.clock);
  });
  afterAll(async () => {
    await runner.stop();
    await t.close();
  });

  it("checks every vendor but stores no snapshot while no figure a board sees has changed", async () => {
    const before = (await history()).length;
    t.clock.advance(24 * 3600 * 1000);
    await runDaily();
    expect(await history()).toHaveLength(before);
    expect(await vendorCheckedAt(t.handle.db, t.organizationId, vendorId)).toEqual(t.clock.now());
  });

  it("stores one snapshot when ageing evidence changes a tier, and a second run stores none", async () => {
    const before = await history();
    const tiersBefore = await tiers();
    t.clock.advance(3 * YEAR_MS);
    await runDaily();
    const after = await history();
    expect(after).toHaveLength(before.length + 1);
    const [last, previous] = [after.at(-1), before.at(-1)];
    expect(last?.reason).toBe("ageing");
    expect(last?.asOf).toBe(t.clock.now().toISOString().slice(0, 10));
    expect(last?.credentialHygiene).not.toBe(previous?.credentialHygiene);
    expect(await tiers()).not.toEqual(tiersBefore);

    await runDaily();
    t.clock.advance(24 * 3600 * 1000);
    await runDaily();
    expect(await history()).toHaveLength(after.length);
  });

  it("queues a day's batches once however often the daily job runs that day", async () => {
    const deps: JobDeps = {
      db: t.handle.db,
      database: t.handle.kind,
      clock: t.clock,
      log,
      queue: runner,
      transport: null,
      mailFrom: "x",
    };
    const run = { id: "test", retryCount: 0, retryLimit: 0, retryDelay: 0 };
    await rescoreDailyJob.run(deps, {}, run);
    await rescoreDailyJob.run(deps, {}, run);
    const result = (await t.handle.db.execute(sql`
      select count(*)::int as count from pgboss.job
      where name = 'rescore-vendors' and data->>'organizationId' = ${t.organizationId}`)) as unknown as {
      rows: { count: number }[];
    };
    expect(Number(result.rows[0]?.count)).toBe(1);
  });
});
