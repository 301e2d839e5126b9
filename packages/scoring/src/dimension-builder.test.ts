import { describe, expect, it } from "vitest";
import { factShare, unknownShare } from "./assurance";
import { DimensionBuilder } from "./dimension-builder";
import { FACTOR_GROUPS } from "./factor-groups";
import { createContext, resolveSettings } from "./scoring-context";
import { AS_OF, buildProfile } from "./testing/profile-builders";
import type { ContributionSource, ScoringSettings } from "./types";

const SOURCE: ContributionSource = { kind: "missing", id: null, url: null };
const builder = (settings: ScoringSettings = {}) =>
  new DimensionBuilder(
    createContext(buildProfile(), resolveSettings(settings), AS_OF),
    "breachHistory",
    "Breach history",
  );
const part = (factorId: string, weight: number) => ({
  contribution: {
    factorId,
    label: factorId,
    points: 0,
    source: { kind: "data_holding" as const, id: factorId, url: null },
    explanation: `${factorId}.`,
    question: null,
    group: FACTOR_GROUPS.dataTaken.id,
    basis: "fact" as const,
  },
  weight,
});

describe("dimension builder", () => {
  it("a group charges its weight times its costliest member's risk, once; the others show 0", () => {
    const b = builder();
    b.add(FACTOR_GROUPS.dataTaken, "a", "A", factShare(0.4), SOURCE, "A.", null);
    b.add(FACTOR_GROUPS.dataTaken, "b", "B", factShare(0.8), SOURCE, "B.", null);
    b.add(FACTOR_GROUPS.outage, "c", "C", factShare(1), SOURCE, "C.", null);
    const dimension = b.build();
    expect(dimension.score).toBe(35 * 0.8 + 15);
    expect(dimension.contributions.map((c) => [c.factorId, c.points, c.group])).toEqual([
      ["b", 28, "breach.data_taken"],
      ["c", 15, "breach.outage"],
      ["a", 0, "breach.data_taken"],
    ]);
  });

  it("the range sums each group's lowest and highest risk; confidence is one minus its width", () => {
    const b = builder();
    b.add(FACTOR_GROUPS.dataTaken, "a", "A", unknownShare(0.5), SOURCE, "A.", null);
    b.add(FACTOR_GROUPS.dataTaken, "b", "B", factShare(0.2), SOURCE, "B.", null);
    const dimension = b.build();
    expect(dimension.score).toBe(17.5);
    expect(dimension.range).toEqual({ low: 7, high: 35 });
    expect(dimension.confidence).toBe(0.72);
    expect(dimension.unknownPoints).toBe(10.5);
  });

  it("coverage is the weight on which any fact stands; groups nobody measured count as covered at nothing", () => {
    const b = builder();
    b.add(FACTOR_GROUPS.dataTaken, "a", "A", unknownShare(0.5), SOURCE, "A.", null);
    b.add(FACTOR_GROUPS.outage, "b", "B", factShare(0.5), SOURCE, "B.", null);
    // 35 uncovered; 15 covered; the other 50 of the weight have no member and nothing that could be missing.
    expect(b.build().coverage).toBe(0.65);
  });

  it("facts that may exist unrecorded cost nothing but widen the range and lower coverage until checked", () => {
    const open = builder();
    open.allowUnrecorded(FACTOR_GROUPS.regulatory, 1, false);
    expect(open.build()).toMatchObject({ score: 0, range: { low: 0, high: 5 }, coverage: 0.95 });
    const checked = builder();
    checked.allowUnrecorded(FACTOR_GROUPS.regulatory, 0, true);
    expect(checked.build()).toMatchObject({ score: 0, range: { low: 0, high: 0 }, coverage: 1 });
  });

  it("a shared charge is split across the records by weight, and the parts sum to the group's charge", () => {
    const b = builder();
    b.addShared(FACTOR_GROUPS.dataTaken, factShare(1), 1, [part("x", 1), part("y", 1), part("z", 1)]);
    const dimension = b.build();
    const points = dimension.contributions.map((c) => c.points);
    expect(points.reduce((s, p) => s + p, 0)).toBeCloseTo(35, 10);
    expect(dimension.score).toBe(35);
  });

  it("an organization's multiplier scales a factor's risk, and 0 switches it off", () => {
    const b = builder({ factorMultipliers: { a: 0.5, b: 0 } });
    b.add(FACTOR_GROUPS.dataTaken, "a", "A", factShare(1), SOURCE, "A.", null);
    b.add(FACTOR_GROUPS.outage, "b", "B", factShare(1), SOURCE, "B.", null);
    expect(b.build().score).toBe(17.5);
  });

  it("refuses a group of another dimension", () => {
    expect(() => builder().add(FACTOR_GROUPS.secrets, "a", "A", factShare(1), SOURCE, "A.", null)).toThrow(
      /not part of breachHistory/,
    );
  });
});
