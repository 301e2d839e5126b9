import { randomUUID } from "node:crypto";
import type { ListVendorsQuery } from "@ward/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { testDatabases } from "../testing/test-databases";
import { deleteIncident, insertIncident, replaceIncidentChildren, updateIncident } from "./incidents";
import { deleteOrganization, insertOrganization } from "./organizations";
import { productQueries } from "./vendor-children";
import {
  deleteVendor,
  findVendorByName,
  getVendor,
  insertVendor,
  listVendors,
  updateVendor,
} from "./vendors";

const at = new Date("2026-03-01T00:00:00Z");
const query = (q: Partial<ListVendorsQuery> = {}): ListVendorsQuery => ({
  sort: "name",
  order: "asc",
  page: 1,
  pageSize: 25,
  ...q,
});

describe.each(testDatabases())("vendor queries on $name", (database) => {
  let h: DbHandle;
  let orgA: string;
  let orgB: string;
  const vendor = (organizationId: string, name: string, extra: Record<string, unknown> = {}) =>
    insertVendor(h.db, {
      organizationId,
      name,
      category: "ehr",
      relationshipStatus: "active",
      criticality: "moderate",
      createdAt: at,
      updatedAt: at,
      ...extra,
    });

  beforeAll(async () => {
    h = await database.open();
    const org = (label: string) =>
      insertOrganization(h.db, {
        name: `${label} ${randomUUID()}`,
        slug: `${label}-${randomUUID()}`,
        createdAt: at,
      });
    orgA = (await org("a")).id;
    orgB = (await org("b")).id;
  });
  afterAll(() => h.close());

  it("every lookup is scoped to the organization that asks", async () => {
    const v = await vendor(orgA, "Scoped Vendor");
    expect(await getVendor(h.db, orgB, v.id)).toBeUndefined();
    expect(await findVendorByName(h.db, orgB, "Scoped Vendor")).toBeUndefined();
    expect(await updateVendor(h.db, orgB, v.id, { name: "Hijacked" })).toBeUndefined();
    expect(await deleteVendor(h.db, orgB, v.id)).toBe(false);
    expect((await getVendor(h.db, orgA, v.id))?.name).toBe("Scoped Vendor");
  });

  it("search matches aliases and former names, and escapes wildcards", async () => {
    await vendor(orgA, "Renamed Inc", { aliases: ["RNM"], formerNames: ["Old_Name Corp"] });
    expect((await listVendors(h.db, orgA, query({ q: "rnm" }))).items.map((v) => v.name)).toEqual([
      "Renamed Inc",
    ]);
    expect((await listVendors(h.db, orgA, query({ q: "old_name" }))).total).toBe(1);
    expect((await listVendors(h.db, orgA, query({ q: "old_" }))).total).toBe(1);
    expect((await listVendors(h.db, orgA, query({ q: "oldXname" }))).total).toBe(0);
  });

  it("counts children and the latest incident year per vendor", async () => {
    const v = await vendor(orgA, "Counted Co");
    await productQueries.insert(h.db, {
      organizationId: orgA,
      vendorId: v.id,
      name: "P",
      hostingModel: "cloud",
      createdAt: at,
      updatedAt: at,
    });
    for (const year of ["2019-05-01", "2023-07-09"]) {
      const incident = await insertIncident(h.db, {
        organizationId: orgA,
        vendorId: v.id,
        title: `Incident ${year}`,
        entryRoute: "unknown",
        mfaAtEntry: "unknown",
        legacySystemInvolved: "unknown",
        createdAt: at,
        updatedAt: at,
      });
      await replaceIncidentChildren(h.db, orgA, incident.id, {
        sources: [],
        dates: [{ kind: "vendor_discovery", date: year, qualifier: "exact", note: null, source: null }],
        consequences: [],
      });
    }
    const [row] = (await listVendors(h.db, orgA, query({ q: "Counted Co" }))).items;
    expect(row).toMatchObject({
      productCount: 1,
      dataHoldingCount: 0,
      incidentCount: 2,
      latestIncidentYear: 2023,
    });
    const sorted = await listVendors(
      h.db,
      orgA,
      query({ sort: "incidentCount", order: "desc", pageSize: 1 }),
    );
    expect(sorted.items[0]?.name).toBe("Counted Co");
  });

  it("a vendor's incident count follows incidents added, moved to another vendor and deleted", async () => {
    const first = await vendor(orgA, "Incidents Here");
    const second = await vendor(orgA, "Incidents There");
    const incident = () =>
      insertIncident(h.db, {
        organizationId: orgA,
        vendorId: first.id,
        title: "Counted",
        entryRoute: "unknown",
        mfaAtEntry: "unknown",
        legacySystemInvolved: "unknown",
        createdAt: at,
        updatedAt: at,
      });
    const counts = async () =>
      (await listVendors(h.db, orgA, query({ q: "Incidents " }))).items.map((v) => [v.name, v.incidentCount]);
    const [a, b] = [await incident(), await incident()];
    expect(await counts()).toEqual([
      ["Incidents Here", 2],
      ["Incidents There", 0],
    ]);
    await updateIncident(h.db, orgA, first.id, a.id, { vendorId: second.id });
    expect(await counts()).toEqual([
      ["Incidents Here", 1],
      ["Incidents There", 1],
    ]);
    await deleteIncident(h.db, orgA, first.id, b.id);
    expect(await counts()).toEqual([
      ["Incidents Here", 0],
      ["Incidents There", 1],
    ]);
  });

  it("the same name may exist in two organizations but not twice in one", async () => {
    await vendor(orgA, "Twin");
    await expect(vendor(orgB, "Twin")).resolves.toBeDefined();
    await expect(vendor(orgA, "TWIN")).rejects.toThrow();
  });

  it("filters by risk tier, and a vendor not yet scored matches no tier", async () => {
    const org = (
      await insertOrganization(h.db, {
        name: `Tiers ${randomUUID()}`,
        slug: `tiers-${randomUUID()}`,
        createdAt: at,
      })
    ).id;
    await vendor(org, "Scored high", { riskScore: 61, riskTier: "high", riskMethodology: "2026.1" });
    await vendor(org, "Scored low", { riskScore: 12, riskTier: "low", riskMethodology: "2026.1" });
    await vendor(org, "Not scored");
    const names = async (riskTier: ListVendorsQuery["riskTier"]) =>
      (await listVendors(h.db, org, query({ riskTier }))).items.map((v) => v.name);
    expect(await names(["high"])).toEqual(["Scored high"]);
    expect(await names(["high", "low"])).toEqual(["Scored high", "Scored low"]);
    expect(await names(["critical"])).toEqual([]);
    expect(await names(undefined)).toEqual(["Not scored", "Scored high", "Scored low"]);
  });

  it("filters unassessed vendors apart from every tier", async () => {
    const org = (
      await insertOrganization(h.db, {
        name: `Unassessed ${randomUUID()}`,
        slug: `unassessed-${randomUUID()}`,
        createdAt: at,
      })
    ).id;
    await vendor(org, "Nobody asked", { riskScore: 40, riskTier: "unassessed", riskMethodology: "2026.2" });
    await vendor(org, "Assessed moderate", {
      riskScore: 40,
      riskTier: "moderate",
      riskMethodology: "2026.2",
    });
    const names = async (riskTier: ListVendorsQuery["riskTier"]) =>
      (await listVendors(h.db, org, query({ riskTier }))).items.map((v) => v.name);
    expect(await names(["unassessed"])).toEqual(["Nobody asked"]);
    expect(await names(["moderate"])).toEqual(["Assessed moderate"]);
  });

  it("orders by priority highest rank first, ties by name, vendors without a rank last, and pages stably", async () => {
    const org = (
      await insertOrganization(h.db, {
        name: `Priority ${randomUUID()}`,
        slug: `priority-${randomUUID()}`,
        createdAt: at,
      })
    ).id;
    const ranked = (rank: number | null) => ({ priorityRank: rank, priorityLevel: rank === null ? null : 2 });
    await vendor(org, "b ranked low", ranked(1_000_000));
    await vendor(org, "Not ranked A");
    await vendor(org, "c ranked high", ranked(3_050_000));
    await vendor(org, "A ranked high", ranked(3_050_000));
    await vendor(org, "Rank zero", ranked(0));
    const byPriority = { sort: "priority", order: "desc" } as const;
    const names = async (q: Partial<ListVendorsQuery>) =>
      (await listVendors(h.db, org, query({ ...byPriority, ...q }))).items.map((v) => v.name);
    const all = ["A ranked high", "c ranked high", "b ranked low", "Rank zero", "Not ranked A"];
    expect(await names({})).toEqual(all);
    const pages = [1, 2, 3].map((page) => names({ page, pageSize: 2 }));
    expect((await Promise.all(pages)).flat()).toEqual(all);
  });

  it("deleting an organization removes what it owns and nothing of another", async () => {
    const doomed = (
      await insertOrganization(h.db, {
        name: `Doomed ${randomUUID()}`,
        slug: `doomed-${randomUUID()}`,
        createdAt: at,
      })
    ).id;
    await vendor(doomed, "Goes away");
    await vendor(orgB, "Stays");
    expect(await deleteOrganization(h.db, doomed)).toBe(true);
    expect((await listVendors(h.db, doomed, query())).total).toBe(0);
    expect((await listVendors(h.db, orgB, query({ q: "Stays" }))).total).toBe(1);
    expect(await deleteOrganization(h.db, doomed)).toBe(false);
  });
});
