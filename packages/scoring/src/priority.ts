import { TIER_LABELS } from "./tiers";
import type { InherentRisk, OverallScore, Priority, PriorityLevel, RiskTier } from "./types";

/**
 * The priority matrix: inherent risk (what the vendor holds and how much care depends on it) down the side,
 * residual risk (the overall score, or Unassessed) across. A vendor the hospital cannot do without comes first
 * even when nobody has assessed it yet; a vendor holding little, with good controls, is watched.
 */
export const PRIORITY_MATRIX: Readonly<
  Record<RiskTier, Readonly<Record<RiskTier | "unassessed", PriorityLevel>>>
> = {
  critical: { critical: 1, high: 1, unassessed: 1, moderate: 2, low: 3 },
  high: { critical: 1, high: 2, unassessed: 2, moderate: 3, low: 4 },
  moderate: { critical: 2, high: 2, unassessed: 3, moderate: 3, low: 4 },
  low: { critical: 2, high: 3, unassessed: 4, moderate: 4, low: 4 },
};

export const PRIORITY_LABELS: Readonly<Record<PriorityLevel, string>> = {
  1: "Act now",
  2: "Act soon",
  3: "Plan",
  4: "Monitor",
};

/**
 * Where the vendor sits in the matrix, and a rank that orders a portfolio by it: the level first, then the
 * residual score, then the inherent score. The rank is a whole number, so a database can sort by it.
 */
export function priorityOf(inherent: InherentRisk, overall: OverallScore): Priority {
  const residual = overall.state === "unassessed" ? "unassessed" : overall.tier;
  const level = PRIORITY_MATRIX[inherent.tier][residual];
  const residualWords =
    residual === "unassessed"
      ? "has not been assessed enough to rate its controls and history"
      : `carries ${TIER_LABELS[residual]} residual risk (its controls and history)`;
  return {
    level,
    label: PRIORITY_LABELS[level],
    inherentTier: inherent.tier,
    residual,
    rank: (4 - level) * 1_000_000 + Math.round(overall.score * 10) * 1000 + Math.round(inherent.score * 10),
    explanation: `${PRIORITY_LABELS[level]}: the vendor carries ${TIER_LABELS[inherent.tier]} inherent risk (what it holds and how much care depends on it) and ${residualWords}.`,
  };
}
