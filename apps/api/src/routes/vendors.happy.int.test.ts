import type { VendorDto, VendorListResponse } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("vendor routes on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  const create = async (body: Record<string, unknown>) => {
    const res = await t.request("POST", "/api/vendors", body);
    expect(res.status).toBe(201);
    return (await res.json()) as VendorDto;
  };
  const list = async (query: string) => {
    const res = await t.request("GET", `/api/vendors?${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as VendorListResponse;
  };

  it("creates a vendor with defaults and reads it back", async () => {
    const created = await create({ name: "Acme Clearing", category: "clearinghouse" });
    expect(created).toMatchObject({
      name: "Acme Clearing",
      relationshipStatus: "prospect",
      criticality: "moderate",
      aliases: [],
      createdAt: "2026-01-15T12:00:00.000Z",
    });
    const res = await t.request("GET", `/api/vendors/${created.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(created);
  });

  it("finds a vendor by a former name, case-insensitively", async () => {
    await create({ name: "Northwind EHR", formerNames: ["Southwind Systems"], category: "ehr" });
    const page = await list("q=southWIND");
    expect(page.items.map((v) => v.name)).toEqual(["Northwind EHR"]);
    expect(page.total).toBe(1);
  });

  it("treats LIKE wildcards in a search as text", async () => {
    await create({ name: "Percent 100% Billing", category: "billing" });
    const page = await list("q=100%25");
    expect(page.items.map((v) => v.name)).toEqual(["Percent 100% Billing"]);
    expect((await list("q=%25%25zz")).total).toBe(0);
  });

  it("counts the whole portfolio by tier and criticality beside any page, as the nine count requests did", async () => {
    const t3 = await t.otherTenant();
    for (const [name, criticality] of [
      ["Facet low", "low"],
      ["Facet critical", "critical"],
      ["Facet critical two", "critical"],
      ["Facet high", "high"],
    ] as const) {
      expect((await t3.request("POST", "/api/vendors", { name, criticality, category: "ehr" })).status).toBe(
        201,
      );
    }
    const listed = async (query: string) =>
      (await (await t3.request("GET", `/api/vendors?${query}`)).json()) as VendorListResponse;
    // A search and a filter narrow the page, not the counts: the charts show the portfolio.
    const page = await listed("q=two&criticality=critical&pageSize=1");
    expect(page.items.map((v) => v.name)).toEqual(["Facet critical two"]);
    expect(page.facets.criticality).toEqual({ low: 1, moderate: 0, high: 1, critical: 2 });
    for (const tier of ["low", "moderate", "high", "critical"] as const) {
      expect(page.facets.riskTier[tier]).toBe((await listed(`riskTier=${tier}&pageSize=1`)).total);
    }
    const scored =
      Object.values(page.facets.riskTier).reduce((sum, n) => sum + n, 0) - page.facets.riskTier.unscored;
    expect(page.facets.riskTier.unscored).toBe(4 - scored);
  });

  it("filters, sorts by criticality and pages", async () => {
    const t2 = await t.otherTenant();
    for (const [name, criticality] of [
      ["A low", "low"],
      ["B critical", "critical"],
      ["C high", "high"],
      ["D moderate", "moderate"],
    ] as const) {
      const res = await t2.request("POST", "/api/vendors", { name, criticality, category: "ehr" });
      expect(res.status).toBe(201);
    }
    const res = await t2.request("GET", "/api/vendors?sort=criticality&order=desc&pageSize=2&page=1");
    const page1 = (await res.json()) as VendorListResponse;
    expect(page1.items.map((v) => v.name)).toEqual(["B critical", "C high"]);
    expect(page1.total).toBe(4);
    const page2 = (await (
      await t2.request("GET", "/api/vendors?sort=criticality&order=desc&pageSize=2&page=2")
    ).json()) as VendorListResponse;
    expect(page2.items.map((v) => v.name)).toEqual(["D moderate", "A low"]);
    const filtered = (await (
      await t2.request("GET", "/api/vendors?criticality=high&criticality=low")
    ).json()) as VendorListResponse;
    // Unsorted, the list leads with priority: the high-criticality vendor carries more inherent risk.
    expect(filtered.items.map((v) => v.name)).toEqual(["C high", "A low"]);
  });

  it("changes a vendor and bumps updatedAt", async () => {
    const created = await create({ name: "Patchable", category: "cloud" });
    t.clock.set("2026-02-01T08:00:00.000Z");
    const res = await t.request("PATCH", `/api/vendors/${created.id}`, {
      criticality: "critical",
      aliases: ["Patch Co"],
      website: null,
    });
    expect(res.status).toBe(200);
    const changed = (await res.json()) as VendorDto;
    expect(changed).toMatchObject({
      criticality: "critical",
      aliases: ["Patch Co"],
      updatedAt: "2026-02-01T08:00:00.000Z",
    });
    expect(changed.createdAt).toBe(created.createdAt);
  });

  it("deletes a vendor so it is no longer found", async () => {
    const created = await create({ name: "Short-lived", category: "other" });
    expect((await t.request("DELETE", `/api/vendors/${created.id}`)).status).toBe(204);
    expect((await t.request("GET", `/api/vendors/${created.id}`)).status).toBe(404);
  });

  it("counts a vendor's products, holdings and incidents in the list", async () => {
    const vendor = await create({ name: "Counted Vendor", category: "ehr" });
    const base = `/api/vendors/${vendor.id}`;
    expect(
      (await t.request("POST", `${base}/products`, { name: "Chart", hostingModel: "cloud" })).status,
    ).toBe(201);
    expect(
      (await t.request("POST", `${base}/data-holdings`, { system: "Old box", environment: "legacy" })).status,
    ).toBe(201);
    const incident = await t.request("POST", `${base}/incidents`, {
      title: "Break-in",
      entryRoute: "phishing",
      dates: [{ kind: "vendor_discovery", date: "2024-05-02" }],
    });
    expect(incident.status).toBe(201);
    const page = await list("q=Counted");
    expect(page.items[0]).toMatchObject({
      productCount: 1,
      dataHoldingCount: 1,
      incidentCount: 1,
      latestIncidentYear: 2024,
    });
    expect((await list("q=Counted&hasIncidents=false")).total).toBe(0);
  });
});
