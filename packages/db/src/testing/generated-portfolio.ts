import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { insertOrganization } from "../queries/organizations";
import { vendors } from "../schema";

const categories = ["ehr", "clearinghouse", "billing", "cloud", "transcription"] as const;
const statuses = ["prospect", "active", "offboarding", "former"] as const;
const criticalities = ["low", "moderate", "high", "critical"] as const;
const stems = ["Med", "Care", "Health", "Cura", "Vita", "Clin", "Pulse", "Nova", "Axis", "Bright"] as const;
const tails = ["Core", "Link", "Point", "Works", "Data", "Soft", "Net", "Path", "Labs", "Bridge"] as const;
const suffixes = ["Inc", "LLC", "Corp", "Systems", "Health", "Group"] as const;
// Names with LIKE's wildcards and case the database folds, so an escaping or case slip changes results.
const oddNames = [
  "50% Billing",
  "Under_Score Data",
  "Back\\Slash IT",
  "ÉCLAIR Santé",
  "o'Brien Clinical",
] as const;

/** A small seeded PRNG (mulberry32): the same seed gives the same portfolio on every machine and database. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tierOf = (score: number) =>
  score >= 75 ? "critical" : score >= 50 ? "high" : score >= 25 ? "moderate" : "low";

/**
 * Adds an organization with `count` generated vendors (names, aliases, former names, categories, statuses,
 * criticality, risk scores and tiers (some unassessed), v2 priorities, some unscored, and 0 to 4 incidents each)
 * and returns its id. Deterministic
 * for a seed, except the row ids the database assigns.
 */
export async function seedGeneratedPortfolio(db: WardDb, count: number, seed = 9): Promise<string> {
  const random = prng(seed);
  // The v2 fields draw from a stream of their own, so the other fields stay as they were generated before.
  const v2Random = prng(seed + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const at = new Date("2026-01-01T00:00:00Z");
  const org = await insertOrganization(db, {
    name: `Generated ${randomUUID()}`,
    slug: `gen-${randomUUID()}`,
    createdAt: at,
  });
  const rows = Array.from({ length: count }, (_, i) => {
    const base =
      i < oddNames.length ? (oddNames[i] as string) : `${pick(stems)}${pick(tails)} ${pick(suffixes)}`;
    // Case varies so sorting by name and searching must both fold it.
    const name = `${random() < 0.2 ? base.toUpperCase() : random() < 0.2 ? base.toLowerCase() : base} ${i}`;
    const aliases = Array.from({ length: Math.floor(random() * 3) }, () =>
      `${pick(stems)}${pick(tails)}`.toUpperCase(),
    );
    const formerNames = random() < 0.3 ? [`Former ${pick(stems)} ${pick(tails)} ${i % 97}`] : [];
    const scored = random() < 0.85;
    const score = Math.floor(random() * 101);
    // Most scored vendors carry a v2 priority; a rank from few values, so many tie and the name must order them.
    const v2 = scored && v2Random() < 0.8;
    const level = 1 + Math.floor(v2Random() * 4);
    const unassessed = v2Random() < 0.15;
    const inherentTier = criticalities[Math.floor(v2Random() * criticalities.length)] as string;
    return {
      organizationId: org.id,
      name,
      aliases,
      formerNames,
      category: pick(categories),
      relationshipStatus: pick(statuses),
      criticality: pick(criticalities),
      riskScore: scored ? score : null,
      riskTier: scored ? (v2 && unassessed ? "unassessed" : tierOf(score)) : null,
      riskMethodology: scored ? "generated" : null,
      priorityRank: v2 ? (4 - level) * 1_000_000 + (score % 10) * 1000 : null,
      priorityLevel: v2 ? level : null,
      inherentTier: v2 ? inherentTier : null,
      riskRangeLow: v2 ? Math.max(0, score - 10) : null,
      riskRangeHigh: v2 ? Math.min(100, score + 10) : null,
      createdAt: at,
      updatedAt: new Date(at.getTime() + Math.floor(random() * 400) * 3_600_000),
    };
  });
  for (let start = 0; start < rows.length; start += 500) {
    await db.insert(vendors).values(rows.slice(start, start + 500));
  }
  // Incident counts from the vendor's name number, so they are deterministic without knowing the row ids.
  await db.execute(sql`insert into incident (organization_id, vendor_id, title, entry_route, mfa_at_entry,
      legacy_system_involved, created_at, updated_at)
    select v.organization_id, v.id, 'Generated incident ' || n, 'unknown', 'unknown', 'unknown', v.created_at, v.created_at
    from vendor v cross join generate_series(1, 4) as n
    where v.organization_id = ${org.id}
      and n <= (abs(hashtext(v.name)) % 7) - 2`);
  return org.id;
}
