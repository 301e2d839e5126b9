import { randomUUID } from "node:crypto";
import { listVendorsQuery } from "@ward/contracts";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle, WardDb } from "../client";
import { listIncidents } from "../queries/incidents";
import { deleteVendor, findVendorBySeedKey, listVendors, updateVendor } from "../queries/vendors";
import {
  auditEvents,
  dataHoldings,
  evidence,
  incidentSources,
  incidents,
  organizations,
  products,
  vendors,
} from "../schema";
import { testDatabases } from "../testing/test-databases";
import { DEMO_VENDORS } from "./demo-vendors";
import { seedDemo } from "./seed-demo";

const NOW = new Date("2025-07-01T12:00:00Z");
const LATER = new Date("2025-07-02T08:00:00Z");

/** PostgreSQL is shared by every test file, so each test seeds its own organization. */
const freshOrganization = () => {
  const slug = `seed-test-${randomUUID()}`;
  return { name: `Seed test ${slug}`, slug };
};

async function countWhere(db: WardDb, table: typeof vendors | typeof incidents, organizationId: string) {
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.organizationId, organizationId));
  return Number(row?.n ?? 0);
}

describe.each(testDatabases())("seedDemo on $name", ({ open }) => {
  let handle: DbHandle;
  let db: WardDb;

  beforeAll(async () => {
    handle = await open();
    db = handle.db;
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  it("seeding twice neither duplicates vendors nor incidents", async () => {
    const organization = freshOrganization();
    const first = await seedDemo(db, { now: NOW, organization });
    const vendorCount = await countWhere(db, vendors, first.organizationId);
    const incidentCount = await countWhere(db, incidents, first.organizationId);

    const second = await seedDemo(db, { now: LATER, organization });

    expect(first.seeded).toBe(true);
    expect(second).toEqual({ organizationId: first.organizationId, seeded: false });
    expect(vendorCount).toBe(DEMO_VENDORS.length);
    expect(await countWhere(db, vendors, first.organizationId)).toBe(vendorCount);
    expect(await countWhere(db, incidents, first.organizationId)).toBe(incidentCount);
    const titles = await db
      .select({ vendorId: incidents.vendorId, title: incidents.title })
      .from(incidents)
      .where(eq(incidents.organizationId, first.organizationId));
    expect(new Set(titles.map((t) => `${t.vendorId}/${t.title}`)).size).toBe(titles.length);
  });

  it("a restart keeps a user's edit to a seeded vendor and does not bring back a deleted one", async () => {
    const organization = freshOrganization();
    const { organizationId } = await seedDemo(db, { now: NOW, organization });
    const oracle = await findVendorBySeedKey(db, organizationId, "oracle-health");
    const epic = await findVendorBySeedKey(db, organizationId, "epic-systems");
    if (!oracle || !epic) throw new Error("seeded vendors missing");
    await updateVendor(db, organizationId, oracle.id, { criticality: "low", updatedAt: LATER });
    await deleteVendor(db, organizationId, epic.id);

    await seedDemo(db, { now: LATER, organization });

    expect((await findVendorBySeedKey(db, organizationId, "oracle-health"))?.criticality).toBe("low");
    expect(await findVendorBySeedKey(db, organizationId, "epic-systems")).toBeUndefined();
    expect(await countWhere(db, vendors, organizationId)).toBe(DEMO_VENDORS.length - 1);
  });

  it("finds Oracle Health by its former name Cerner", async () => {
    const { organizationId } = await seedDemo(db, { now: NOW, organization: freshOrganization() });

    const { items } = await listVendors(db, organizationId, listVendorsQuery.parse({ q: "cerner" }));

    expect(items.map((v) => v.name)).toEqual(["Oracle Health"]);
    expect(items[0]?.formerNames).toContain("Cerner Corporation");
  });

  it("keeps both Oracle Health discovery dates, each with its own source", async () => {
    const { organizationId } = await seedDemo(db, { now: NOW, organization: freshOrganization() });
    const oracle = await findVendorBySeedKey(db, organizationId, "oracle-health");
    if (!oracle) throw new Error("Oracle Health not seeded");

    const [aggregate, ...others] = await listIncidents(db, organizationId, oracle.id);

    expect(others).toHaveLength(0);
    if (!aggregate) throw new Error("Oracle Health incident not seeded");
    const sourceIds = new Set(aggregate.sources.map((s) => s.id));
    const discoveries = aggregate.dates.filter((d) => d.kind === "vendor_discovery");
    expect(discoveries.map((d) => d.date)).toEqual(["2025-02-20", "2025-03-07"]);
    expect(discoveries.every((d) => d.sourceId !== null && sourceIds.has(d.sourceId))).toBe(true);
    expect(discoveries[0]?.sourceId).not.toBe(discoveries[1]?.sourceId);
    const intrusion = aggregate.dates.filter((d) => d.kind === "intrusion_start");
    expect(intrusion).toMatchObject([{ date: "2025-01-22", qualifier: "on_or_after" }]);
    expect(aggregate.incident).toMatchObject({
      entryRoute: "stolen_credentials",
      legacySystemInvolved: "yes",
      recordsAffected: 501,
      recordsIsPlaceholder: true,
      isDemo: false,
    });
  });

  it("badges every made-up product and holding as demo and cites a source for every public fact", async () => {
    const { organizationId } = await seedDemo(db, { now: NOW, organization: freshOrganization() });
    const scope = <T extends typeof products | typeof dataHoldings | typeof evidence>(t: T) =>
      eq(t.organizationId, organizationId);

    const productRows = await db.select().from(products).where(scope(products));
    const holdingRows = await db.select().from(dataHoldings).where(scope(dataHoldings));
    const evidenceRows = await db.select().from(evidence).where(scope(evidence));
    const incidentRows = await db
      .select()
      .from(incidents)
      .where(eq(incidents.organizationId, organizationId));
    const sourceRows = await db
      .select({ incidentId: incidentSources.incidentId })
      .from(incidentSources)
      .where(eq(incidentSources.organizationId, organizationId));

    expect(productRows.length).toBeGreaterThan(0);
    expect(holdingRows.length).toBeGreaterThan(0);
    expect(productRows.every((p) => p.isDemo)).toBe(true);
    expect(holdingRows.every((h) => h.isDemo)).toBe(true);
    expect(incidentRows.length).toBeGreaterThanOrEqual(8);
    const cited = new Set(sourceRows.map((s) => s.incidentId));
    expect(incidentRows.filter((i) => !cited.has(i.id)).map((i) => i.title)).toEqual([]);
    expect(evidenceRows.filter((e) => !e.isDemo && e.sourceUrl === null)).toEqual([]);
    expect(evidenceRows.some((e) => e.isDemo)).toBe(true);
  });

  it("records one system audit event per seeded vendor, stamped with the given time", async () => {
    const { organizationId } = await seedDemo(db, { now: NOW, organization: freshOrganization() });

    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.action, "vendor.seed")));
    const vendorRows = await db.select().from(vendors).where(eq(vendors.organizationId, organizationId));

    expect(events).toHaveLength(DEMO_VENDORS.length);
    expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(vendorRows.map((v) => v.id)));
    expect(events.every((e) => e.actorType === "system" && e.actorLabel === "demo seed")).toBe(true);
    expect(events.every((e) => e.at.getTime() === NOW.getTime())).toBe(true);
    expect(vendorRows.every((v) => v.createdAt.getTime() === NOW.getTime())).toBe(true);
  });

  it("two processes seeding at once leave one organization and one copy of each vendor", async () => {
    const organization = freshOrganization();

    const results = await Promise.all([
      seedDemo(db, { now: NOW, organization }),
      seedDemo(db, { now: NOW, organization }),
    ]);

    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(results[0]?.organizationId).toBe(results[1]?.organizationId);
    const orgs = await db.select().from(organizations).where(eq(organizations.slug, organization.slug));
    expect(orgs).toHaveLength(1);
    expect(await countWhere(db, vendors, orgs[0]?.id ?? "")).toBe(DEMO_VENDORS.length);
  });
});
