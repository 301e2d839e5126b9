import { describe, expect, it } from "vitest";
import { scoreVendor } from "./score-vendor";
import { buildHolding, buildProfile } from "./testing/profile-builders";
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
    expect(result.deltas.credentialHygiene).toBe(-14);
    expect(result.deltas.legacyDataExposure).toBe(0);
  });

  it("destroying the legacy archive removes every contribution of that holding", () => {
    const result = whatIf(oracle, {}, SEED_AS_OF, [{ kind: "destroy_holding", holdingId: ARCHIVE }]);
    const left = result.after.dimensions.legacyDataExposure.contributions.filter(
      (c) => c.source.id === ARCHIVE,
    );
    expect(left).toEqual([]);
    expect(result.deltas.legacyDataExposure).toBeLessThan(-20);
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
    expect(contributionsOf(legacy, factorId).filter((c) => c.source.id === ARCHIVE)).toHaveLength(1);
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
    expect(suggestions[0]?.label).toBe("Destroy Legacy Cerner archive (pre-2019 encounters) and certify it");
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
});
