import type {
  ConsequenceDto,
  DataHoldingDto,
  EvidenceDto,
  IncidentDateDto,
  IncidentDto,
  IncidentSourceDto,
  ProductDto,
  TriState,
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

/**
 * How much of a contribution rests on facts: `fact` when the facts pin it down (a recorded holding or incident, a
 * verified or public answer, an answer admitting a gap), `unverified` when it rests on the vendor's word or an
 * ageing answer, `missing` when nobody has answered.
 */
export type ContributionBasis = "fact" | "unverified" | "missing";

/** A score's lowest and highest values if every open question were answered in the vendor's favour, or against it. */
export interface ScoreRange {
  low: number;
  high: number;
}

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
  | "destructionAssurance"
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
export type ScoringEvidence = Pick<
  EvidenceDto,
  "id" | "factor" | "value" | "observedOn" | "sourceUrl" | "assurance"
>;

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
  /**
   * The group of factors measuring the same weakness. A group charges once per dimension: its points go to the
   * member that costs most, and the others show 0.
   */
  group: string;
  basis: ContributionBasis;
}

/** An answer that says the opposite of a recorded fact. The recorded fact counts until an analyst resolves it. */
export interface Contradiction {
  /** The evidence key answered. */
  factorId: string;
  /** The answer's evidence id. */
  evidenceId: string;
  /** The record the answer contradicts. */
  record: ContributionSource;
  explanation: string;
}

export interface DimensionScore {
  dimension: DimensionId;
  label: string;
  /** 0..100, higher is riskier: the sum of the contributions' points (the groups' weights total 100). */
  score: number;
  tier: RiskTier;
  /** 0..1: one minus the width of `range` over 100, the share of the dimension the facts pin down. */
  confidence: number;
  /** 0..1: the share of the dimension's weight on which Ward has any fact at all (missing evidence is the rest). */
  coverage: number;
  /** Points that rest on missing or unverified evidence: `score - range.low`. */
  unknownPoints: number;
  range: ScoreRange;
  /** Largest first. */
  contributions: ScoreContribution[];
  contradictions: Contradiction[];
}

/**
 * `unassessed`: too little is known to tell a risky vendor from one not yet asked (see `isUnassessed`); the tier is
 * still computed, but lists and reports show the state and the range instead.
 */
export type AssessmentState = "assessed" | "unassessed";

export interface OverallScore {
  score: number;
  tier: RiskTier;
  state: AssessmentState;
  /** Combined from the dimensions as the score is: worst dimension's share plus the weighted mean's. */
  confidence: number;
  /** Weighted mean of the dimensions' coverage. */
  coverage: number;
  unknownPoints: number;
  range: ScoreRange;
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

/** Priority levels, most urgent first: 1 act now, 2 act soon, 3 plan, 4 monitor. */
export type PriorityLevel = 1 | 2 | 3 | 4;

/** Where a vendor sits in the priority matrix of inherent risk against residual risk. */
export interface Priority {
  level: PriorityLevel;
  label: string;
  inherentTier: RiskTier;
  /** The overall tier, or `unassessed`. */
  residual: RiskTier | "unassessed";
  /** Orders a portfolio, higher first: the level, then residual risk (the range's top when unassessed), then inherent. */
  rank: number;
  explanation: string;
}

export interface VendorRiskScore {
  methodologyVersion: string;
  vendorId: string;
  /** The date the score describes (YYYY-MM-DD); evidence and incident dates after it are ignored. */
  asOf: string;
  inherent: InherentRisk;
  dimensions: Record<DimensionId, DimensionScore>;
  overall: OverallScore;
  priority: Priority;
}

/** A hypothetical change to a profile. */
export type WhatIfChange =
  /** Replace every answer for a factor with this one, observed on `asOf` (verified unless said otherwise). */
  | {
      kind: "set_evidence";
      factor: string;
      value: boolean | number | string;
      assurance?: ScoringEvidence["assurance"];
    }
  /** The holding holds this many records. */
  | { kind: "set_record_count"; holdingId: string; recordCount: number | null }
  /** The incident's facts as they would be: a corrected count, or what is learnt about its impact. */
  | {
      kind: "update_incident";
      incidentId: string;
      recordsAffected?: number | null;
      recordsIsPlaceholder?: boolean;
      dataTaken?: TriState;
      serviceOutage?: TriState;
      outageDays?: number | null;
    }
  /** The incident is set aside, for example when it turns out to belong to another company. */
  | { kind: "remove_incident"; incidentId: string }
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
