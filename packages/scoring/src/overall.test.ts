import { describe, expect, it } from "vitest";
import { combineDimensions } from "./overall";
import { resolveSettings } from "./scoring-context";
import { tierOf } from "./tiers";
import type { DimensionId, DimensionScore, ScoringSettings } from "./types";

function dimensions(
  legacy: number,
  credentials: number,
  breach: number,
  confidence = 1,
): Record<DimensionId, DimensionScore> {
  const make = (dimension: DimensionId, label: string, score: number): DimensionScore => ({
    dimension,
    label,
    score,
    tier: tierOf(score),
    confidence,
    contributions: [],
  });
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
});
