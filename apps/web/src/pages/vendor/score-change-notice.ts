import type { RiskTierValue, VendorScoreResponse } from "@ward/contracts";
import { tierLabels } from "../../labels/risk-labels";

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

/*
 * Always one decimal, unlike the risk panels: side by side, "93 → 92.6" reads as a change of precision, while
 * "93.0 → 92.6" reads as the change it is.
 */
const oneDecimal = (score: number) => score.toFixed(1);

/**
 * The sentence that tells an analyst what a change did to the vendor's risk, so a saved record is never a
 * silent change of the number a board reads: "Overall 96.8 → 93.0, Critical".
 */
export function describeScoreChange(before: OverallScore | null, after: OverallScore | null): string {
  if (!after) return "The new score could not be read; the vendor page shows it once loaded.";
  const tier = tierLabels[after.tier];
  if (!before) return `Overall score now ${oneDecimal(after.score)}, ${tier}`;
  if (oneDecimal(before.score) === oneDecimal(after.score) && before.tier === after.tier) {
    return `Overall score unchanged (${oneDecimal(after.score)}, ${tier})`;
  }
  return `Overall ${oneDecimal(before.score)} → ${oneDecimal(after.score)}, ${tier}`;
}
