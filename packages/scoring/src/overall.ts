import { roundPoints, roundShare, TIER_LABELS, tierOf } from "./tiers";
import type { DimensionId, DimensionScore, OverallScore, ResolvedSettings } from "./types";
import { DIMENSION_IDS } from "./types";

/**
 * Overall risk: `share x worst dimension + (1 - share) x weighted mean of the three`, with share 0.7 by
 * default. A plain mean would let two clean dimensions hide a Critical third (100, 0, 0 averages to 33,
 * Moderate); this rule keeps it at 80, Critical, while a vendor weak everywhere still scores above one weak in
 * a single place. The rule is monotone: no dimension can rise while the overall score falls. Confidence is the
 * weighted mean of the dimensions' confidence.
 */
export function combineDimensions(
  dimensions: Record<DimensionId, DimensionScore>,
  settings: ResolvedSettings,
): OverallScore {
  let weightSum = 0;
  for (const id of DIMENSION_IDS) weightSum += settings.dimensionWeights[id];
  // All weights switched off leaves an equal mean rather than a division by zero.
  let mean = 0;
  let confidence = 0;
  let drivenBy: DimensionId = DIMENSION_IDS[0] as DimensionId;
  for (const id of DIMENSION_IDS) {
    const weight = weightSum > 0 ? settings.dimensionWeights[id] / weightSum : 1 / 3;
    mean += weight * dimensions[id].score;
    confidence += weight * dimensions[id].confidence;
    if (dimensions[id].score > dimensions[drivenBy].score) drivenBy = id;
  }
  const share = settings.worstDimensionShare;
  const worst = dimensions[drivenBy];
  const score = roundPoints(share * worst.score + (1 - share) * mean);
  const tier = tierOf(score);
  return {
    score,
    tier,
    confidence: roundShare(confidence),
    drivenBy,
    explanation: `Overall risk is ${TIER_LABELS[tier]} because ${worst.label.toLowerCase()} is ${TIER_LABELS[worst.tier]} (${worst.score}); Ward takes ${Math.round(share * 100)}% of the worst dimension and ${Math.round((1 - share) * 100)}% of the average, so one severe gap is not averaged away.`,
  };
}
