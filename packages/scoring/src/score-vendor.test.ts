import { describe, expect, it } from "vitest";
import { METHODOLOGY_VERSION, scoreVendor } from "./score-vendor";
import { AS_OF, buildEvidence, buildHolding, buildIncident, buildProfile } from "./testing/profile-builders";
import { goodEvidence } from "./testing/score-lookups";
import { SEED_PROFILES } from "./testing/seed-profiles";

describe("scoreVendor", () => {
  it("states the method version, the vendor and the day scored", () => {
    const score = scoreVendor(buildProfile(), {}, "2026-11-27T15:30:00Z");
    expect(score).toMatchObject({
      methodologyVersion: METHODOLOGY_VERSION,
      vendorId: "vendor-1",
      asOf: "2026-11-27",
    });
    expect(METHODOLOGY_VERSION).toBe("2026.2");
  });

  it("gives the same bytes whatever order two equally costly incidents arrive in", () => {
    // The group's points must not go to whichever incident happens to come first.
    const a = buildIncident({ id: "a" });
    const b = buildIncident({ id: "b" });
    expect(JSON.stringify(scoreVendor(buildProfile({ incidents: [b, a] }), {}, AS_OF))).toBe(
      JSON.stringify(scoreVendor(buildProfile({ incidents: [a, b] }), {}, AS_OF)),
    );
  });

  it("gives the same bytes for the same inputs, whatever order evidence arrives in", () => {
    for (const profile of SEED_PROFILES.values()) {
      const first = JSON.stringify(scoreVendor(profile, {}, AS_OF));
      expect(JSON.stringify(scoreVendor(structuredClone(profile), {}, AS_OF))).toBe(first);
      expect(
        JSON.stringify(scoreVendor({ ...profile, evidence: [...profile.evidence].reverse() }, {}, AS_OF)),
      ).toBe(first);
    }
  });

  it("refuses a day that is not an ISO date", () => {
    expect(() => scoreVendor(buildProfile(), {}, "27/11/2026")).toThrow(RangeError);
  });

  it("describes the past as it was: later evidence and incidents are ignored", () => {
    const profile = buildProfile({
      dataHoldings: [buildHolding()],
      incidents: [buildIncident()],
      evidence: [buildEvidence("mfa.remote_access", false, "2026-01-01")],
    });
    const before = scoreVendor(profile, {}, "2025-12-31");
    expect(before.dimensions.breachHistory.contributions.some((c) => c.source.kind === "incident")).toBe(
      false,
    );
    expect(
      before.dimensions.credentialHygiene.contributions.find((c) => c.factorId === "mfa.remote_access")
        ?.source.kind,
    ).toBe("missing");
  });

  it("a factor multiplier of 0 switches a factor off; negative ones count as 0", () => {
    const profile = buildProfile({ evidence: [buildEvidence("mfa.remote_access", false)] });
    for (const multiplier of [0, -3]) {
      const score = scoreVendor(profile, { factorMultipliers: { "mfa.remote_access": multiplier } }, AS_OF);
      expect(
        score.dimensions.credentialHygiene.contributions.find((c) => c.factorId === "mfa.remote_access")
          ?.points,
      ).toBe(0);
    }
    const doubled = scoreVendor(profile, { factorMultipliers: { "mfa.remote_access": 2 } }, AS_OF);
    expect(
      doubled.dimensions.credentialHygiene.contributions.find((c) => c.factorId === "mfa.remote_access")
        ?.points,
      // A multiplier scales the risk, which cannot pass the whole of the group's weight.
    ).toBe(34);
  });

  it("a longer freshness window keeps an old good answer at full value", () => {
    // Every other control good, so the old answer is the login group's costliest member.
    const profile = buildProfile({
      evidence: [
        ...goodEvidence("credentialHygiene").filter((e) => e.factor !== "mfa.remote_access"),
        buildEvidence("mfa.remote_access", true, "2025-06-01"),
      ],
    });
    const points = (days: number) =>
      scoreVendor(
        profile,
        { evidenceFreshnessDays: days },
        AS_OF,
      ).dimensions.credentialHygiene.contributions.find((c) => c.factorId === "mfa.remote_access")?.points;
    expect(points(730)).toBe(0);
    expect(points(365)).toBeGreaterThan(0);
  });
});
