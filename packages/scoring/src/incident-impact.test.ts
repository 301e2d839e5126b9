import { describe, expect, it } from "vitest";
import {
  consequenceShare,
  dataSensitivityShare,
  dwellShare,
  MAGNITUDE_BASE,
  magnitudeOf,
  magnitudeShare,
  multiplyShares,
  noticeShare,
  outageCurve,
  outageShare,
} from "./incident-impact";
import { buildIncident } from "./testing/profile-builders";

const increasing = (f: (x: number) => number, points: number[], maxStep: number) => {
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [f(points[i - 1] as number), f(points[i] as number)];
    expect(b).toBeGreaterThanOrEqual(a);
    expect(b - a).toBeLessThanOrEqual(maxStep);
  }
};
const days = Array.from({ length: 400 }, (_, i) => i);

describe("incident impact curves", () => {
  it("magnitude rises from a tenth at the smallest filing to one at the largest, without steps", () => {
    expect(magnitudeOf(500)).toBeCloseTo(MAGNITUDE_BASE, 3);
    expect(magnitudeOf(192_700_000)).toBe(1);
    increasing(
      magnitudeOf,
      Array.from({ length: 1001 }, (_, i) => 500 * 10 ** (i / 180)),
      0.01,
    );
  });

  it("above the 99th percentile size still separates breaches: 192.7 million weighs clearly more than 14.8 million", () => {
    expect(magnitudeOf(192_700_000) - magnitudeOf(14_782_887)).toBeGreaterThan(0.05);
    expect(magnitudeOf(6_215)).toBeLessThan(0.4);
  });

  it("more individuals never weigh less, and one more moves the magnitude by a sliver", () => {
    const at = (n: number) => magnitudeShare(buildIncident({ recordsAffected: n })).mid;
    increasing(
      at,
      [0, 1, 499, 500, 501, 1_000, 10_000, 100_000, 1_000_000, 14_800_000, 192_700_000, 500_000_000],
      0.6,
    );
    for (const n of [500, 10_000, 1_000_000, 100_000_000]) expect(at(n + 1) - at(n)).toBeLessThan(0.001);
  });

  it("a placeholder count is unknown size: the median in the middle, the smallest filing to the largest at the ends", () => {
    const share = magnitudeShare(buildIncident({ recordsAffected: 501, recordsIsPlaceholder: true }));
    expect(share).toMatchObject({ mid: magnitudeOf(6_215), high: 1, basis: "missing" });
    expect(share.low).toBeLessThan(share.mid);
  });

  it("outage harm rises with days: a day about 0.13, a week about 0.63, a month nearly all", () => {
    expect(outageCurve(0)).toBe(0);
    expect(outageCurve(1)).toBeCloseTo(0.133, 3);
    expect(outageCurve(7)).toBeCloseTo(0.632, 3);
    expect(outageCurve(30)).toBeGreaterThan(0.98);
    increasing(outageCurve, days, 0.14);
  });

  it("an outage of unknown length sits between a day and no end", () => {
    const share = outageShare(buildIncident({ serviceOutage: "yes", outageDays: null }));
    expect(share).toMatchObject({ mid: outageCurve(7), low: outageCurve(1), high: 1, basis: "missing" });
    expect(outageShare(buildIncident({ serviceOutage: "no" })).mid).toBe(0);
  });

  it("dwell costs nothing up to a week and all from 90 days, linear between", () => {
    expect(dwellShare(7).mid).toBe(0);
    expect(dwellShare(48.5).mid).toBeCloseTo(0.5, 10);
    expect(dwellShare(90).mid).toBe(1);
    expect(dwellShare(400).mid).toBe(1);
    increasing((d) => dwellShare(d).mid, days, 1 / 83 + 1e-12);
    expect(dwellShare(null).basis).toBe("missing");
  });

  it("notice delay costs nothing up to 10 days and all from 90; the HIPAA 60 days is 0.625", () => {
    expect(noticeShare(10).mid).toBe(0);
    expect(noticeShare(60).mid).toBeCloseTo(0.625, 10);
    expect(noticeShare(90).mid).toBe(1);
    increasing((d) => noticeShare(d).mid, days, 1 / 80 + 1e-12);
  });

  it("sensitivity runs from 0.6 for identifiers to 1 at three sensitive kinds", () => {
    expect(dataSensitivityShare(["name", "address"]).mid).toBeCloseTo(0.6, 10);
    expect(dataSensitivityShare(["ssn", "diagnosis", "medication"]).mid).toBe(1);
    expect(dataSensitivityShare([]).basis).toBe("missing");
  });

  it("the most serious consequence counts, not their sum", () => {
    const of = (...kinds: ("regulator_fine" | "settlement" | "lawsuit")[]) =>
      consequenceShare(buildIncident({ consequences: kinds.map((kind) => ({ kind, sourceId: null })) }));
    expect(of()).toBe(0);
    expect(of("lawsuit", "settlement")).toBe(of("settlement"));
    expect(of("regulator_fine", "settlement", "lawsuit")).toBe(1);
  });

  it("a product of shares multiplies each end and is a fact only when every part is", () => {
    const fact = { mid: 0.5, low: 0.5, high: 0.5, basis: "fact" } as const;
    const product = multiplyShares({ mid: 0.5, low: 0.2, high: 1, basis: "missing" }, fact, fact);
    expect(product).toEqual({ mid: 0.125, low: 0.05, high: 0.25, basis: "missing" });
    expect(multiplyShares(fact, fact, { mid: 1, low: 0.5, high: 1, basis: "unverified" }).basis).toBe(
      "unverified",
    );
    expect(multiplyShares(fact, fact, fact).basis).toBe("fact");
  });
});
