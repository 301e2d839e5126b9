import { describe, expect, it } from "vitest";
import { oracleScore } from "../../test/risk-fixtures";
import { describeScoreChange, overallScoreOf } from "./score-change-notice";

describe("describeScoreChange", () => {
  it("names the score before and after and the tier it ends in", () => {
    expect(describeScoreChange({ score: 96.8, tier: "critical" }, { score: 93, tier: "critical" })).toBe(
      "Overall 96.8 → 93.0, Critical",
    );
  });

  it("says the score is unchanged rather than showing an arrow between equal figures", () => {
    expect(describeScoreChange({ score: 96.8, tier: "critical" }, { score: 96.8, tier: "critical" })).toBe(
      "Overall score unchanged (96.8, Critical)",
    );
  });

  it("treats a difference below the shown precision as unchanged", () => {
    expect(describeScoreChange({ score: 42.01, tier: "moderate" }, { score: 42.04, tier: "moderate" })).toBe(
      "Overall score unchanged (42.0, Moderate)",
    );
  });

  it("reports a tier change even when the shown figure is the same", () => {
    expect(describeScoreChange({ score: 74.96, tier: "high" }, { score: 75.04, tier: "critical" })).toBe(
      "Overall 75.0 → 75.0, Critical",
    );
  });

  it("gives the new score alone for a vendor that had none", () => {
    expect(describeScoreChange(null, { score: 12.5, tier: "low" })).toBe("Overall score now 12.5, Low");
  });

  it("does not claim a score it could not read", () => {
    expect(describeScoreChange({ score: 50, tier: "high" }, null)).toMatch(/could not be read/);
  });
});

describe("overallScoreOf", () => {
  it("reads the overall score and tier from a stored score", () => {
    expect(overallScoreOf(oracleScore)).toEqual({
      score: oracleScore.score.overall.score,
      tier: oracleScore.score.overall.tier,
    });
    expect(overallScoreOf(undefined)).toBeNull();
  });
});
