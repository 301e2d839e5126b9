import { z } from "zod";
import { id, isoDate, isoDateTime, text } from "./common";
import { evidenceAssurance, triState } from "./enums";
import { evidenceValue } from "./evidence";
import { portfolioTiers, riskTiers } from "./values";

/** Risk tiers, lowest first (thresholds: 25, 50, 75). */
export const riskTier = z.enum(riskTiers);
export type RiskTierValue = z.infer<typeof riskTier>;

/** An overall tier, or `unassessed`: what a portfolio shows for a vendor. */
export const portfolioTier = z.enum(portfolioTiers);
export type PortfolioTier = z.infer<typeof portfolioTier>;

/** A score's lowest and highest values if every open question were answered for or against the vendor. */
export const scoreRange = z.object({ low: z.number(), high: z.number() });

/**
 * Fields methodology 2026.2 (v2) adds. They are optional in the wire format only because snapshots stored by
 * methodology 2026.1 lack them; every score computed today carries them.
 */
const v2 = <T extends z.ZodType>(schema: T) => schema.optional();

export const dimensionId = z.enum(["legacyDataExposure", "credentialHygiene", "breachHistory"]);

export const scoreContribution = z.object({
  factorId: z.string(),
  label: z.string(),
  /** Risk points added to the dimension; 0 for a control in place. */
  points: z.number(),
  source: z.object({
    kind: z.enum(["evidence", "incident", "data_holding", "product", "vendor", "missing"]),
    id: z.string().nullable(),
    url: z.string().nullable(),
  }),
  /** One plain sentence a board member understands. */
  explanation: z.string(),
  /** The question to put to the vendor when the answer is missing, unknown or stale. */
  question: z.string().nullable(),
  /** The group of factors measuring one weakness; a group charges once, on its costliest member. */
  group: v2(z.string()),
  /** `fact`: pinned down by facts; `unverified`: the vendor's word or an ageing answer; `missing`: unanswered. */
  basis: v2(z.enum(["fact", "unverified", "missing"])),
});
export type ScoreContributionDto = z.infer<typeof scoreContribution>;

export const contradiction = z.object({
  factorId: z.string(),
  evidenceId: z.string(),
  record: scoreContribution.shape.source,
  explanation: z.string(),
});

export const dimensionScore = z.object({
  dimension: dimensionId,
  label: z.string(),
  score: z.number().min(0).max(100),
  tier: riskTier,
  /** 0..1: one minus the range's width over 100. */
  confidence: z.number().min(0).max(1),
  /** 0..1: the share of the dimension's weight on which any fact stands. */
  coverage: v2(z.number().min(0).max(1)),
  /** Points resting on missing or unverified evidence: score minus the range's low end. */
  unknownPoints: v2(z.number()),
  range: v2(scoreRange),
  contributions: z.array(scoreContribution),
  /** Answers that say the opposite of a recorded fact; the recorded fact counts until an analyst resolves them. */
  contradictions: v2(z.array(contradiction)),
});

export const priority = z.object({
  /** 1 act now, 2 act soon, 3 plan, 4 monitor. */
  level: z.number().int().min(1).max(4),
  label: z.string(),
  inherentTier: riskTier,
  residual: portfolioTier,
  /** Orders a portfolio, higher first. */
  rank: z.number().int(),
  explanation: z.string(),
});
export type PriorityDto = z.infer<typeof priority>;

