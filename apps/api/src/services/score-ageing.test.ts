import { scoreVendor, type VendorRiskScore } from "@ward/scoring";
import { describe, expect, it } from "vitest";
import { figuresChanged } from "./score-ageing";

const score = scoreVendor(
  {
    vendor: { id: "v", name: "Ageing Vendor", criticality: "high", relationshipStatus: "active" },
    products: [],
    dataHoldings: [],
    incidents: [],
    evidence: [],
  } as unknown as Parameters<typeof scoreVendor>[0],
  {},
  "2026-01-15",
);
const stored = (result: VendorRiskScore) => ({ overallScore: Math.round(result.overall.score), result });

describe("whether daily ageing stores a snapshot", () => {
  it("stores nothing when no figure a board sees moved", () => {
    expect(figuresChanged(stored(score), structuredClone(score))).toBe(false);
  });

  it("stores one when the vendor moves between assessed and Unassessed, which the portfolio filters by", () => {
    const next = structuredClone(score);
    next.overall.state = score.overall.state === "assessed" ? "unassessed" : "assessed";
    expect(figuresChanged(stored(score), next)).toBe(true);
  });

  it("stores one when the priority level changes, which the portfolio orders by", () => {
    const next = structuredClone(score);
    next.priority.level = next.priority.level === 1 ? 2 : 1;
    expect(figuresChanged(stored(score), next)).toBe(true);
  });
});
