import { roundPoints, roundShare, TIER_LABELS, TIER_THRESHOLDS, tierOf } from "./tiers";
import type {
  AssessmentState,
  DimensionId,
  DimensionScore,
  OverallScore,
  ResolvedSettings,
  ScoreRange,
} from "./types";

/**
 * A vendor is Unassessed when less than half of its score's weight rests on any fact AND the facts alone do not
 * rule out Low (the range's low end is under 25). More than half of such a score would be Ward's charge for
 * missing answers, and the vendor might turn out to be fine, so a board cannot tell it from one nobody has asked.
 * A vendor whose known facts already make it at least Moderate is known to carry risk, whatever the missing
 * answers say, and is shown with its tier.
 */
export const UNASSESSED_BELOW_COVERAGE = 0.5;

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

/** `share x the largest + (1 - share) x the weighted mean` of three dimension values. */
function combine(share: number, wl: number, wc: number, wb: number, l: number, c: number, b: number): number {
  const worst = Math.max(l, c, b);
  return share * worst + (1 - share) * (wl * l + wc * c + wb * b);
}

export function isUnassessed(coverage: number, range: ScoreRange): boolean {
  return coverage < UNASSESSED_BELOW_COVERAGE && range.low < TIER_THRESHOLDS.moderate;
}

/**
 * Overall risk: `share x worst dimension + (1 - share) x weighted mean of the three`, with share 0.7 by
 * default. A plain mean would let two clean dimensions hide a Critical third (100, 0, 0 averages to 33,
 * Moderate); this rule keeps it at 80, Critical, while a vendor weak everywhere still scores above one weak in
 * a single place. The rule is monotone, so the range's ends combine the dimensions' ends the same way, and
 * confidence combines the dimensions' confidence with the same shares: the worst dimension's counts most.
 */
export function combineDimensions(
  dimensions: Record<DimensionId, DimensionScore>,
  settings: ResolvedSettings,
): OverallScore {
  const legacy = dimensions.legacyDataExposure;
  const credential = dimensions.credentialHygiene;
  const breach = dimensions.breachHistory;
  const weights = settings.dimensionWeights;
  const weightSum = weights.legacyDataExposure + weights.credentialHygiene + weights.breachHistory;
  // All weights switched off leaves an equal mean rather than a division by zero.
  const wl = weightSum > 0 ? weights.legacyDataExposure / weightSum : 1 / 3;
  const wc = weightSum > 0 ? weights.credentialHygiene / weightSum : 1 / 3;
  const wb = weightSum > 0 ? weights.breachHistory / weightSum : 1 / 3;
  const share = settings.worstDimensionShare;

  // The first of the highest, in the order of DIMENSION_IDS.
  let worst = legacy;
  if (credential.score > worst.score) worst = credential;
  if (breach.score > worst.score) worst = breach;
  const score = roundPoints(combine(share, wl, wc, wb, legacy.score, credential.score, breach.score));
  const range = {
    low: Math.min(
      score,
      roundPoints(combine(share, wl, wc, wb, legacy.range.low, credential.range.low, breach.range.low)),
    ),
    high: Math.max(
      score,
      roundPoints(combine(share, wl, wc, wb, legacy.range.high, credential.range.high, breach.range.high)),
    ),
  };
  const confidence = roundShare(
    share * worst.confidence +
      (1 - share) * (wl * legacy.confidence + wc * credential.confidence + wb * breach.confidence),
  );
  const coverage = roundShare(wl * legacy.coverage + wc * credential.coverage + wb * breach.coverage);
  const tier = tierOf(score);
  const state: AssessmentState = isUnassessed(coverage, range) ? "unassessed" : "assessed";
  const because = `${inSentence(worst.label)} is ${TIER_LABELS[worst.tier]} (${worst.score}); Ward takes ${Math.round(share * 100)}% of the worst dimension and ${Math.round((1 - share) * 100)}% of the average, so one severe gap is not averaged away.`;
  return {
    score,
    tier,
    state,
    confidence,
    coverage,
    unknownPoints: roundPoints(score - range.low),
    range,
    drivenBy: worst.dimension,
    explanation:
      state === "unassessed"
        ? `Unassessed: facts stand behind only ${Math.round(coverage * 100)}% of the score's weight, so the score of ${score} is mostly Ward's charge for missing answers; with the answers it could be anywhere from ${range.low} to ${range.high}.`
        : `Overall risk is ${TIER_LABELS[tier]} because ${because}`,
  };
}
