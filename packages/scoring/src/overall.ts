import { roundPoints, roundShare, TIER_LABELS, tierOf } from "./tiers";
import type { DimensionId, DimensionScore, OverallScore, ResolvedSettings } from "./types";

/** Dimension labels in lower case, for the middle of a sentence, made once rather than once per vendor. */
const lowerCaseLabels = new Map<string, string>();
function inSentence(label: string): string {
  let lower = lowerCaseLabels.get(label);
  if (lower === undefined) {
    lower = label.toLowerCase();
    lowerCaseLabels.set(label, lower);
  }
  return lower;
}

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
  // The three dimensions are read by name rather than in a loop over their ids: a keyed load with a varying key
  // goes through V8's slowest lookup path, and this runs for every vendor. The sums keep the order of
  // DIMENSION_IDS, so the result is the same to the last bit.
  const legacy = dimensions.legacyDataExposure;
  const credential = dimensions.credentialHygiene;
  const breach = dimensions.breachHistory;
  const weights = settings.dimensionWeights;
  const weightSum = weights.legacyDataExposure + weights.credentialHygiene + weights.breachHistory;
  // All weights switched off leaves an equal mean rather than a division by zero.
  const legacyWeight = weightSum > 0 ? weights.legacyDataExposure / weightSum : 1 / 3;
  const credentialWeight = weightSum > 0 ? weights.credentialHygiene / weightSum : 1 / 3;
  const breachWeight = weightSum > 0 ? weights.breachHistory / weightSum : 1 / 3;
  const mean =
    legacyWeight * legacy.score + credentialWeight * credential.score + breachWeight * breach.score;
  const confidence =
    legacyWeight * legacy.confidence +
    credentialWeight * credential.confidence +
    breachWeight * breach.confidence;
  // The first of the highest, in the order of DIMENSION_IDS.
  let worst = legacy;
  if (credential.score > worst.score) worst = credential;
  if (breach.score > worst.score) worst = breach;
  const share = settings.worstDimensionShare;
  const score = roundPoints(share * worst.score + (1 - share) * mean);
  const tier = tierOf(score);
  return {
    score,
    tier,
    confidence: roundShare(confidence),
    drivenBy: worst.dimension,
    explanation: `Overall risk is ${TIER_LABELS[tier]} because ${inSentence(worst.label)} is ${TIER_LABELS[worst.tier]} (${worst.score}); Ward takes ${Math.round(share * 100)}% of the worst dimension and ${Math.round((1 - share) * 100)}% of the average, so one severe gap is not averaged away.`,
  };
}
