import { describe, expect, it } from "vitest";
import { PRIORITY_LABELS, PRIORITY_MATRIX, priorityOf } from "./priority";
import type { InherentRisk, OverallScore, RiskTier } from "./types";

const TIERS: RiskTier[] = ["low", "moderate", "high", "critical"];
const RESIDUAL: (RiskTier | "unassessed")[] = ["low", "moderate", "high", "critical"];

const inherent = (tier: RiskTier, score: number): InherentRisk => ({
  score,
  tier,
  reassessmentMonths: 12,
  contributions: [],
});
const overall = (tier: RiskTier, score: number, state: OverallScore["state"] = "assessed"): OverallScore => ({
  score,
  tier,
  state,
  confidence: 1,
  coverage: 1,
  unknownPoints: 0,
  range: { low: score, high: score },
  drivenBy: "breachHistory",
  explanation: "",
});

describe("priority matrix", () => {
  it("a riskier inherent tier never lowers priority (a lower level is more urgent)", () => {
    for (const residual of [...RESIDUAL, "unassessed" as const])
      for (let i = 1; i < TIERS.length; i++)
        expect(PRIORITY_MATRIX[TIERS[i] as RiskTier][residual]).toBeLessThanOrEqual(
          PRIORITY_MATRIX[TIERS[i - 1] as RiskTier][residual],
        );
  });

  it("a riskier residual tier never lowers priority", () => {
    for (const tier of TIERS)
      for (let i = 1; i < RESIDUAL.length; i++)
        expect(PRIORITY_MATRIX[tier][RESIDUAL[i] as RiskTier]).toBeLessThanOrEqual(
          PRIORITY_MATRIX[tier][RESIDUAL[i - 1] as RiskTier],
        );
  });

  it("labels every level, most urgent first", () => {
    expect(PRIORITY_LABELS).toEqual({ 1: "Act now", 2: "Act soon", 3: "Plan", 4: "Monitor" });
  });

  it("an unassessed vendor the hospital cannot do without comes first", () => {
    const priority = priorityOf(inherent("critical", 90), overall("low", 20, "unassessed"));
    expect(priority).toMatchObject({
      level: 1,
      label: "Act now",
      residual: "unassessed",
      inherentTier: "critical",
    });
    expect(priority.explanation).toMatch(/has not been assessed enough/);
  });

  it("the rank orders by level, then residual score, then inherent score, as whole numbers", () => {
    const a = priorityOf(inherent("high", 60), overall("critical", 80));
    const b = priorityOf(inherent("high", 60), overall("high", 70));
    const c = priorityOf(inherent("high", 70), overall("high", 70));
    const d = priorityOf(inherent("low", 10), overall("low", 5));
    for (const p of [a, b, c, d]) expect(Number.isInteger(p.rank)).toBe(true);
    expect(a.rank).toBeGreaterThan(c.rank);
    expect(c.rank).toBeGreaterThan(b.rank);
    expect(b.rank).toBeGreaterThan(d.rank);
  });
});
