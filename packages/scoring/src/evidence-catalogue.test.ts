import { evidenceFactor } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { answerShare, UNKNOWN_SHARES } from "./assurance";
import { answerRisk, freshness } from "./evidence-answers";
import {
  catalogueEntry,
  catalogueFor,
  catalogueIndexOf,
  EVIDENCE_CATALOGUE,
  goodValueOf,
} from "./evidence-catalogue";
import { SEED_PROFILES } from "./testing/seed-profiles";

describe("evidence catalogue", () => {
  it("every key is unique and valid as a contract evidence factor", () => {
    const keys = EVIDENCE_CATALOGUE.map((e) => e.factor);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(evidenceFactor.safeParse(key).success).toBe(true);
  });

  it("finds each key at its position, and nothing for keys it does not score, inherited names included", () => {
    EVIDENCE_CATALOGUE.forEach((entry, index) => {
      expect(catalogueIndexOf(entry.factor)).toBe(index);
    });
    for (const key of [
      "continuity.backups_restorable",
      "constructor",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "",
    ]) {
      expect(catalogueIndexOf(key), key).toBeUndefined();
    }
  });

  it("every entry asks a question and explains each answer in one sentence", () => {
    for (const entry of EVIDENCE_CATALOGUE) {
      expect(entry.question, entry.factor).toMatch(/\?$/);
      for (const sentence of [entry.good, entry.bad, entry.unknown]) {
        expect(sentence, entry.factor).toMatch(/^[A-Z].*\.$/);
        expect(sentence.slice(0, -1), entry.factor).not.toMatch(/\.\s/);
      }
      expect(answerRisk(entry, goodValueOf(entry))).toBe(0);
    }
  });

  it("covers the three dimensions", () => {
    for (const id of ["credentialHygiene", "legacyDataExposure", "breachHistory"] as const)
      expect(catalogueFor(id).length, id).toBeGreaterThan(0);
  });

  it("scores the keys the seed content uses for these weaknesses", () => {
    const seeded = new Set([...SEED_PROFILES.values()].flatMap((p) => p.evidence.map((e) => e.factor)));
    for (const key of [
      "mfa.remote_access",
      "mfa.customer_logins",
      "credentials.shared_accounts",
      "legacy.unmigrated_data",
      "legacy.acquired_systems",
      "encryption.at_rest",
      "offboarding.data_destruction_certified",
      "notification.vendor_notifies_patients",
      "disclosure.attack_vector_disclosed",
    ]) {
      expect(seeded.has(key), key).toBe(true);
      expect(catalogueEntry(key), key).toBeDefined();
    }
  });

  it.each<[string, boolean | number | string, number | null]>([
    ["mfa.remote_access", true, 0],
    ["mfa.remote_access", false, 1],
    ["mfa.remote_access", 0.8, 0.2],
    ["mfa.remote_access", 40, 0.6],
    ["mfa.remote_access", 140, null],
    ["mfa.remote_access", "unknown", null],
    ["credentials.shared_accounts", "yes", 1],
    ["credentials.shared_accounts", 0, 0],
    ["sso.customer_users", "partial", 0.5],
    ["offboarding.access_revoked_days", 30, 1],
    ["offboarding.access_revoked_days", -1, null],
    ["offboarding.access_revoked_days", true, null],
    ["secrets.rotation_days", false, 1],
  ])("%s = %j reads as risk %s", (factor, value, risk) => {
    const entry = catalogueEntry(factor);
    if (!entry) throw new Error(factor);
    const result = answerRisk(entry, value);
    if (risk === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(risk, 10);
  });

  it("answers stay fresh for a year, then fade to nothing at three years", () => {
    expect(freshness(365, 365)).toBe(1);
    expect(freshness(730, 365)).toBe(0.5);
    expect(freshness(1095, 365)).toBe(0);
    // A fully aged good answer costs what no answer costs; a bad one stays bad; half-aged is half way.
    const unknown = UNKNOWN_SHARES.credentialHygiene;
    expect(answerShare(0, freshness(1095, 365), unknown).mid).toBe(unknown);
    expect(answerShare(1, freshness(1095, 365), unknown).mid).toBe(1);
    expect(answerShare(0, freshness(730, 365), unknown).mid).toBeCloseTo(unknown / 2, 10);
  });
});
