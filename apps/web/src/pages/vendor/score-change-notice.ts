import type { RiskTierValue, VendorScoreResponse } from "@ward/contracts";
import { formatScore, tierLabels } from "../../labels/risk-labels";

/** The overall figure a success message reports. */
export interface OverallScore {
  score: number;
  tier: RiskTierValue;
}

/** The overall score in a stored score answer; null when the vendor has no score yet. */
export function overallScoreOf(response: VendorScoreResponse | null | undefined): OverallScore | null {
  if (!response) return null;
  return { score: response.score.overall.score, tier: response.score.overall.tier };
}

/**
 * The sentence that tells an analyst what a change did to the vendor's risk, so a saved record is never a
 * silent change of the number a board reads: "Overall 96.8 → 93.0, Critical".
 */
export function describeScoreChange(before: OverallScore | null, after: OverallScore | null): string {
  if (!after) return "The new score could not be read; the vendor page shows it once loaded.";
  const tier = tierLabels[after.tier];
  if (!before) return `Overall score now ${formatScore(after.score)}, ${tier}`;
  if (formatScore(before.score) === formatScore(after.score) && before.tier === after.tier) {
    return `Overall score unchanged (${formatScore(after.score)}, ${tier})`;
  }
  return `Overall ${formatScore(before.score)} → ${formatScore(after.score)}, ${tier}`;
}
