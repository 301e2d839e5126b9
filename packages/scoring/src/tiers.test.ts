import { describe, expect, it } from "vitest";
import { REASSESSMENT_MONTHS, roundPoints, TIER_THRESHOLDS, tierOf } from "./tiers";

describe("tiers", () => {
  it.each<[number, string]>([
    [0, "low"],
    [24.9, "low"],
    [25, "moderate"],
    [49.9, "moderate"],
    [50, "high"],
    [74.9, "high"],
    [75, "critical"],
    [100, "critical"],
  ])("%d is %s", (score, tier) => {
    expect(tierOf(score)).toBe(tier);
  });

  it("thresholds and cadences are the documented ones", () => {
    expect(TIER_THRESHOLDS).toEqual({ low: 0, moderate: 25, high: 50, critical: 75 });
    expect(REASSESSMENT_MONTHS).toEqual({ critical: 6, high: 12, moderate: 24, low: 36 });
  });

  it("points carry one decimal", () => {
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
    expect(roundPoints(3.75)).toBe(3.8);
  });
});
