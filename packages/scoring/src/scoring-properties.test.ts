import type { TriState } from "@ward/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVIDENCE_CATALOGUE, goodValueOf } from "./evidence-catalogue";
import { dayNumber } from "./plain-language";
import { scoreVendor } from "./score-vendor";
import { isoFromDay, profileArbitrary } from "./testing/profile-arbitraries";
import { AS_OF } from "./testing/profile-builders";
import { tierOf } from "./tiers";
import type {
  ScoringHolding,
  ScoringIncident,
  VendorRiskProfile,
  VendorRiskScore,
  WhatIfChange,
} from "./types";
import { DIMENSION_IDS } from "./types";
import { applyWhatIfChanges, whatIf } from "./what-if";

const RUNS = { numRuns: 300 };
const score = (profile: VendorRiskProfile) => scoreVendor(profile, {}, AS_OF);

/** Each dimension's score, the overall score and inherent risk, in one list. */
const scoresOf = (result: VendorRiskScore) => [
  ...DIMENSION_IDS.map((id) => result.dimensions[id].score),
  result.overall.score,
  result.inherent.score,
];
const noneHigher = (after: VendorRiskScore, before: VendorRiskScore) =>
  scoresOf(after).every((value, i) => value <= (scoresOf(before)[i] as number));

const withHolding = (profile: VendorRiskProfile, index: number, change: Partial<ScoringHolding>) => ({
  ...profile,
  dataHoldings: profile.dataHoldings.map((h, i) => (i === index ? { ...h, ...change } : h)),
});
const withIncident = (profile: VendorRiskProfile, index: number, change: Partial<ScoringIncident>) => ({
  ...profile,
  incidents: profile.incidents.map((h, i) => (i === index ? { ...h, ...change } : h)),
});

describe("properties of the scoring method", () => {
  it("every score stays within 0..100, every confidence within 0..1, and tiers match scores", () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const result = score(profile);
        for (const value of scoresOf(result)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        for (const id of DIMENSION_IDS) {
          const dimension = result.dimensions[id];
          expect(dimension.tier).toBe(tierOf(dimension.score));
          expect(dimension.confidence).toBeGreaterThanOrEqual(0);
          expect(dimension.confidence).toBeLessThanOrEqual(1);
          for (const c of dimension.contributions) expect(c.points).toBeGreaterThanOrEqual(0);
        }
        expect(result.overall.tier).toBe(tierOf(result.overall.score));
      }),
      RUNS,
    );
  });

  it("the same inputs give the same bytes", () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(JSON.stringify(score(structuredClone(profile)))).toBe(JSON.stringify(score(profile)));
      }),
      RUNS,
    );
  });

  it("adding a control never raises any score", () => {
    const controlChange = fc.oneof(
      fc
        .constantFrom(...EVIDENCE_CATALOGUE)
        .map((e): WhatIfChange => ({ kind: "set_evidence", factor: e.factor, value: goodValueOf(e) })),
      fc
        .record({
          kind: fc.constantFrom(
            "destroy_holding",
            "complete_migration",
            "encrypt_holding",
            "isolate_holding",
          ),
          index: fc.nat(3),
        })
        .map(({ kind, index }) => ({ kind, holdingId: `holding-${index}` }) as WhatIfChange),
    );
    fc.assert(
      fc.property(profileArbitrary, controlChange, (profile, change) => {
        if ("holdingId" in change && !profile.dataHoldings.some((h) => h.id === change.holdingId)) return;
        const { before, after } = whatIf(profile, {}, AS_OF, [change]);
        expect(noneHigher(after, before)).toBe(true);
      }),
      RUNS,
    );
  });

  it("more records never lower any score", () => {
    fc.assert(
      fc.property(
        profileArbitrary,
        fc.nat(3),
        fc.integer({ min: 1, max: 100_000_000 }),
        (profile, index, extra) => {
          const holding = profile.dataHoldings[index];
          if (holding?.recordCount != null) {
            const bigger = withHolding(profile, index, { recordCount: holding.recordCount + extra });
            expect(noneHigher(score(profile), score(bigger))).toBe(true);
          }
          const incident = profile.incidents[index];
          if (incident?.recordsAffected != null) {
            const bigger = withIncident(profile, index, {
              recordsAffected: incident.recordsAffected + extra,
            });
            expect(noneHigher(score(profile), score(bigger))).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it("an older incident never weighs more than the same incident newer", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.nat(2), fc.integer({ min: 1, max: 4000 }), (profile, index, days) => {
        const incident = profile.incidents[index];
        if (!incident) return;
        const older = withIncident(profile, index, {
          dates: incident.dates.map((d) => ({ ...d, date: isoFromDay(dayNumber(d.date) - days) })),
        });
        expect(noneHigher(score(older), score(profile))).toBe(true);
      }),
      RUNS,
    );
  });

  it("unknown never scores better than the best known answer, nor worse than the worst", () => {
    const between = (unknown: VendorRiskScore, a: VendorRiskScore, b: VendorRiskScore) =>
      scoresOf(unknown).every((value, i) => {
        const [x, y] = [scoresOf(a)[i] as number, scoresOf(b)[i] as number];
        return value >= Math.min(x, y) && value <= Math.max(x, y);
      });
    const triStateField = fc.constantFrom(
      { on: "holding", field: "encryptedAtRest" } as const,
      { on: "holding", field: "reachableWithCustomerCredentials" } as const,
      { on: "incident", field: "mfaAtEntry" } as const,
      { on: "incident", field: "legacySystemInvolved" } as const,
    );
    fc.assert(
      fc.property(profileArbitrary, triStateField, fc.nat(3), (profile, { on, field }, index) => {
        const set = (value: TriState) =>
          score(
            on === "holding"
              ? withHolding(profile, index, { [field]: value })
              : withIncident(profile, index, { [field]: value }),
          );
        expect(between(set("unknown"), set("yes"), set("no"))).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        profileArbitrary,
        fc.constantFrom(...EVIDENCE_CATALOGUE),
        fc.boolean(),
        (profile, entry, explicit) => {
          const set = (value: boolean | number | string | null) =>
            score(
              applyWhatIfChanges(
                { ...profile, evidence: profile.evidence.filter((e) => e.factor !== entry.factor) },
                AS_OF,
                value === null ? [] : [{ kind: "set_evidence", factor: entry.factor, value }],
              ),
            );
          const bad =
            entry.kind === "days" ? entry.badAtLeast : entry.kind === "boolean" ? !entry.goodValue : false;
          expect(between(set(explicit ? "unknown" : null), set(goodValueOf(entry)), set(bad))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("the what-if of an empty change list equals the plain score", () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const result = whatIf(profile, {}, AS_OF, []);
        const plain = JSON.stringify(score(profile));
        expect(JSON.stringify(result.before)).toBe(plain);
        expect(JSON.stringify(result.after)).toBe(plain);
        expect(Object.values(result.deltas).every((d) => d === 0)).toBe(true);
      }),
      RUNS,
    );
  });
});
