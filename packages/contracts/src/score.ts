import { z } from "zod";
import { id, isoDate, isoDateTime, text } from "./common";
import { evidenceValue } from "./evidence";
import { riskTiers } from "./values";

/** Risk tiers, lowest first (thresholds: 25, 50, 75). */
export const riskTier = z.enum(riskTiers);
export type RiskTierValue = z.infer<typeof riskTier>;

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
});
export type ScoreContributionDto = z.infer<typeof scoreContribution>;

export const dimensionScore = z.object({
  dimension: dimensionId,
  label: z.string(),
  score: z.number().min(0).max(100),
  tier: riskTier,
  confidence: z.number().min(0).max(1),
  contributions: z.array(scoreContribution),
});

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
    confidence: z.number().min(0).max(1),
    drivenBy: dimensionId,
    explanation: z.string(),
  }),
});
export type VendorRiskScoreDto = z.infer<typeof vendorRiskScore>;

export const vendorScoreResponse = z.object({
  score: vendorRiskScore,
  /** The stored snapshot this score comes from. */
  snapshotId: id,
  computedAt: isoDateTime,
  /** What caused the recomputation, e.g. `data_holding.update`. */
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
  z.object({ kind: z.literal("set_evidence"), factor: text().min(1).max(100), value: evidenceValue }),
  z.object({ kind: z.literal("destroy_holding"), holdingId: id }),
  z.object({ kind: z.literal("complete_migration"), holdingId: id }),
  z.object({ kind: z.literal("encrypt_holding"), holdingId: id }),
  z.object({ kind: z.literal("isolate_holding"), holdingId: id }),
]);
export type WhatIfChangeDto = z.infer<typeof whatIfChange>;

export const whatIfInput = z.object({ changes: z.array(whatIfChange).max(50) });
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
