import { describe, expect, it } from "vitest";
import {
  type Condition,
  condition,
  exposureCurve,
  FULL_EXPOSURE_RECORDS,
  gapCondition,
  isProvenDestroyed,
  migrationShare,
  PRESENT,
  sensitivityWeight,
  sharedExposure,
  UNKNOWN_RECORDS,
} from "./holding-exposure";
import { dayNumber } from "./plain-language";
import { AS_OF, buildHolding } from "./testing/profile-builders";
import type { ScoringHolding } from "./types";

/** A holding under a condition, as the legacy dimension hands it to `sharedExposure`. */
const part = (holding: ScoringHolding, condition: Condition) => ({
  part: { holding, condition, sensitivity: sensitivityWeight(holding.phiCategories) },
});

describe("holding exposure", () => {
  it("the curve is continuous and increasing, full at a million records", () => {
    expect(exposureCurve(0)).toBe(0);
    expect(exposureCurve(FULL_EXPOSURE_RECORDS)).toBeCloseTo(1, 5);
    expect(exposureCurve(10 * FULL_EXPOSURE_RECORDS)).toBe(1);
    let previous = -1;
    for (let records = 0; records < 2_000_000; records = records * 2 + 1) {
      const value = exposureCurve(records);
      expect(value).toBeGreaterThanOrEqual(previous);
      expect(exposureCurve(records + 1) - value).toBeLessThan(0.06);
      previous = value;
    }
  });

  it("sensitivity runs from half for identifiers alone to full at three sensitive kinds; unknown sits between", () => {
    expect(sensitivityWeight(["name", "address"])).toBe(0.5);
    expect(sensitivityWeight(["name", "ssn", "diagnosis", "medication"])).toBe(1);
    expect(sensitivityWeight([])).toBeGreaterThan(0.5);
    expect(sensitivityWeight([])).toBeLessThan(1);
  });

  it("a stalled migration counts more than one not started, then in progress, then planned; a finished one nothing", () => {
    const order = ["stalled", "not_started", "in_progress", "planned", "completed"] as const;
    for (let i = 1; i < order.length; i++)
      expect(migrationShare(order[i] as (typeof order)[number])).toBeLessThan(
        migrationShare(order[i - 1] as (typeof order)[number]),
      );
    expect(migrationShare("not_applicable")).toBe(0);
  });

  it("only documented or verified destruction on or before the day counts", () => {
    const day = dayNumber(AS_OF);
    const destroyed = (over: Parameters<typeof buildHolding>[0]) =>
      isProvenDestroyed(buildHolding({ destroyedOn: "2026-01-01", ...over }), day);
    expect(destroyed({ destructionAssurance: "documented" })).toBe(true);
    expect(destroyed({ destructionAssurance: "verified" })).toBe(true);
    expect(destroyed({ destructionAssurance: "self_attested" })).toBe(false);
    expect(destroyed({ destructionAssurance: null })).toBe(false);
    expect(destroyed({ destructionAssurance: "verified", destroyedOn: "2027-01-01" })).toBe(false);
  });

  it("records split across two holdings score exactly as one holding that has them all", () => {
    const one = sharedExposure([part(buildHolding({ recordCount: 300_000 }), PRESENT)]);
    const two = sharedExposure([
      part(buildHolding({ id: "a", recordCount: 100_000 }), PRESENT),
      part(buildHolding({ id: "b", recordCount: 200_000 }), PRESENT),
    ]);
    expect(two.share).toEqual(one.share);
    expect(two.weights[1]).toBe(2 * (two.weights[0] as number));
  });

  it("the share is records times sensitivity times the condition, through the curve", () => {
    const { share } = sharedExposure([
      part(buildHolding({ recordCount: 10_000, phiCategories: ["name"] }), condition(0.5)),
    ]);
    expect(share.mid).toBeCloseTo(exposureCurve(10_000 * 0.5 * 0.5), 10);
    expect(share.basis).toBe("fact");
  });

  it("an unknown size takes the assumed size in the middle and runs from nothing to a million at the ends", () => {
    const { share } = sharedExposure([part(buildHolding({ recordCount: null }), PRESENT)]);
    expect(share.mid).toBeCloseTo(exposureCurve(UNKNOWN_RECORDS), 10);
    expect(share.low).toBe(0);
    expect(share.high).toBeCloseTo(1, 5);
    expect(share.basis).toBe("missing");
  });

  it("an unknown condition widens the range to both ends", () => {
    const { share } = sharedExposure([part(buildHolding(), gapCondition("unknown", 0.45))]);
    expect(share.low).toBe(0);
    expect(share.high).toBeCloseTo(exposureCurve(1_000_000), 10);
    expect(share.mid).toBeCloseTo(exposureCurve(1_000_000 * 0.45), 10);
    expect(share.basis).toBe("missing");
  });
});
