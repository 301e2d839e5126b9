import type { ScoringContext } from "./scoring-context";
import { roundPoints } from "./tiers";
import type { ContributionBasis, ContributionSource, ScoreContribution } from "./types";

/**
 * A contribution to inherent risk, with the organization's multiplier applied and the points rounded. Inherent
 * risk has no groups: each of its four factors measures something different.
 */
export function makeContribution(
  context: ScoringContext,
  factorId: string,
  label: string,
  points: number,
  source: ContributionSource,
  explanation: string,
  question: string | null,
  basis: ContributionBasis,
): ScoreContribution {
  // Most organizations set no multiplier; skipping the lookup then saves a keyed load per contribution.
  const multiplier = context.hasMultipliers ? (context.settings.factorMultipliers[factorId] ?? 1) : 1;
  return {
    factorId,
    label,
    points: roundPoints(Math.max(0, points * multiplier)),
    source,
    explanation,
    question,
    group: factorId,
    basis,
  };
}

export const missingSource: ContributionSource = { kind: "missing", id: null, url: null };

/**
 * Largest first. Ties keep the order they were built in, which follows the input's order, so the output is
 * the same byte for byte. A stable insertion sort: lists hold a few dozen items, where it beats
 * Array.prototype.sort by a wide margin, and a portfolio sorts tens of thousands of them. The points being
 * compared are copied into a reused typed array as the sort goes, so each comparison reads a plain number
 * rather than a field of a contribution; without that, sorting was a tenth of the time to score a vendor.
 */
function byPointsDescending(a: ScoreContribution, b: ScoreContribution): number {
  return b.points - a.points;
}

const SORT_IN_PLACE_LIMIT = 64;
// Scratch space for `sortContributions`. Scoring is synchronous, so no two sorts ever share it.
const sortKeys = new Float64Array(SORT_IN_PLACE_LIMIT);

export function sortContributions(list: ScoreContribution[]): ScoreContribution[] {
  if (list.length > SORT_IN_PLACE_LIMIT) return list.sort(byPointsDescending);
  const keys = sortKeys;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as ScoreContribution;
    const points = item.points;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) < points) {
      keys[j + 1] = keys[j] as number;
      list[j + 1] = list[j] as ScoreContribution;
      j--;
    }
    keys[j + 1] = points;
    list[j + 1] = item;
  }
  return list;
}

/** Code-unit order, not localeCompare, which varies with the runtime's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
