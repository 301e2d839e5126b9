import type {
  ScoringEvidence,
  ScoringHolding,
  ScoringIncident,
  ScoringIncidentDate,
  ScoringProduct,
  ScoringVendor,
  VendorRiskProfile,
} from "../types";

/** The date most unit tests score on. */
export const AS_OF = "2026-11-27";

export function buildVendor(overrides: Partial<ScoringVendor> = {}): ScoringVendor {
  return {
    id: "vendor-1",
    name: "Acme Health IT",
    criticality: "moderate",
    relationshipStatus: "active",
    ...overrides,
  };
}

export function buildProduct(overrides: Partial<ScoringProduct> = {}): ScoringProduct {
  return {
    id: "product-1",
    name: "Acme EHR",
    hostingModel: "vendor_hosted",
    endOfSupport: null,
    ...overrides,
  };
}

/** A production holding with every control known and in place; override what the test is about. */
export function buildHolding(overrides: Partial<ScoringHolding> = {}): ScoringHolding {
  return {
    id: "holding-1",
    system: "Acme cloud",
    productId: null,
    environment: "production",
    recordCount: 1_000_000,
    phiCategories: ["name", "ssn", "diagnosis", "medication"],
    encryptedAtRest: "yes",
    reachableWithCustomerCredentials: "no",
    migrationStatus: "not_applicable",
    endOfSupport: null,
    retentionEnd: null,
    destroyedOn: null,
    destructionEvidence: null,
    ...overrides,
  };
}

export function claim(
  kind: ScoringIncidentDate["kind"],
  date: string,
  sourceId: string | null = null,
): ScoringIncidentDate {
  return { kind, date, sourceId };
}

/** An incident with known facts and no consequences; override what the test is about. */
export function buildIncident(overrides: Partial<ScoringIncident> = {}): ScoringIncident {
  return {
    id: "incident-1",
    title: "Intrusion",
    entryRoute: "phishing",
    mfaAtEntry: "yes",
    legacySystemInvolved: "no",
    dataTaken: "unknown",
    encryptedForExtortion: "unknown",
    serviceOutage: "unknown",
    outageDays: null,
    servicesStopped: [],
    recordsAffected: 10_000,
    recordsIsPlaceholder: false,
    dataTypes: ["name", "address"],
    sources: [{ id: "source-1", url: "https://example.org/report" }],
    dates: [
      claim("intrusion_start", "2026-06-01"),
      claim("vendor_discovery", "2026-06-05"),
      claim("customer_notice", "2026-06-10"),
    ],
    consequences: [],
    ...overrides,
  };
}

export function buildEvidence(
  factor: string,
  value: boolean | number | string,
  observedOn = AS_OF,
  id = `evidence:${factor}:${observedOn}`,
): ScoringEvidence {
  return { id, factor, value, observedOn, sourceUrl: null };
}

export function buildProfile(overrides: Partial<VendorRiskProfile> = {}): VendorRiskProfile {
  return { vendor: buildVendor(), products: [], dataHoldings: [], incidents: [], evidence: [], ...overrides };
}
