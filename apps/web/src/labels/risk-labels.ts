import type { PortfolioTier, RiskTierValue } from "@ward/contracts";
import { type DimensionId, PRIORITY_LABELS, TIER_LABELS } from "@ward/scoring";

export const tierLabels: Readonly<Record<RiskTierValue, string>> = TIER_LABELS;

/** Traffic-light order a board already reads: green, yellow, orange, red. */
export const tierColors: Record<RiskTierValue, string> = {
  low: "teal",
  moderate: "yellow",
  high: "orange",
  critical: "red",
};

/** The three weaknesses in the order Ward always presents them. */
export const dimensionOrder: readonly DimensionId[] = [
  "legacyDataExposure",
  "credentialHygiene",
  "breachHistory",
];

export const dimensionLabels: Record<DimensionId, string> = {
  legacyDataExposure: "Legacy-data exposure",
  credentialHygiene: "Credential hygiene",
  breachHistory: "Breach history",
};

/** Confidence 0..1 as a whole percentage: finer precision would claim more than the method knows. */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Risk points with one decimal and an explicit sign, as they add to a score: "+13.2", "0". */
export function formatPoints(points: number): string {
  if (points === 0) return "0";
  return `${points > 0 ? "+" : "−"}${Math.abs(points).toFixed(1)}`;
}

/**
 * A score with the one decimal the engine keeps, whole numbers included ("100.0"), so every figure on a page
 * reads in the same format and lines up with the points beside it.
 */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** A change in score, signed, with "±0" for none so an unchanged row does not read as a missing value. */
export function formatDelta(delta: number): string {
  return delta === 0 ? "±0" : formatPoints(delta);
}

/** A portfolio tier in words: the four risk tiers and Unassessed, which is no tier but a lack of facts. */
export const portfolioTierLabels: Readonly<Record<PortfolioTier, string>> = {
  unassessed: "Unassessed",
  ...TIER_LABELS,
};

/** Priority levels in words, as the engine names them: 1 Act now … 4 Monitor. */
export const priorityLabels: Readonly<Record<number, string>> = PRIORITY_LABELS;

/** Most urgent first: red, orange, blue, grey; the word carries the meaning, the colour only repeats it. */
export const priorityColors: Readonly<Record<number, string>> = {
  1: "red",
  2: "orange",
  3: "blue",
  4: "gray",
};

/** A score range in whole points with an en dash, as a board reads it: "0–98". */
export function formatRange(range: { low: number; high: number }): string {
  return `${Math.round(range.low)}–${Math.round(range.high)}`;
}
