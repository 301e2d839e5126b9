import type { RiskTier } from "./types";

/**
 * Lowest score of each tier. Four equal bands of the 0..100 scale, so a reader can place a score without a
 * legend: Low below 25, Moderate 25 to below 50, High 50 to below 75, Critical 75 and above.
 */
export const TIER_THRESHOLDS: Readonly<Record<RiskTier, number>> = {
  low: 0,
  moderate: 25,
  high: 50,
  critical: 75,
};

export const TIER_LABELS: Readonly<Record<RiskTier, string>> = {
  low: "Low",
  moderate: "Moderate",
  high: "High",
  critical: "Critical",
};

/**
 * Months between reassessments for a vendor of each inherent-risk tier. Twice a year for the vendors the
 * hospital cannot do without, and the HIPAA NPRM's yearly written verification for the next band.
 */
export const REASSESSMENT_MONTHS: Readonly<Record<RiskTier, number>> = {
  critical: 6,
  high: 12,
  moderate: 24,
  low: 36,
};

/** The tier a 0..100 score falls in. */
export function tierOf(score: number): RiskTier {
  if (score >= TIER_THRESHOLDS.critical) return "critical";
  if (score >= TIER_THRESHOLDS.high) return "high";
  if (score >= TIER_THRESHOLDS.moderate) return "moderate";
  return "low";
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Points and scores carry one decimal: finer precision would suggest an accuracy the method does not have. */
export function roundPoints(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Confidence carries two decimals. */
export function roundShare(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A dimension's score: the sum of its contributions' points, capped to 0..100. */
export function scoreFromPoints(contributions: readonly { points: number }[]): number {
  let total = 0;
  for (const item of contributions) total += item.points;
  return roundPoints(clamp(total, 0, 100));
}
