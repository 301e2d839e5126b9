import type { EvidenceAssurance, TriState } from "@ward/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVIDENCE_CATALOGUE, goodValueOf } from "./evidence-catalogue";
import { FACTOR_GROUP_LIST, FACTOR_GROUPS } from "./factor-groups";
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
/** The largest move of any score between two results. */
const largestMove = (a: VendorRiskScore, b: VendorRiskScore) =>
  Math.max(...scoresOf(a).map((value, i) => Math.abs(value - (scoresOf(b)[i] as number))));

const withHolding = (profile: VendorRiskProfile, index: number, change: Partial<ScoringHolding>) => ({
  ...profile,
  dataHoldings: profile.dataHoldings.map((h, i) => (i === index ? { ...h, ...change } : h)),
});
const withIncident = (profile: VendorRiskProfile, index: number, change: Partial<ScoringIncident>) => ({
  ...profile,
  incidents: profile.incidents.map((h, i) => (i === index ? { ...h, ...change } : h)),
});
const shiftDates = (incident: ScoringIncident, kind: string, days: number) =>
  incident.dates.map((d) => (d.kind === kind ? { ...d, date: isoFromDay(dayNumber(d.date) + days) } : d));

/** What a score says, without the reasons (which list each record, and so differ when records are split). */
const summaryOf = (result: VendorRiskScore) => ({
  dimensions: DIMENSION_IDS.map((id) => {
    const { score: s, tier, confidence, coverage, unknownPoints, range } = result.dimensions[id];
    return { s, tier, confidence, coverage, unknownPoints, range };
  }),
  overall: result.overall,
  inherent: [result.inherent.score, result.inherent.tier],
  priority: result.priority,
});

