import { describe, expect, it } from "vitest";
import { listVendorsQuery } from "./vendor";

describe("vendor list query", () => {
  it("turns a single filter value into a list and coerces numbers", () => {
    expect(listVendorsQuery.parse({ category: "ehr", page: "2", pageSize: "10" })).toMatchObject({
      category: ["ehr"],
      page: 2,
      pageSize: 10,
      sort: "name",
      order: "asc",
    });
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
