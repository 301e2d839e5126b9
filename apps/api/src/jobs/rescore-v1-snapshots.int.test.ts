import type {
  ScoreHistoryPoint,
  VendorListResponse,
  VendorRiskScoreDto,
  VendorScoreResponse,
} from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rescoreStaleNow } from "../testing/rescore-now";
import { openTestApp, type TestApp } from "../testing/test-app";

const V1 = "2026.1";

/** A stored score as methodology 2026.1 wrote it: none of the fields 2026.2 added. */
function asV1Result(result: VendorRiskScoreDto): VendorRiskScoreDto {
  const v1 = structuredClone(result);
  v1.methodologyVersion = V1;
  delete v1.priority;
  delete v1.overall.state;
  delete v1.overall.coverage;
  delete v1.overall.unknownPoints;
  delete v1.overall.range;
  for (const dimension of Object.values(v1.dimensions)) {
    delete dimension.coverage;
    delete dimension.unknownPoints;
    delete dimension.range;
    delete dimension.contradictions;
    for (const contribution of dimension.contributions) {
      delete contribution.group;
      delete contribution.basis;
    }
  }
  return v1;
}

describe.each(testDatabases())("rescoring at start moves v1 scores to v2 on $name", (database) => {
  let t: TestApp;
  const vendorIds: string[] = [];
  const list = async () =>
    ((await (await t.request("GET", "/api/vendors?pageSize=100")).json()) as VendorListResponse).items;

  beforeAll(async () => {
    t = await openTestApp(database);
    for (const [name, criticality] of [
      ["Old Score Critical", "critical"],
      ["Old Score Low", "low"],
    ]) {
      const res = await t.request("POST", "/api/vendors", { name, category: "ehr", criticality });
      vendorIds.push(((await res.json()) as { id: string }).id);
    }
    // Every vendor as an instance on methodology 2026.1 left it: v1 snapshots, and no v2 figures on the row.
    const snapshots = (await t.handle.db.execute(
      sql`select id, result from score_snapshot where organization_id = ${t.organizationId}`,
    )) as unknown as { rows: { id: string; result: VendorRiskScoreDto }[] };
    for (const row of snapshots.rows) {
      await t.handle.db.execute(sql`update score_snapshot set methodology_version = ${V1},
        result = ${JSON.stringify(asV1Result(row.result))}::jsonb where id = ${row.id}`);
    }
    await t.handle.db.execute(sql`update vendor set risk_methodology = ${V1},
        risk_tier = (select s.overall_tier from score_snapshot s where s.vendor_id = vendor.id
          order by s.seq desc limit 1),
        priority_rank = null, priority_level = null, inherent_tier = null,
        risk_range_low = null, risk_range_high = null
      where organization_id = ${t.organizationId}`);
    t.clock.set("2026-02-01T09:00:00.000Z");
  });
  afterAll(() => t.close());

  it("serves a v1 score as it was, marked as being rescored, with no priority in the portfolio", async () => {
    const items = await list();
    expect(items).toHaveLength(2);
    for (const v of items) {
      expect(v.riskBeingRescored).toBe(true);
      expect(v.priorityLevel).toBeNull();
      expect(v.riskRange).toBeNull();
      expect(v.inherentTier).toBeNull();
    }
    const score = (await (
      await t.request("GET", `/api/vendors/${vendorIds[0]}/score`)
    ).json()) as VendorScoreResponse;
    expect(score.beingRescored).toBe(true);
    expect(score.score.methodologyVersion).toBe(V1);
    expect(score.score.priority).toBeUndefined();
  });

  it("scores every v1 vendor under the current methodology once, keeping the v1 snapshot in the history", async () => {
    expect(await rescoreStaleNow(t.handle.db, t.clock, t.organizationId)).toBe(2);
    expect(await rescoreStaleNow(t.handle.db, t.clock, t.organizationId)).toBe(0);
    for (const id of vendorIds) {
      const score = (await (
        await t.request("GET", `/api/vendors/${id}/score`)
      ).json()) as VendorScoreResponse;
      expect(score.beingRescored).toBe(false);
      expect(score.reason).toBe("methodology");
      expect(score.score.methodologyVersion).toBe(METHODOLOGY_VERSION);
      expect(score.score.priority).toBeDefined();
      const history = (
        (await (await t.request("GET", `/api/vendors/${id}/score/history`)).json()) as {
          items: ScoreHistoryPoint[];
        }
      ).items;
      expect(history.map((p) => p.methodologyVersion)).toEqual([V1, METHODOLOGY_VERSION]);
    }
  });

  it("the portfolio then carries each vendor's v2 tier, priority, inherent tier and range", async () => {
    const items = await list();
    expect(items.some((v) => v.riskBeingRescored)).toBe(false);
    for (const v of items) {
      const { score } = (await (
        await t.request("GET", `/api/vendors/${v.id}/score`)
      ).json()) as VendorScoreResponse;
      expect(v.priorityLevel).toBe(score.priority?.level);
      expect(v.inherentTier).toBe(score.priority?.inherentTier);
      expect(v.riskTier).toBe(score.overall.state === "unassessed" ? "unassessed" : score.overall.tier);
      expect(v.riskRange?.low).toBeCloseTo(score.overall.range?.low ?? Number.NaN, 3);
      expect(v.riskRange?.high).toBeCloseTo(score.overall.range?.high ?? Number.NaN, 3);
      // The trend compares the v2 score with the v1 score before it.
      expect(v.riskTrend).not.toBeNull();
    }
    // Critical inherent risk comes first in the default (priority) order.
    expect(items.map((v) => v.name)).toEqual(["Old Score Critical", "Old Score Low"]);
  });
});
