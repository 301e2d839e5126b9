import type {
  ConsequenceDto,
  DataHoldingDto,
  EvidenceDto,
  IncidentDateDto,
  IncidentDto,
  IncidentSourceDto,
  ProductDto,
  VendorDto,
} from "@ward/contracts";

/** The three weaknesses Ward scores, and nothing else. */
export type DimensionId = "legacyDataExposure" | "credentialHygiene" | "breachHistory";

export const DIMENSION_IDS: readonly DimensionId[] = [
  "legacyDataExposure",
  "credentialHygiene",
  "breachHistory",
];

/** Risk tiers, lowest first. Thresholds live in `tiers.ts`. */
export type RiskTier = "low" | "moderate" | "high" | "critical";

// The profile takes only the fields scoring reads, so API DTOs fit as they are and tests can build small profiles.
export type ScoringVendor = Pick<VendorDto, "id" | "name" | "criticality" | "relationshipStatus">;
export type ScoringProduct = Pick<ProductDto, "id" | "name" | "hostingModel" | "endOfSupport">;
export type ScoringHolding = Pick<
  DataHoldingDto,
  | "id"
  | "system"
  | "productId"
  | "environment"
  | "recordCount"
  | "phiCategories"
  | "encryptedAtRest"
  | "reachableWithCustomerCredentials"
  | "migrationStatus"
  | "endOfSupport"
  | "retentionEnd"
  | "destroyedOn"
  | "destructionEvidence"
>;
export type ScoringIncidentSource = Pick<IncidentSourceDto, "id" | "url">;
export type ScoringIncidentDate = Pick<IncidentDateDto, "kind" | "date" | "sourceId">;
export type ScoringConsequence = Pick<ConsequenceDto, "kind" | "sourceId">;
export type ScoringIncident = Pick<
  IncidentDto,
  | "id"
  | "title"
  | "entryRoute"
  | "mfaAtEntry"
  | "legacySystemInvolved"
  | "dataTaken"
  | "encryptedForExtortion"
  | "serviceOutage"
  | "outageDays"
  | "servicesStopped"
  | "recordsAffected"
  | "recordsIsPlaceholder"
  | "dataTypes"
> & {
  sources: readonly ScoringIncidentSource[];
  /** Several dates of one kind mean the sources disagree; scoring keeps them all and picks by a stated rule. */
  dates: readonly ScoringIncidentDate[];
  consequences: readonly ScoringConsequence[];
};
export type ScoringEvidence = Pick<EvidenceDto, "id" | "factor" | "value" | "observedOn" | "sourceUrl">;

/** Everything Ward knows about one vendor relationship. */
export interface VendorRiskProfile {
  vendor: ScoringVendor;
  products: readonly ScoringProduct[];
  dataHoldings: readonly ScoringHolding[];
  incidents: readonly ScoringIncident[];
  evidence: readonly ScoringEvidence[];
}

/** An organization's adjustments. Every field is optional; defaults live in code (`DEFAULT_SETTINGS`). */
export interface ScoringSettings {
  /** Weight of each dimension in the mean part of the overall score. Default 1 each. */
  dimensionWeights?: Partial<Record<DimensionId, number>>;
  /** Multiplier on a factor's points, by factor id (0 switches a factor off). Default 1. */
  factorMultipliers?: Readonly<Record<string, number>>;
  /** Days an answer stays fully fresh; after that it counts for less, reaching nothing at three times this. */
  evidenceFreshnessDays?: number;
  /** Share of the overall score taken from the worst dimension, 0.5..1. Default 0.7. */
  worstDimensionShare?: number;
}

/** Settings with every default filled in and every value made safe. */
export interface ResolvedSettings {
  dimensionWeights: Record<DimensionId, number>;
  factorMultipliers: Readonly<Record<string, number>>;
  evidenceFreshnessDays: number;
  worstDimensionShare: number;
}

/** `vendor` marks inherent-risk reasons that come from the vendor record itself (its criticality). */
export type ContributionSourceKind =
  | "evidence"
  | "incident"
  | "data_holding"
  | "product"
  | "vendor"
  | "missing";

/** Where a contribution comes from, so the UI can link to the record or its public source. */
export interface ContributionSource {
  kind: ContributionSourceKind;
  /** Id of the evidence, incident, holding, product or vendor; null for missing evidence. */
  id: string | null;
  /** Public source of the fact, when there is one. */
  url: string | null;
}

/** One reason a score is what it is. */
export interface ScoreContribution {
  /** Stable id of the factor: an evidence key such as `mfa.remote_access` or a derived one such as `holding.unencrypted`. */
  factorId: string;
  label: string;
  /** Risk points this reason adds to its dimension (0 for a control that is in place). */
  points: number;
  source: ContributionSource;
  /** One plain sentence a board member understands. */
  explanation: string;
  /** The question to put to the vendor when the answer is missing, unknown or stale; null otherwise. */
  question: string | null;
}

export interface DimensionScore {
  dimension: DimensionId;
  label: string;
  /** 0..100, higher is riskier: the sum of the contributions' points, capped at 100. */
  score: number;
  tier: RiskTier;
  /** 0..1: how much of the evidence the method wants is known and fresh. */
  confidence: number;
  /** Largest first. */
  contributions: ScoreContribution[];
}

export interface OverallScore {
  score: number;
  tier: RiskTier;
  confidence: number;
  /** The dimension with the highest score, which sets most of the overall score. */
  drivenBy: DimensionId;
  explanation: string;
}

/** Risk the relationship carries before any control: what the vendor holds and how much the hospital relies on it. */
export interface InherentRisk {
  score: number;
  tier: RiskTier;
  /** How often to reassess this vendor, in months. */
  reassessmentMonths: number;
  contributions: ScoreContribution[];
}

export interface VendorRiskScore {
  methodologyVersion: string;
  vendorId: string;
  /** The date the score describes (YYYY-MM-DD); evidence and incident dates after it are ignored. */
  asOf: string;
  inherent: InherentRisk;
  dimensions: Record<DimensionId, DimensionScore>;
  overall: OverallScore;
}

/** A hypothetical change to a profile. */
export type WhatIfChange =
  /** Replace every answer for a factor with this one, observed on `asOf`. */
  | { kind: "set_evidence"; factor: string; value: boolean | number | string }
  /** The vendor destroys the holding and proves it. */
  | { kind: "destroy_holding"; holdingId: string }
  | { kind: "complete_migration"; holdingId: string }
  | { kind: "encrypt_holding"; holdingId: string }
  /** Customer credentials no longer reach the holding. */
  | { kind: "isolate_holding"; holdingId: string };

export type ScoreDeltas = Record<DimensionId | "overall" | "inherent", number>;

export interface WhatIfResult {
  before: VendorRiskScore;
  after: VendorRiskScore;
  /** After minus before; negative means less risk. */
  deltas: ScoreDeltas;
}

export interface SuggestedWhatIf {
  /** Stable key for React lists and for de-duplication. */
  id: string;
  /** What to ask the vendor to do, in a few words ("Enforce MFA on all remote access"). */
  label: string;
  changes: WhatIfChange[];
  /** The effect of the change on each score. */
  deltas: ScoreDeltas;
}
