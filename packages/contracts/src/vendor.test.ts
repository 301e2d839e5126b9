import { describe, expect, it } from "vitest";
import { defaultVendorOrder, listVendorsQuery } from "./vendor";

describe("vendor list query", () => {
  it("turns a single filter value into a list and coerces numbers, highest priority first unless told", () => {
    const query = listVendorsQuery.parse({ category: "ehr", page: "2", pageSize: "10" });
    expect(query).toMatchObject({ category: ["ehr"], page: 2, pageSize: 10, sort: "priority" });
    // No order given: the sort field's own reading order applies (largest rank first for priority).
    expect(query.order).toBeUndefined();
    expect(defaultVendorOrder(query.sort)).toBe("desc");
    expect(defaultVendorOrder("name")).toBe("asc");
  });

  it("accepts Unassessed as a risk tier filter beside the four tiers", () => {
    expect(listVendorsQuery.parse({ riskTier: ["unassessed", "critical"] }).riskTier).toEqual([
      "unassessed",
      "critical",
    ]);
  });

  it.each([
    { pageSize: "0" },
    { pageSize: "101" },
    { page: "-1" },
    { sort: "score" },
    { criticality: "extreme" },
    { riskTier: "unscored" },
  ])("refuses %o", (query) => {
    expect(listVendorsQuery.safeParse(query).success).toBe(false);
  });
});
