import { describe, expect, it } from "vitest";
import { PAGE_SIZE, paramsFromSearch, searchFromParams } from "./portfolio-params";

describe("portfolio params in the address", () => {
  it("survive a round trip through the query string", () => {
    const search = new URLSearchParams(
      "q=cerner&category=ehr&category=cloud&criticality=critical&riskTier=high&riskTier=critical&sort=incidentCount&order=asc&page=3",
    );
    const params = paramsFromSearch(search);
    expect(params).toEqual({
      q: "cerner",
      category: ["ehr", "cloud"],
      status: [],
      criticality: ["critical"],
      riskTier: ["high", "critical"],
      sort: "incidentCount",
      order: "asc",
      page: 3,
      pageSize: PAGE_SIZE,
    });
    expect(searchFromParams(params).toString()).toBe(search.toString());
  });

  it("drop values the contract does not know instead of sending them to the API", () => {
    const params = paramsFromSearch(
      new URLSearchParams("category=spaceships&status=active&riskTier=severe&sort=price&page=-2"),
    );
    expect(params.riskTier).toEqual([]);
    expect(params.category).toEqual([]);
    expect(params.status).toEqual(["active"]);
    expect(params.sort).toBe("priority");
    expect(params.page).toBe(1);
  });

  it("keep Unassessed as a tier to filter by", () => {
    const params = paramsFromSearch(new URLSearchParams("riskTier=unassessed&riskTier=high"));
    expect(params.riskTier).toEqual(["unassessed", "high"]);
    expect(searchFromParams(params).toString()).toBe("riskTier=unassessed&riskTier=high");
  });

  it("mean most urgent first when the address says nothing, and keep the order each field reads best in", () => {
    expect(paramsFromSearch(new URLSearchParams())).toMatchObject({ sort: "priority", order: "desc" });
    expect(paramsFromSearch(new URLSearchParams("sort=riskScore"))).toMatchObject({
      sort: "riskScore",
      order: "desc",
    });
    expect(paramsFromSearch(new URLSearchParams("sort=name"))).toMatchObject({ sort: "name", order: "asc" });
    expect(
      searchFromParams({ ...paramsFromSearch(new URLSearchParams()), sort: "name", order: "asc" }).toString(),
    ).toBe("sort=name");
  });

  it("leave a plain portfolio with a plain address", () => {
    expect(searchFromParams(paramsFromSearch(new URLSearchParams())).toString()).toBe("");
  });
});
