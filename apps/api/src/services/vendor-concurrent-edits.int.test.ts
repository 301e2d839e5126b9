import type { VendorListResponse } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("edits that rescore, many at once, on $name", (database) => {
  let t: TestApp;
  let ids: string[];
  beforeAll(async () => {
    t = await openTestApp(database);
    ids = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.request("POST", "/api/vendors", {
        name: `Concurrent ${i}`,
        category: "ehr",
        criticality: i % 2 === 0 ? "high" : "critical",
      });
      ids.push(((await res.json()) as { id: string }).id);
    }
  }, 60_000);
  afterAll(() => t.close());

  it("all succeed, each rescored, and the portfolio's counts match the vendors", async () => {
    // Every edit moves a vendor between high and critical, half each way, all in one organization at once: they
    // meet on the same counts, and each rescores its vendor in its transaction.
    for (let round = 0; round < 3; round++) {
      const statuses = await Promise.all(
        ids.map(async (id, i) => {
          const criticality = (i + round) % 2 === 0 ? "critical" : "high";
          return (await t.request("PATCH", `/api/vendors/${id}`, { criticality })).status;
        }),
      );
      expect(statuses).toEqual(ids.map(() => 200));
    }
    const list = (await (await t.request("GET", "/api/vendors?pageSize=100")).json()) as VendorListResponse;
    const counted = { low: 0, moderate: 0, high: 0, critical: 0 };
    for (const v of list.items) counted[v.criticality] += 1;
    expect(list.facets.criticality).toEqual(counted);
    expect(counted.high + counted.critical).toBe(12);
    const tiers = list.items.reduce<Record<string, number>>((acc, v) => {
      const tier = v.riskTier ?? "unscored";
      acc[tier] = (acc[tier] ?? 0) + 1;
      return acc;
    }, {});
    expect(Object.fromEntries(Object.entries(list.facets.riskTier).filter(([, n]) => n > 0))).toEqual(tiers);
  }, 60_000);
});
