// The seed content of @ward/db is plain typed data validated by the contract schemas, so the fixtures read it
// directly instead of copying the facts: a correction to the seed is then tested here too. The path is relative
// because @ward/db exports only its database entry point, which would pull PGlite into a pure package's tests;
// only demo-vendors.ts, demo-vendor.ts and the vendor files are loaded, and none of them does I/O.

import { defaultAssurance } from "@ward/contracts";
import { DEMO_VENDORS, type ParsedDemoVendor, parseDemoPortfolio } from "@ward/db/seed-content";
import type {
  ScoringEvidence,
  ScoringHolding,
  ScoringIncident,
  ScoringProduct,
  VendorRiskProfile,
} from "../types";

/** The date the seeded-facts tests score on. */
export const SEED_AS_OF = "2026-11-27";

/** Turns one parsed seed vendor into a scoring profile, with ids derived from the seed key so runs are stable. */
export function profileFromSeed(entry: ParsedDemoVendor): VendorRiskProfile {
  const key = entry.seedKey;
  const products: ScoringProduct[] = entry.products.map((p, i) => ({
    id: `${key}:product:${i}`,
    name: p.name,
    hostingModel: p.hostingModel,
    endOfSupport: p.endOfSupport,
  }));
  const dataHoldings: ScoringHolding[] = entry.holdings.map(({ product, input }, i) => ({
    id: `${key}:holding:${i}`,
    productId: products.find((p) => p.name === product)?.id ?? null,
    system: input.system,
    environment: input.environment,
    recordCount: input.recordCount,
    phiCategories: input.phiCategories,
    encryptedAtRest: input.encryptedAtRest,
    reachableWithCustomerCredentials: input.reachableWithCustomerCredentials,
    migrationStatus: input.migrationStatus,
    endOfSupport: input.endOfSupport,
    retentionEnd: input.retentionEnd,
    destroyedOn: input.destroyedOn,
    destructionEvidence: input.destructionEvidence,
    destructionAssurance: input.destructionAssurance,
  }));
  const incidents: ScoringIncident[] = entry.incidents.map((incident, i) => {
    const id = `${key}:incident:${i}`;
    const sourceId = (index: number | null) => (index === null ? null : `${id}:source:${index}`);
    return {
      id,
      title: incident.title,
      entryRoute: incident.entryRoute,
      mfaAtEntry: incident.mfaAtEntry,
      legacySystemInvolved: incident.legacySystemInvolved,
      dataTaken: incident.dataTaken,
      encryptedForExtortion: incident.encryptedForExtortion,
      serviceOutage: incident.serviceOutage,
      outageDays: incident.outageDays,
      servicesStopped: incident.servicesStopped,
      recordsAffected: incident.recordsAffected,
      recordsIsPlaceholder: incident.recordsIsPlaceholder,
      dataTypes: incident.dataTypes,
      sources: incident.sources.map((s, index) => ({ id: `${id}:source:${index}`, url: s.url })),
      dates: incident.dates.map((d) => ({ kind: d.kind, date: d.date, sourceId: sourceId(d.source) })),
      consequences: incident.consequences.map((c) => ({ kind: c.kind, sourceId: sourceId(c.source) })),
    };
  });
  const evidence: ScoringEvidence[] = entry.evidence.map(({ input }, i) => ({
    id: `${key}:evidence:${i}`,
    factor: input.factor,
    value: input.value,
    observedOn: input.observedOn,
    sourceUrl: input.sourceUrl,
    assurance: input.assurance ?? defaultAssurance(input.origin),
  }));
  return {
    vendor: {
      id: key,
      name: entry.vendor.name,
      criticality: entry.vendor.criticality,
      relationshipStatus: entry.vendor.relationshipStatus,
    },
    products,
    dataHoldings,
    incidents,
    evidence,
  };
}

/** Every seeded vendor as a scoring profile, by seed key. */
export const SEED_PROFILES: ReadonlyMap<string, VendorRiskProfile> = new Map(
  parseDemoPortfolio(DEMO_VENDORS).map((entry) => [entry.seedKey, profileFromSeed(entry)]),
);

export function seedProfile(seedKey: string): VendorRiskProfile {
  const profile = SEED_PROFILES.get(seedKey);
  if (!profile) throw new Error(`No seeded vendor "${seedKey}"`);
  return profile;
}