export const vendorRiskScore = z.object({
  methodologyVersion: z.string(),
  vendorId: z.string(),
  asOf: isoDate,
  inherent: z.object({
    score: z.number(),
    tier: riskTier,
    /** Months until the vendor should be assessed again. */
    reassessmentMonths: z.number().int(),
    contributions: z.array(scoreContribution),
  }),
  dimensions: z.object({
    legacyDataExposure: dimensionScore,
    credentialHygiene: dimensionScore,
    breachHistory: dimensionScore,
  }),
  overall: z.object({
    score: z.number().min(0).max(100),
    tier: riskTier,
    /** `unassessed`: under half the weight rests on facts and the facts alone do not rule out Low. */
    state: v2(z.enum(["assessed", "unassessed"])),
    confidence: z.number().min(0).max(1),
    coverage: v2(z.number().min(0).max(1)),
    unknownPoints: v2(z.number()),
    range: v2(scoreRange),
    drivenBy: dimensionId,
    explanation: z.string(),
  }),
  /** Where the vendor sits in the matrix of inherent against residual risk. */
  priority: v2(priority),
});
export type VendorRiskScoreDto = z.infer<typeof vendorRiskScore>;

export const vendorScoreResponse = z.object({
  score: vendorRiskScore,
  /** The stored snapshot this score comes from; null for a score computed as of a date (`?asOf=`), not stored. */
  snapshotId: id.nullable(),
  computedAt: isoDateTime,
  /** What caused the recomputation, e.g. `data_holding.update`; `as_of` for a score computed as of a date. */
  reason: z.string(),
  /**
   * The snapshot comes from an older methodology and a background job is rescoring the vendor; the figures
   * stand until it has.
   */
  beingRescored: z.boolean(),
});
export type VendorScoreResponse = z.infer<typeof vendorScoreResponse>;

export const scoreHistoryPoint = z.object({
  id,
  computedAt: isoDateTime,
  asOf: isoDate,
  methodologyVersion: z.string(),
  reason: z.string(),
  overall: z.number(),
  overallTier: riskTier,
  legacyDataExposure: z.number(),
  credentialHygiene: z.number(),
  breachHistory: z.number(),
  confidence: z.number(),
});
export const scoreHistoryResponse = z.object({ items: z.array(scoreHistoryPoint) });
export type ScoreHistoryPoint = z.infer<typeof scoreHistoryPoint>;

export const whatIfChange = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("set_evidence"),
    factor: text().min(1).max(100),
    value: evidenceValue,
    /** How the answer would be backed; a what-if takes the control as checked unless told otherwise. */
    assurance: evidenceAssurance.optional(),
  }),
  z.object({
    kind: z.literal("set_record_count"),
    holdingId: id,
    recordCount: z.number().int().nonnegative().max(1_000_000_000).nullable(),
  }),
  z.object({
    kind: z.literal("update_incident"),
    incidentId: id,
    recordsAffected: z.number().int().nonnegative().max(10_000_000_000).nullable().optional(),
    recordsIsPlaceholder: z.boolean().optional(),
    dataTaken: triState.optional(),
    serviceOutage: triState.optional(),
    outageDays: z.number().nonnegative().max(3650).nullable().optional(),
  }),
  z.object({ kind: z.literal("remove_incident"), incidentId: id }),
  z.object({ kind: z.literal("destroy_holding"), holdingId: id }),
  z.object({ kind: z.literal("complete_migration"), holdingId: id }),
  z.object({ kind: z.literal("encrypt_holding"), holdingId: id }),
  z.object({ kind: z.literal("isolate_holding"), holdingId: id }),
]);
export type WhatIfChangeDto = z.infer<typeof whatIfChange>;

export const whatIfInput = z.object({
  changes: z.array(whatIfChange).max(50),
  /** Score both sides as of this date (YYYY-MM-DD, not after today); today when left out. */
  asOf: isoDate.optional(),
});

/** `GET /vendors/:id/score?asOf=`: the score as the method sees the recorded facts on that date. */
export const scoreAsOfQuery = z.object({ asOf: isoDate.optional() });
export type WhatIfInput = z.infer<typeof whatIfInput>;

const deltas = z.object({
  legacyDataExposure: z.number(),
  credentialHygiene: z.number(),
  breachHistory: z.number(),
  overall: z.number(),
  inherent: z.number(),
});
export const whatIfResponse = z.object({ before: vendorRiskScore, after: vendorRiskScore, deltas });
export type WhatIfResponse = z.infer<typeof whatIfResponse>;