describe("properties of the scoring method", () => {
  it("every score stays within 0..100 and inside its range, every share within 0..1, and tiers match scores", () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const result = score(profile);
        for (const value of scoresOf(result)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        for (const part of [...DIMENSION_IDS.map((id) => result.dimensions[id]), result.overall]) {
          expect(part.tier).toBe(tierOf(part.score));
          expect(part.range.low).toBeLessThanOrEqual(part.score);
          expect(part.score).toBeLessThanOrEqual(part.range.high);
          for (const share of [part.confidence, part.coverage]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
        }
        for (const id of DIMENSION_IDS)
          for (const c of result.dimensions[id].contributions) expect(c.points).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("one fact never charges twice: per group, one reason carries the points, or holdings' parts share one charge", () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const result = score(profile);
        for (const id of DIMENSION_IDS) {
          const dimension = result.dimensions[id];
          let total = 0;
          for (const group of FACTOR_GROUP_LIST.filter((g) => g.dimension === id)) {
            const charged = dimension.contributions.filter((c) => c.group === group.id && c.points > 0);
            const sum = charged.reduce((s, c) => s + c.points, 0);
            if (charged.length > 1) {
              // Only a shared charge is split: the holdings of one exposure, or the unanswered facets of one
              // weakness, never a fact beside another fact.
              const shared =
                charged.every((c) => c.source.kind === "data_holding") ||
                charged.every(
                  (c) =>
                    c.basis === "missing" && (c.source.kind === "missing" || c.source.kind === "evidence"),
                );
              expect(shared).toBe(true);
            }
            expect(sum).toBeLessThanOrEqual(group.weight + 1e-9);
            total += sum;
          }
          expect(Math.round(total * 10) / 10).toBe(dimension.score);
        }
      }),
      RUNS,
    );
  });

  it("the same inputs give the same bytes, whatever the order of the lists", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.boolean(), (profile, reversed) => {
        const plain = JSON.stringify(score(profile));
        expect(JSON.stringify(score(structuredClone(profile)))).toBe(plain);
        const flip = <T>(list: readonly T[]) => (reversed ? [...list].reverse() : list);
        const reordered: VendorRiskProfile = {
          ...profile,
          products: flip(profile.products),
          dataHoldings: flip(profile.dataHoldings),
          incidents: flip(profile.incidents).map((i) => ({
            ...i,
            dates: flip(i.dates),
            consequences: flip(i.consequences),
          })),
          evidence: [...profile.evidence].reverse(),
        };
        expect(JSON.stringify(score(reordered))).toBe(plain);
      }),
      RUNS,
    );
  });

  it("splitting a holding into two with the same facts and the same records in total changes nothing", () => {
    fc.assert(
      fc.property(
        profileArbitrary,
        fc.nat(3),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (profile, index, cut) => {
          const holding = profile.dataHoldings[index];
          if (holding === undefined || holding.recordCount === null) return;
          const first = Math.floor(holding.recordCount * cut);
          const split: VendorRiskProfile = {
            ...profile,
            dataHoldings: [
              ...profile.dataHoldings.map((h, i) => (i === index ? { ...h, recordCount: first } : h)),
              { ...holding, id: `${holding.id}-split`, recordCount: holding.recordCount - first },
            ],
          };
          expect(summaryOf(score(split))).toEqual(summaryOf(score(profile)));
        },
      ),
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

  it("a later notice to customers and a longer outage never lower any score", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.nat(2), fc.integer({ min: 1, max: 400 }), (profile, index, days) => {
        const incident = profile.incidents[index];
        if (!incident) return;
        // The notice is not the incident's reference date when an earlier claim exists, so its age stays put.
        if (
          incident.dates.some((d) =>
            ["intrusion_start", "vendor_discovery", "intrusion_end"].includes(d.kind),
          )
        ) {
          const later = withIncident(profile, index, {
            dates: shiftDates(incident, "customer_notice", days),
          });
          if (later.incidents[index]?.dates.every((d) => dayNumber(d.date) <= dayNumber(AS_OF)))
            expect(noneHigher(score(profile), score(later))).toBe(true);
        }
        if (incident.outageDays !== null) {
          const longer = withIncident(profile, index, { outageDays: incident.outageDays + days });
          expect(noneHigher(score(profile), score(longer))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("a longer dwell, with the incident's date unchanged, never lowers any score", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.nat(2), fc.integer({ min: 1, max: 200 }), (profile, index, days) => {
        const incident = profile.incidents[index];
        if (!incident?.dates.some((d) => d.kind === "intrusion_start")) return;
        // Discovery later, with the intrusion start (the reference date) unchanged.
        const longer = withIncident(profile, index, {
          dates: shiftDates(incident, "vendor_discovery", days),
        });
        if (longer.incidents[index]?.dates.some((d) => dayNumber(d.date) > dayNumber(AS_OF))) return;
        expect(noneHigher(score(profile), score(longer))).toBe(true);
      }),
      RUNS,
    );
  });

  it("every curve is continuous: a day, a record or an individual more moves any score by little", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.nat(3), fc.constantFrom(-1, 1), (profile, index, step) => {
        const base = score(profile);
        const holding = profile.dataHoldings[index];
        if (holding?.recordCount != null && holding.recordCount + step >= 0) {
          const moved = withHolding(profile, index, { recordCount: holding.recordCount + step });
          expect(largestMove(base, score(moved))).toBeLessThanOrEqual(1);
        }
        const incident = profile.incidents[index];
        if (!incident) return;
        if (incident.recordsAffected != null && incident.recordsAffected + step >= 0) {
          const moved = withIncident(profile, index, { recordsAffected: incident.recordsAffected + step });
          expect(largestMove(base, score(moved))).toBeLessThanOrEqual(1);
        }
        // One day earlier for every date: only the incident's age, dwell and delay can move.
        const earlier = withIncident(profile, index, {
          dates: incident.dates.map((d) => ({ ...d, date: isoFromDay(dayNumber(d.date) - 1) })),
        });
        expect(largestMove(base, score(earlier))).toBeLessThanOrEqual(1);
        for (const kind of ["intrusion_start", "vendor_discovery", "customer_notice"]) {
          const moved = withIncident(profile, index, { dates: shiftDates(incident, kind, -1) });
          expect(largestMove(base, score(moved))).toBeLessThanOrEqual(1);
        }
        if (incident.outageDays !== null) {
          // The outage curve is steepest at day 0, where a day is 15 x (1 - e^(-1/7)) = 2 points.
          const moved = withIncident(profile, index, { outageDays: incident.outageDays + 1 });
          expect(largestMove(base, score(moved))).toBeLessThanOrEqual(2.1);
        }
      }),
      RUNS,
    );
  });

  it("a what-if at a later date ages the answers and incidents as a score on that date does", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.integer({ min: 1, max: 2000 }), (profile, days) => {
        const later = isoFromDay(dayNumber(AS_OF) + days);
        expect(JSON.stringify(whatIf(profile, {}, later, []).after)).toBe(
          JSON.stringify(scoreVendor(profile, {}, later)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("unknown never scores better than the best known answer, nor worse than the worst", () => {
    const between = (unknown: number[], a: number[], b: number[]) =>
      unknown.every((value, i) => {
        const [x, y] = [a[i] as number, b[i] as number];
        return value >= Math.min(x, y) && value <= Math.max(x, y);
      });
    const triStateField = fc.constantFrom(
      { on: "holding", field: "encryptedAtRest" } as const,
      { on: "holding", field: "reachableWithCustomerCredentials" } as const,
      { on: "incident", field: "mfaAtEntry" } as const,
      { on: "incident", field: "legacySystemInvolved" } as const,
      { on: "incident", field: "dataTaken" } as const,
      { on: "incident", field: "serviceOutage" } as const,
    );
    fc.assert(
      fc.property(profileArbitrary, triStateField, fc.nat(3), (profile, { on, field }, index) => {
        // An outage's length is recorded only for an outage that happened, so it is left unknown on all three sides.
        const set = (value: TriState) =>
          scoresOf(
            score(
              on === "holding"
                ? withHolding(profile, index, { [field]: value })
                : withIncident(profile, index, {
                    [field]: value,
                    ...(field === "serviceOutage" ? { outageDays: null } : {}),
                  }),
            ),
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
          // Per dimension, and per factor: the points of the factor's group in its dimension.
          const set = (value: boolean | number | string | null) => {
            const result = score(
              applyWhatIfChanges(
                { ...profile, evidence: profile.evidence.filter((e) => e.factor !== entry.factor) },
                AS_OF,
                value === null ? [] : [{ kind: "set_evidence", factor: entry.factor, value }],
              ),
            );
            const dimension = result.dimensions[entry.dimension];
            const group = FACTOR_GROUPS[entry.group].id;
            const groupPoints = dimension.contributions
              .filter((c) => c.group === group)
              .reduce((s, c) => s + c.points, 0);
            return [...scoresOf(result), Math.round(groupPoints * 10) / 10];
          };
          const bad =
            entry.kind === "days" ? entry.badAtLeast : entry.kind === "boolean" ? !entry.goodValue : false;
          expect(between(set(explicit ? "unknown" : null), set(goodValueOf(entry)), set(bad))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("a verified answer lowers risk at least as much as a documented one, and that at least as much as the vendor's word", () => {
    const ORDER: EvidenceAssurance[] = ["verified", "documented", "self_attested"];
    fc.assert(
      fc.property(profileArbitrary, fc.constantFrom(...EVIDENCE_CATALOGUE), (profile, entry) => {
        const scored = ORDER.map((assurance) =>
          score(
            applyWhatIfChanges(profile, AS_OF, [
              { kind: "set_evidence", factor: entry.factor, value: goodValueOf(entry), assurance },
            ]),
          ),
        );
        expect(noneHigher(scored[0] as VendorRiskScore, scored[1] as VendorRiskScore)).toBe(true);
        expect(noneHigher(scored[1] as VendorRiskScore, scored[2] as VendorRiskScore)).toBe(true);
      }),
      RUNS,
    );
  });

  it("a good answer that contradicts a recorded holding or incident never lowers any score", () => {
    const contradiction = fc.constantFrom(
      {
        factor: "legacy.unmigrated_data",
        holding: { migrationStatus: "stalled" } as Partial<ScoringHolding>,
      },
      { factor: "encryption.at_rest", holding: { encryptedAtRest: "no" } as Partial<ScoringHolding> },
      { factor: "mfa.remote_access", incident: true },
      { factor: "mfa.customer_logins", incident: true },
      { factor: "mfa.support_staff", incident: true },
    );
    fc.assert(
      fc.property(
        profileArbitrary,
        contradiction,
        fc.constantFrom<EvidenceAssurance>("self_attested", "documented", "verified", "public_record"),
        (profile, c, assurance) => {
          const entry = EVIDENCE_CATALOGUE.find((e) => e.factor === c.factor);
          if (!entry) throw new Error(`No catalogue entry ${c.factor}`);
          let base: VendorRiskProfile = {
            ...profile,
            evidence: profile.evidence.filter((e) => e.factor !== c.factor),
          };
          let answeredOn = AS_OF;
          if ("holding" in c) {
            if (base.dataHoldings.length === 0) return;
            base = withHolding(base, 0, { ...c.holding, destroyedOn: null });
          } else {
            if (base.incidents.length === 0) return;
            // A takeover without MFA on the answer's day, the answer given the day before.
            base = withIncident(base, 0, {
              entryRoute: "stolen_credentials",
              mfaAtEntry: "no",
              dates: [{ kind: "intrusion_start", date: AS_OF, sourceId: null }],
            });
            answeredOn = isoFromDay(dayNumber(AS_OF) - 1);
          }
          const answered: VendorRiskProfile = {
            ...base,
            evidence: [
              ...base.evidence,
              {
                id: "contradicting",
                factor: c.factor,
                value: goodValueOf(entry),
                observedOn: answeredOn,
                sourceUrl: null,
                assurance,
              },
            ],
          };
          const result = score(answered);
          expect(noneHigher(score(base), result)).toBe(true);
          expect(result.dimensions[entry.dimension].contradictions.map((x) => x.evidenceId)).toContain(
            "contradicting",
          );
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
