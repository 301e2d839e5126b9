// The tables docs/methodology.md must repeat exactly, generated from the code: the factor groups with their weights
// and members, and the priority matrix. print-worked-example.ts prints them; methodology-doc.test.ts compares the
// document's copies with them.
import { EVIDENCE_CATALOGUE } from "../evidence-catalogue";
import { FACTOR_GROUP_LIST, FACTOR_GROUPS } from "../factor-groups";
import { PRIORITY_LABELS, PRIORITY_MATRIX } from "../priority";
import { scoreVendor } from "../score-vendor";
import { buildHolding, buildIncident, buildProduct, buildProfile, claim } from "../testing/profile-builders";
import { SEED_AS_OF, SEED_PROFILES } from "../testing/seed-profiles";
import { TIER_LABELS } from "../tiers";
import type { DimensionId, RiskTier, VendorRiskProfile } from "../types";
import { DIMENSION_IDS } from "../types";

export const DIMENSION_LABELS: Record<DimensionId, string> = {
  legacyDataExposure: "Legacy-data exposure",
  credentialHygiene: "Credential hygiene",
  breachHistory: "Breach history",
};

/** A table cell: pipes escaped, line breaks flattened. */
function cell(value: string | number | null): string {
  if (value === null) return "-";
  return String(value).replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** A markdown table; Biome's formatter pads cells, so comparisons read cells, not bytes. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const line = (values: readonly (string | number | null)[]) => `| ${values.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** 184000 as "184,000", without the locale-dependent formatting the engine avoids. */
export const thousands = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
export const points = (value: number) => value.toFixed(1);
export const share = (value: number) => value.toFixed(2);
export const signed = (value: number) => (value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1));
export const tierWord = (tier: RiskTier) => TIER_LABELS[tier];

/**
 * Profiles that between them reach every record-based factor of the engine (holdings past support, reachable,
 * unencrypted, kept too long, claimed destroyed, a former vendor, a product alone, repeated credential attacks with
 * an outage and a fine, no inventory at all), so the group table lists what the engine really charges.
 */
function probeProfiles(): VendorRiskProfile[] {
  const past = "2020-01-01";
  const holdings = [
    buildHolding({
      id: "h1",
      environment: "archive",
      endOfSupport: past,
      reachableWithCustomerCredentials: "yes",
      encryptedAtRest: "no",
      retentionEnd: past,
    }),
    buildHolding({
      id: "h2",
      environment: "migration_staging",
      migrationStatus: "in_progress",
      destroyedOn: past,
    }),
  ];
  const attack = (id: string, year: number) =>
    buildIncident({
      id,
      entryRoute: "stolen_credentials",
      mfaAtEntry: "no",
      legacySystemInvolved: "yes",
      serviceOutage: "yes",
      outageDays: 5,
      consequences: [{ kind: "regulator_fine", sourceId: null }],
      dates: [
        claim("intrusion_start", `${year}-01-01`),
        claim("vendor_discovery", `${year}-03-01`),
        claim("customer_notice", `${year}-05-01`),
      ],
    });
  const product = buildProduct({ id: "p-alone", endOfSupport: past });
  return [
    buildProfile(),
    buildProfile({
      products: [product],
      dataHoldings: holdings,
      incidents: [attack("i1", 2024), attack("i2", 2025)],
    }),
    buildProfile({
      vendor: { id: "v", name: "Former", criticality: "high", relationshipStatus: "former" },
      dataHoldings: holdings,
    }),
  ];
}

/** Every factor id the engine charged to each group over the probes and the seed, catalogue keys first. */
function groupMembers(): Map<string, string[]> {
  const seen = new Map<string, Set<string>>();
  const profiles = [...probeProfiles(), ...SEED_PROFILES.values()];
  for (const profile of profiles) {
    const score = scoreVendor(profile, {}, SEED_AS_OF);
    for (const id of DIMENSION_IDS)
      for (const item of score.dimensions[id].contributions) {
        const set = seen.get(item.group) ?? new Set<string>();
        set.add(item.factorId);
        seen.set(item.group, set);
      }
  }
  const members = new Map<string, string[]>();
  for (const group of FACTOR_GROUP_LIST) {
    const found = seen.get(group.id) ?? new Set<string>();
    const catalogue = EVIDENCE_CATALOGUE.filter((e) => FACTOR_GROUPS[e.group].id === group.id).map(
      (e) => e.factor,
    );
    const records = [...found].filter((f) => !catalogue.includes(f)).sort();
    if (catalogue.length + records.length === 0) throw new Error(`No factor of ${group.id} was reached`);
    members.set(group.id, [...records, ...catalogue]);
  }
  return members;
}

/** The factor groups of every dimension, their weights and members: the document's table, generated. */
export function factorGroupTable(): string {
  const members = groupMembers();
  return markdownTable(
    ["dimension", "group (weakness)", "weight", "what it measures", "members (records first, then answers)"],
    FACTOR_GROUP_LIST.map((g) => [
      DIMENSION_LABELS[g.dimension],
      g.label,
      g.weight,
      g.about,
      (members.get(g.id) ?? []).map((f) => `\`${f}\``).join(", "),
    ]),
  );
}

const TIERS: readonly RiskTier[] = ["critical", "high", "moderate", "low"];

/** PRIORITY_MATRIX as the document shows it: inherent tier down, residual across. */
export function priorityMatrixTable(): string {
  const columns = ["critical", "high", "unassessed", "moderate", "low"] as const;
  return markdownTable(
    [
      "inherent risk \\ residual risk",
      ...columns.map((c) => (c === "unassessed" ? "Unassessed" : tierWord(c))),
    ],
    TIERS.map((inherent) => [
      tierWord(inherent),
      ...columns.map((c) => {
        const level = PRIORITY_MATRIX[inherent][c];
        return `${level} ${PRIORITY_LABELS[level]}`;
      }),
    ]),
  );
}
