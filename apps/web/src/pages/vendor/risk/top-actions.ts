import type { ScoreContributionDto, VendorRiskScoreDto } from "@ward/contracts";
import type { DimensionId, SuggestedWhatIf } from "@ward/scoring";
import { dimensionOrder } from "../../../labels/risk-labels";

export interface TopAction {
  suggestion: SuggestedWhatIf;
  /** The largest stored contribution the action removes, with its dimension; null if none is on record. */
  fixes: { dimension: DimensionId; contribution: ScoreContributionDto } | null;
}

/** Whether the action addresses the contribution: the same evidence factor, data holding or incident. */
function addresses(suggestion: SuggestedWhatIf, contribution: ScoreContributionDto): boolean {
  const { source } = contribution;
  return suggestion.changes.some((change) => {
    if (change.kind === "set_evidence") return contribution.factorId === change.factor;
    if ("holdingId" in change) return source.kind === "data_holding" && source.id === change.holdingId;
    return source.kind === "incident" && source.id === change.incidentId;
  });
}

/**
 * The actions that would lower the overall score most, each with the reason it removes. The engine's
 * suggestions are already ranked by their effect on the overall score, which is what a reader wants ranked: a
 * contribution's points count within its dimension only, and the dimensions weigh differently in the overall.
 */
export function topActions(
  score: VendorRiskScoreDto,
  suggestions: readonly SuggestedWhatIf[],
  count = 3,
): TopAction[] {
  return suggestions
    .filter((s) => s.deltas.overall < 0)
    .slice(0, count)
    .map((suggestion) => {
      let fixes: TopAction["fixes"] = null;
      for (const dimension of dimensionOrder) {
        for (const contribution of score.dimensions[dimension].contributions) {
          if (contribution.points <= 0 || !addresses(suggestion, contribution)) continue;
          if (!fixes || contribution.points > fixes.contribution.points) fixes = { dimension, contribution };
        }
      }
      return { suggestion, fixes };
    });
}
