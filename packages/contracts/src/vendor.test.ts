import { describe, expect, it } from "vitest";
import { defaultVendorOrder, listVendorsQuery } from "./vendor";

describe("vendor list query", () => {
  it("turns a single filter value into a list and coerces numbers, riskiest first unless told", () => {
    const query = listVendorsQuery.parse({ category: "ehr", page: "2", pageSize: "10" });
    expect(query).toMatchObject({ category: ["ehr"], page: 2, pageSize: 10, sort: "riskScore" });
    // No order given: the sort field's own reading order applies (largest first for scores).
    expect(query.order).toBeUndefined();
    expect(defaultVendorOrder(query.sort)).toBe("desc");
    expect(defaultVendorOrder("name")).toBe("asc");
  });

  it.each([
    { pageSize: "0" },
    { pageSize: "101" },
    { page: "-1" },
    { sort: "score" },
    { criticality: "extreme" },
  ])("refuses %o", (query) => {
    expect(listVendorsQuery.safeParse(query).success).toBe(false);
  });
});
