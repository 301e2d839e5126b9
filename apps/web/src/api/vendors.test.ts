import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { invalidateVendorRisk, type VendorListParams, vendorKeys } from "./vendors";

describe("after a vendor's records change", () => {
  it("its score, its history and the portfolio with its tier counts are refetched, other vendors' scores are not", async () => {
    const client = new QueryClient();
    const params: VendorListParams = {
      q: "",
      category: [],
      status: [],
      criticality: [],
      riskTier: [],
      sort: "riskScore",
      order: "desc",
      page: 1,
      pageSize: 25,
    };
    for (const key of [
      vendorKeys.score("a"),
      vendorKeys.scoreHistory("a"),
      vendorKeys.list(params),
      vendorKeys.score("b"),
    ])
      client.setQueryData(key, {});

    await invalidateVendorRisk(client, "a");

    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(stale(vendorKeys.score("a"))).toBe(true);
    expect(stale(vendorKeys.scoreHistory("a"))).toBe(true);
    expect(stale(vendorKeys.list(params))).toBe(true);
    expect(stale(vendorKeys.score("b"))).toBe(false);
  });
});
