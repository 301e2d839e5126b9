import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { vendorFacetCounts, vendors } from "../schema";
import { testDatabases } from "../testing/test-databases";
import { deleteOrganization, insertOrganization } from "./organizations";
import { countVendorsByTierAndCriticality } from "./vendor-facets";

const tiers = [null, "unassessed", "low", "moderate", "high", "critical"] as const;
const criticalities = ["low", "moderate", "high", "critical"] as const;
const at = new Date("2026-06-01T00:00:00Z");

/** The facets counted from the vendors themselves, as the list did before the counts were kept. */
async function countedFromVendors(h: DbHandle, org: string) {
  const rows = await h.db
    .select({
      riskTier: vendors.riskTier,
      criticality: vendors.criticality,
      vendors: sql<number>`count(*)::int`,
    })
    .from(vendors)
    .where(eq(vendors.organizationId, org))
    .groupBy(vendors.riskTier, vendors.criticality);
  return sorted(rows.map((r) => ({ ...r, vendors: Number(r.vendors) })));
}

const sorted = <T extends { riskTier: string | null; criticality: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.riskTier}/${a.criticality}`.localeCompare(`${b.riskTier}/${b.criticality}`));

type Step =
  | { kind: "add"; tier: (typeof tiers)[number]; criticality: (typeof criticalities)[number]; inB: boolean }
  | { kind: "tier"; pick: number; tier: (typeof tiers)[number] }
  | { kind: "criticality"; pick: number; criticality: (typeof criticalities)[number] }
  | { kind: "move"; pick: number }
  | { kind: "delete"; pick: number }
  | { kind: "description"; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    tier: fc.constantFrom(...tiers),
    criticality: fc.constantFrom(...criticalities),
    inB: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("tier" as const), pick: fc.nat(), tier: fc.constantFrom(...tiers) }),
  fc.record({
    kind: fc.constant("criticality" as const),
    pick: fc.nat(),
    criticality: fc.constantFrom(...criticalities),
  }),
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("description" as const), pick: fc.nat() }),
);

describe.each(testDatabases())("the portfolio's kept facet counts on $name", (database) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await database.open();
  }, 60_000);
  afterAll(async () => h.close());

  async function twoOrganizations() {
    const make = (name: string) =>
      insertOrganization(h.db, {
        name: `Facets ${name} ${crypto.randomUUID()}`,
        slug: `facets-${crypto.randomUUID()}`,
        createdAt: at,
      });
    return [(await make("A")).id, (await make("B")).id] as const;
  }

  it("equal the vendors counted directly after any sequence of adds, rescores, edits, moves and deletes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const [a, b] = await twoOrganizations();
        try {
          const ids: string[] = [];
          let n = 0;
          for (const s of steps) {
            const target = ids.length > 0 && s.kind !== "add" ? ids[s.pick % ids.length] : undefined;
            if (s.kind === "add") {
              const [row] = await h.db
                .insert(vendors)
                .values({
                  organizationId: s.inB ? b : a,
                  name: `Vendor ${n++}`,
                  category: "ehr",
                  relationshipStatus: "active",
                  criticality: s.criticality,
                  riskTier: s.tier,
                  riskScore: s.tier === null ? null : 50,
                  createdAt: at,
                  updatedAt: at,
                })
                .returning({ id: vendors.id });
              if (row) ids.push(row.id);
            } else if (target === undefined) {
            } else if (s.kind === "tier") {
              await h.db.update(vendors).set({ riskTier: s.tier }).where(eq(vendors.id, target));
            } else if (s.kind === "criticality") {
              await h.db.update(vendors).set({ criticality: s.criticality }).where(eq(vendors.id, target));
            } else if (s.kind === "move") {
              await h.db
                .update(vendors)
                .set({
                  organizationId: sql`case when ${vendors.organizationId} = ${a} then ${b}::uuid else ${a}::uuid end`,
                })
                .where(eq(vendors.id, target));
            } else if (s.kind === "description") {
              await h.db
                .update(vendors)
                .set({ description: `Edited ${n++}` })
                .where(eq(vendors.id, target));
            } else {
              await h.db.delete(vendors).where(eq(vendors.id, target));
              ids.splice(ids.indexOf(target), 1);
            }
          }
          for (const org of [a, b]) {
            expect(sorted(await countVendorsByTierAndCriticality(h.db, org))).toEqual(
              await countedFromVendors(h, org),
            );
          }
        } finally {
          await deleteOrganization(h.db, a);
          await deleteOrganization(h.db, b);
        }
      }),
      { numRuns: database.name === "pglite" ? 40 : 25, seed: 20261203 },
    );
  }, 120_000);

  it("leave no counts behind when the organization is deleted with its vendors", async () => {
    const [a, b] = await twoOrganizations();
    await h.db.insert(vendors).values(
      criticalities.map((criticality, i) => ({
        organizationId: a,
        name: `Gone ${i}`,
        category: "ehr",
        relationshipStatus: "active",
        criticality,
        riskTier: "high",
        createdAt: at,
        updatedAt: at,
      })),
    );
    expect((await countVendorsByTierAndCriticality(h.db, a)).length).toBe(4);
    expect(await deleteOrganization(h.db, a)).toBe(true);
    const left = await h.db.select().from(vendorFacetCounts).where(eq(vendorFacetCounts.organizationId, a));
    expect(left).toEqual([]);
    await deleteOrganization(h.db, b);
  });

  it("stay exact when many transactions move vendors between the same counts at once, in both directions", async () => {
    const [a, b] = await twoOrganizations();
    try {
      const rows = await h.db
        .insert(vendors)
        .values(
          Array.from({ length: 24 }, (_, i) => ({
            organizationId: a,
            name: `Swing ${i}`,
            category: "ehr",
            relationshipStatus: "active",
            criticality: "high",
            riskTier: i % 2 === 0 ? "low" : "critical",
            createdAt: at,
            updatedAt: at,
          })),
        )
        .returning({ id: vendors.id });
      // Each transaction swings its own vendor, half from low to critical and half back, and holds its locks a
      // moment: the same two count rows are changed by every one of them, in both directions.
      for (let round = 0; round < 3; round++) {
        await Promise.all(
          rows.map((row) =>
            h.db.transaction(async (tx) => {
              await tx
                .update(vendors)
                .set({ riskTier: sql`case when ${vendors.riskTier} = 'low' then 'critical' else 'low' end` })
                .where(eq(vendors.id, row.id));
              await tx.execute(sql`select pg_sleep(0.005)`);
            }),
          ),
        );
      }
      const counts = sorted(await countVendorsByTierAndCriticality(h.db, a));
      expect(counts).toEqual(await countedFromVendors(h, a));
      expect(counts.map((c) => c.vendors)).toEqual([12, 12]);
    } finally {
      await deleteOrganization(h.db, a);
      await deleteOrganization(h.db, b);
    }
  }, 60_000);
});
