import { describe, expect, it } from "vitest";
import { scoreVendor } from "./score-vendor";
import { buildEvidence, buildHolding, buildProfile } from "./testing/profile-builders";
import { contributionsOf, goodEvidence } from "./testing/score-lookups";
import { SEED_AS_OF, seedProfile } from "./testing/seed-profiles";
import type { VendorRiskProfile } from "./types";
import { applyWhatIfChanges, whatIf } from "./what-if";
import { suggestWhatIfs } from "./what-if-suggestions";

const oracle = seedProfile("oracle-health");
const STAGING = "oracle-health:holding:0";
const ARCHIVE = "oracle-health:holding:1";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe("what-if", () => {
  it("with no change, after equals before and equals the plain score", () => {
    const result = whatIf(oracle, {}, SEED_AS_OF, []);
    const plain = JSON.stringify(scoreVendor(oracle, {}, SEED_AS_OF));
    expect(JSON.stringify(result.before)).toBe(plain);
    expect(JSON.stringify(result.after)).toBe(plain);
    expect(result.deltas).toEqual({
      legacyDataExposure: 0,
      credentialHygiene: 0,
      breachHistory: 0,
      overall: 0,
      inherent: 0,
    });
  });

  it("requiring MFA on customer logins removes that gap from credential hygiene", () => {
    const result = whatIf(oracle, {}, SEED_AS_OF, [
      { kind: "set_evidence", factor: "mfa.customer_logins", value: true },
    ]);
    expect(result.deltas.credentialHygiene).toBeLessThan(0);
    const answer = contributionsOf(result.after.dimensions.credentialHygiene, "mfa.customer_logins");
    expect(answer.map((c) => [c.points, c.basis])).toEqual([[0, "fact"]]);
  });

  it("destroying the legacy archive removes every contribution of that holding", () => {
    const result = whatIf(oracle, {}, SEED_AS_OF, [{ kind: "destroy_holding", holdingId: ARCHIVE }]);
    const left = result.after.dimensions.legacyDataExposure.contributions.filter(
      (c) => c.source.id === ARCHIVE,
    );
    expect(left).toEqual([]);
    expect(result.deltas.legacyDataExposure).toBeLessThan(0);
    expect(result.deltas.inherent).toBeLessThan(0);
  });

  it.each<[string, "complete_migration" | "encrypt_holding" | "isolate_holding", string]>([
    ["finishing the migration", "complete_migration", "holding.migration_incomplete"],
    ["encrypting the copy", "encrypt_holding", "holding.unencrypted"],
    ["cutting off hospital logins", "isolate_holding", "holding.reachable_with_customer_credentials"],
  ])("%s removes %s for that holding only", (_name, kind, factorId) => {
    const result = whatIf(oracle, {}, SEED_AS_OF, [{ kind, holdingId: STAGING }]);
    const legacy = result.after.dimensions.legacyDataExposure;
    expect(contributionsOf(legacy, factorId).filter((c) => c.source.id === STAGING)).toEqual([]);
    const archiveBefore = contributionsOf(result.before.dimensions.legacyDataExposure, factorId).filter(
      (c) => c.source.id === ARCHIVE,
    );
    expect(contributionsOf(legacy, factorId).filter((c) => c.source.id === ARCHIVE)).toHaveLength(
      archiveBefore.length,
    );
  });

  it("changes several things at once, in order, without touching the input", () => {
    const frozen = deepFreeze(structuredClone(oracle) as VendorRiskProfile);
    const changed = applyWhatIfChanges(frozen, SEED_AS_OF, [
      { kind: "set_evidence", factor: "mfa.customer_logins", value: true },
      { kind: "destroy_holding", holdingId: STAGING },
      { kind: "destroy_holding", holdingId: ARCHIVE },
    ]);
    expect(changed.evidence.filter((e) => e.factor === "mfa.customer_logins")).toEqual([
      {
        id: "what-if:mfa.customer_logins",
        factor: "mfa.customer_logins",
        value: true,
        observedOn: SEED_AS_OF,
        sourceUrl: null,
        assurance: "verified",
      },
    ]);
    expect(changed.dataHoldings.filter((h) => h.destroyedOn === SEED_AS_OF)).toHaveLength(2);
    expect(frozen).toEqual(oracle);
  });

  it("refuses a change that names a holding the vendor does not have", () => {
    expect(() => whatIf(oracle, {}, SEED_AS_OF, [{ kind: "encrypt_holding", holdingId: "nope" }])).toThrow(
      RangeError,
    );
  });

  it("suggests actions from the largest contributions, biggest overall effect first", () => {
    const suggestions = suggestWhatIfs(oracle, SEED_AS_OF);
    expect(suggestions.length).toBeGreaterThan(3);
    expect(suggestions.map((s) => s.label)).toContain("Require MFA on every customer login");
    const overall = suggestions.map((s) => s.deltas.overall);
    expect(overall).toEqual([...overall].sort((a, b) => a - b));
    for (const suggestion of suggestions) {
      expect(whatIf(oracle, {}, SEED_AS_OF, suggestion.changes).deltas).toEqual(suggestion.deltas);
      expect(
        Math.min(
          suggestion.deltas.legacyDataExposure,
          suggestion.deltas.credentialHygiene,
          suggestion.deltas.breachHistory,
        ),
      ).toBeLessThan(0);
    }
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
  });

  it("offers nothing to a vendor with nothing left to fix", () => {
    const clean = buildProfile({ dataHoldings: [buildHolding()], evidence: goodEvidence() });
    expect(suggestWhatIfs(clean, SEED_AS_OF)).toEqual([]);
  });

  it("set_record_count sizes a holding, and a larger copy never lowers legacy exposure", () => {
    const sized = (recordCount: number | null) =>
      whatIf(oracle, {}, SEED_AS_OF, [{ kind: "set_record_count", holdingId: ARCHIVE, recordCount }]).after;
    const changed = applyWhatIfChanges(oracle, SEED_AS_OF, [
      { kind: "set_record_count", holdingId: ARCHIVE, recordCount: 5 },
    ]);
    expect(changed.dataHoldings.find((h) => h.id === ARCHIVE)?.recordCount).toBe(5);
    expect(sized(5).dimensions.legacyDataExposure.score).toBeLessThanOrEqual(
      sized(5_000_000).dimensions.legacyDataExposure.score,
    );
    // An unknown size is charged at the assumed size and widens the range.
    const unknown = sized(null).dimensions.legacyDataExposure;
    expect(unknown.range.high - unknown.range.low).toBeGreaterThan(
      sized(96_500).dimensions.legacyDataExposure.range.high -
        sized(96_500).dimensions.legacyDataExposure.range.low,
    );
    expect(() =>
      whatIf(oracle, {}, SEED_AS_OF, [{ kind: "set_record_count", holdingId: ARCHIVE, recordCount: -1 }]),
    ).toThrow(RangeError);
    expect(() =>
      whatIf(oracle, {}, SEED_AS_OF, [{ kind: "set_record_count", holdingId: ARCHIVE, recordCount: 1.5 }]),
    ).toThrow(RangeError);
  });

  const INCIDENT = "oracle-health:incident:0";

  it("update_incident: a real count replaces the placeholder, and the size is then a fact", () => {
    const result = whatIf(oracle, {}, SEED_AS_OF, [
      { kind: "update_incident", incidentId: INCIDENT, recordsAffected: 6_000_000 },
    ]);
    const incident = applyWhatIfChanges(oracle, SEED_AS_OF, [
      { kind: "update_incident", incidentId: INCIDENT, recordsAffected: 6_000_000 },
    ]).incidents[0];
    expect(incident).toMatchObject({ recordsAffected: 6_000_000, recordsIsPlaceholder: false });
    const breach = result.after.dimensions.breachHistory;
    expect(contributionsOf(breach, "incident.data_taken")[0]?.basis).toBe("fact");
    expect(contributionsOf(breach, "incident.placeholder_count")).toEqual([]);
  });

  it("update_incident: learning there was no outage and no data taken lowers breach history", () => {
    const result = whatIf(oracle, {}, SEED_AS_OF, [
      { kind: "update_incident", incidentId: INCIDENT, dataTaken: "no", serviceOutage: "no" },
    ]);
    expect(result.deltas.breachHistory).toBeLessThan(0);
    const breach = result.after.dimensions.breachHistory;
    expect(contributionsOf(breach, "incident.data_taken")[0]?.points).toBe(0);
    expect(contributionsOf(breach, "incident.outage")[0]?.points).toBe(0);
  });

  it("update_incident leaves the fields it does not name as they are", () => {
    const [incident] = applyWhatIfChanges(oracle, SEED_AS_OF, [
      { kind: "update_incident", incidentId: INCIDENT, serviceOutage: "yes", outageDays: 3 },
    ]).incidents;
    expect(incident).toEqual({ ...oracle.incidents[0], serviceOutage: "yes", outageDays: 3 });
  });

  it("remove_incident sets an incident aside, and its reasons go with it", () => {
    const result = whatIf(oracle, {}, SEED_AS_OF, [{ kind: "remove_incident", incidentId: INCIDENT }]);
    expect(result.deltas.breachHistory).toBeLessThan(0);
    for (const id of ["legacyDataExposure", "credentialHygiene", "breachHistory"] as const)
      expect(result.after.dimensions[id].contributions.filter((c) => c.source.id === INCIDENT)).toEqual([]);
    expect(() => whatIf(oracle, {}, SEED_AS_OF, [{ kind: "remove_incident", incidentId: "nope" }])).toThrow(
      RangeError,
    );
  });

  it("a what-if at a later date scores both sides on that date, and its answers are observed then", () => {
    const later = "2027-06-01";
    const result = whatIf(oracle, {}, later, [
      { kind: "set_evidence", factor: "mfa.customer_logins", value: true },
    ]);
    expect(result.before).toEqual(scoreVendor(oracle, {}, later));
    expect(result.after.asOf).toBe(later);
    const answer = applyWhatIfChanges(oracle, later, [
      { kind: "set_evidence", factor: "mfa.customer_logins", value: true, assurance: "self_attested" },
    ]).evidence.find((e) => e.factor === "mfa.customer_logins");
    expect(answer).toMatchObject({ observedOn: later, assurance: "self_attested" });
  });
});

describe("suggested actions and the recorded facts they change", () => {
  it("finishing the migration migrates the holdings awaiting it, so the answer does not contradict the inventory", () => {
    const profile = buildProfile({
      dataHoldings: [
        buildHolding({ id: "old", environment: "legacy", migrationStatus: "stalled", recordCount: 200_000 }),
        buildHolding({ id: "prod" }),
      ],
      evidence: [buildEvidence("legacy.unmigrated_data", true)],
    });
    const suggestion = suggestWhatIfs(profile, SEED_AS_OF, {}, 20).find(
      (s) => s.id === "set_evidence:legacy.unmigrated_data",
    );
    expect(suggestion?.changes).toEqual([
      { kind: "set_evidence", factor: "legacy.unmigrated_data", value: false },
      { kind: "complete_migration", holdingId: "old" },
    ]);
    const after = scoreVendor(
      applyWhatIfChanges(profile, SEED_AS_OF, suggestion?.changes ?? []),
      {},
      SEED_AS_OF,
    );
    expect(after.dimensions.legacyDataExposure.contradictions).toEqual([]);
    expect(suggestion?.deltas.legacyDataExposure).toBeLessThan(-10);
  });
});
