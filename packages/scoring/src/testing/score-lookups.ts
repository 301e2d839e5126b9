import { EVIDENCE_CATALOGUE, goodValueOf } from "../evidence-catalogue";
import type { DimensionId, ScoreContribution, ScoringEvidence } from "../types";

/** A dimension, or inherent risk: anything with contributions. */
type Explained = { contributions: readonly ScoreContribution[] };

import { AS_OF, buildEvidence } from "./profile-builders";

/** Every contribution of a factor, in the dimension's order. */
export function contributionsOf(dimension: Explained, factorId: string): ScoreContribution[] {
  return dimension.contributions.filter((c) => c.factorId === factorId);
}

/** The one contribution of a factor; fails the test when there is none or several. */
export function contributionOf(dimension: Explained, factorId: string): ScoreContribution {
  const found = contributionsOf(dimension, factorId);
  if (found.length !== 1) throw new Error(`Expected one ${factorId} contribution, found ${found.length}`);
  return found[0] as ScoreContribution;
}

/** Points per factor id, summed, leaving out factors that cost nothing. */
export function pointsByFactor(dimension: Explained): Record<string, number> {
  const points: Record<string, number> = {};
  for (const c of dimension.contributions) {
    if (c.points > 0) points[c.factorId] = Math.round(((points[c.factorId] ?? 0) + c.points) * 10) / 10;
  }
  return points;
}

/** A fresh good answer for every catalogue key of a dimension (all dimensions when none is given). */
export function goodEvidence(dimension?: DimensionId, observedOn = AS_OF): ScoringEvidence[] {
  return EVIDENCE_CATALOGUE.filter((e) => dimension === undefined || e.dimension === dimension).map((e) =>
    buildEvidence(e.factor, goodValueOf(e), observedOn),
  );
}
