import { describe, expect, it } from "vitest";
import { combineDimensions, isUnassessed, UNASSESSED_BELOW_COVERAGE } from "./overall";
import { resolveSettings } from "./scoring-context";
import { tierOf } from "./tiers";
import type { DimensionId, DimensionScore, ScoringSettings } from "./types";

function dimensions(
  legacy: number,
  credentials: number,
  breach: number,
  confidence = 1,
  coverage = 1,
): Record<DimensionId, DimensionScore> {
  // A range as wide as the confidence leaves, placed around the score within 0..100.
  const make = (dimension: DimensionId, label: string, score: number): DimensionScore => {
    const width = (1 - confidence) * 100;
    const low = Math.max(0, Math.min(score, 100 - width));
    return {
      dimension,
      label,
      score,
      tier: tierOf(score),
      confidence,
      coverage,
      unknownPoints: score - low,
      range: { low, high: low + width },
      contributions: [],
      contradictions: [],
    };
  };
  return {
    legacyDataExposure: make("legacyDataExposure", "Legacy-data exposure", legacy),
    credentialHygiene: make("credentialHygiene", "Credential hygiene", credentials),
    breachHistory: make("breachHistory", "Breach history", breach),
  };
}

describe("overall risk", () => {
  it.each<[[number, number, number], number, string]>([
    [[0, 0, 0], 0, "low"],
    [[100, 0, 0], 80, "critical"],
    [[0, 0, 75], 60, "high"],
    [[60, 60, 60], 60, "high"],
    [[30, 0, 0], 24, "low"],
    [[30, 30, 30], 30, "moderate"],
    [[100, 100, 100], 100, "critical"],
  ])("dimensions %j give %d (%s): 70%% of the worst plus 30%% of the mean", ([a, b, c], score, tier) => {
    expect(combineDimensions(dimensions(a, b, c), resolveSettings())).toMatchObject({ score, tier });
  });

  it("one severe gap is not averaged away: a plain mean would say Moderate", () => {
    const overall = combineDimensions(dimensions(0, 100, 0), resolveSettings());
    expect(overall).toMatchObject({ score: 80, tier: "critical", drivenBy: "credentialHygiene" });
    expect(overall.explanation).toBe(
      "Overall risk is Critical because credential hygiene is Critical (100); Ward takes 70% of the worst dimension and 30% of the average, so one severe gap is not averaged away.",
    );
  });

  it.each<[ScoringSettings, number]>([
    [{ dimensionWeights: { breachHistory: 2 } }, 0.7 * 80 + 0.3 * ((40 + 20 + 2 * 80) / 4)],
    [{ worstDimensionShare: 1 }, 80],
    [{ worstDimensionShare: 0.2 }, 0.5 * 80 + 0.5 * (140 / 3)],
    [
      { dimensionWeights: { legacyDataExposure: 0, credentialHygiene: 0, breachHistory: 0 } },
      0.7 * 80 + 0.3 * (140 / 3),
    ],
    [{ dimensionWeights: { legacyDataExposure: -5 } }, 0.7 * 80 + 0.3 * (100 / 2)],
  ])("settings %j give %d", (settings, expected) => {
    expect(combineDimensions(dimensions(40, 20, 80), resolveSettings(settings)).score).toBeCloseTo(
      expected,
      1,
    );
  });

  it("confidence is the weighted mean of the dimensions' confidence", () => {
    expect(combineDimensions(dimensions(10, 10, 10, 0.5), resolveSettings()).confidence).toBe(0.5);
  });

  it("confidence is combined as the score is: 70% the worst dimension's, 30% the mean", () => {
    const dims = dimensions(10, 10, 10);
    dims.breachHistory = {
      ...dims.breachHistory,
      score: 90,
      tier: "critical",
      confidence: 0.2,
      range: { low: 60, high: 100 },
    };
    const overall = combineDimensions(dims, resolveSettings());
    expect(overall.confidence).toBeCloseTo(0.7 * 0.2 + 0.3 * ((1 + 1 + 0.2) / 3), 2);
  });

  it("the range combines the dimensions' ends by the same rule, and holds the score", () => {
    const dims = dimensions(40, 20, 80, 0.6);
    const overall = combineDimensions(dims, resolveSettings());
    const combine = (l: number, c: number, b: number) => 0.7 * Math.max(l, c, b) + 0.3 * ((l + c + b) / 3);
    const { legacyDataExposure: l, credentialHygiene: c, breachHistory: b } = dims;
    expect(overall.range.low).toBeCloseTo(combine(l.range.low, c.range.low, b.range.low), 1);
    expect(overall.range.high).toBeCloseTo(combine(l.range.high, c.range.high, b.range.high), 1);
    expect(overall.unknownPoints).toBeCloseTo(overall.score - overall.range.low, 1);
  });

  it("coverage is the weighted mean of the dimensions' coverage", () => {
    expect(combineDimensions(dimensions(10, 10, 10, 1, 0.3), resolveSettings()).coverage).toBe(0.3);
  });

  it.each<[number, number, boolean]>([
    [0.49, 24.9, true],
    [0.49, 25, false],
    [UNASSESSED_BELOW_COVERAGE, 0, false],
    [0, 0, true],
    [0.8, 0, false],
  ])("coverage %d with the range's low end at %d: unassessed %s", (coverage, low, expected) => {
    expect(isUnassessed(coverage, { low, high: 100 })).toBe(expected);
  });

  it("an unassessed vendor says so, with its range, instead of a tier", () => {
    const overall = combineDimensions(dimensions(50, 50, 50, 0, 0.1), resolveSettings());
    expect(overall.state).toBe("unassessed");
    expect(overall.explanation).toBe(
      "Unassessed: facts stand behind only 10% of the score's weight, so the score of 50 is mostly Ward's charge for missing answers; with the answers it could be anywhere from 0 to 100.",
    );
  });

  it("facts that already rule out Low make a vendor assessed, however little else is known", () => {
    const dims = dimensions(10, 10, 90, 1, 0.1);
    expect(combineDimensions(dims, resolveSettings()).state).toBe("assessed");
  });
});
