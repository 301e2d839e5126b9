import { describe, expect, it } from "vitest";
import { scoreVendor } from "./score-vendor";
import { contributionOf, goodEvidence } from "./testing/score-lookups";
import { SEED_AS_OF, seedProfile } from "./testing/seed-profiles";
import type { RiskTier, VendorRiskProfile } from "./types";

const score = (profile: VendorRiskProfile) => scoreVendor(profile, {}, SEED_AS_OF);
const HIGH_OR_CRITICAL: RiskTier[] = ["high", "critical"];

// The profiles are read from @ward/db's seed content: public incident facts plus made-up demo holdings.
describe(`seeded public facts, scored on ${SEED_AS_OF}`, () => {
  it.each(["oracle-health", "change-healthcare"])("%s is High or Critical on breach history", (key) => {
    expect(HIGH_OR_CRITICAL).toContain(score(seedProfile(key)).dimensions.breachHistory.tier);
  });

  it.each(["change-healthcare", "nextgen-healthcare"])(
    "%s is High or Critical on credential hygiene",
    (key) => {
      expect(HIGH_OR_CRITICAL).toContain(score(seedProfile(key)).dimensions.credentialHygiene.tier);
    },
  );

  it.each(["epic-systems", "meditech"])(
    "%s with no incident and full evidence of good practice is Low overall",
    (key) => {
      const profile = seedProfile(key);
      const result = score({ ...profile, evidence: [...profile.evidence, ...goodEvidence()] });
      expect(result.overall.tier).toBe("low");
      expect(result.dimensions.breachHistory.score).toBe(0);
      expect(result.dimensions.credentialHygiene.score).toBe(0);
    },
  );

  it("Oracle Health 2025: the scores pinned to the seed content", () => {
    const oracle = score(seedProfile("oracle-health"));
    expect({
      inherent: [oracle.inherent.score, oracle.inherent.tier, oracle.inherent.reassessmentMonths],
      legacy: [oracle.dimensions.legacyDataExposure.score, oracle.dimensions.legacyDataExposure.tier],
      credentials: [oracle.dimensions.credentialHygiene.score, oracle.dimensions.credentialHygiene.tier],
      breach: [oracle.dimensions.breachHistory.score, oracle.dimensions.breachHistory.tier],
      overall: [oracle.overall.score, oracle.overall.tier],
    }).toEqual({
      inherent: [91.2, "critical", 6],
      legacy: [100, "critical"],
      credentials: [98.4, "critical"],
      breach: [69.5, "high"],
      overall: [96.8, "critical"],
    });
  });

  it("Oracle Health 2025: the explanations a board member reads", () => {
    const { dimensions } = score(seedProfile("oracle-health"));
    expect(contributionOf(dimensions.breachHistory, "incident.dwell_time").explanation).toBe(
      "Sources disagree on when the vendor discovered the intrusion; Ward uses the later date, 7 Mar 2025, so attackers were inside for 44 days.",
    );
    expect(contributionOf(dimensions.breachHistory, "incident.records").explanation).toBe(
      "The Jan 2025 incident was filed with a placeholder count of 501, so Ward counts it as at least a million records until the real figure is known.",
    );
    expect(contributionOf(dimensions.breachHistory, "notification.vendor_notifies_patients")).toMatchObject({
      points: 8,
      source: {
        kind: "evidence",
        url: "https://www.bleepingcomputer.com/news/security/oracle-health-breach-compromises-patient-data-at-us-hospitals/",
      },
    });
    expect(contributionOf(dimensions.credentialHygiene, "incident.credential_attack").explanation).toBe(
      "Attackers got into Oracle Health with stolen credentials in Jan 2025, and nobody has said whether that entry point had multifactor authentication.",
    );
  });

  it("Change Healthcare 2024: no MFA at the Citrix portal counts, though the later fix is on record", () => {
    const { dimensions } = score(seedProfile("change-healthcare"));
    expect(contributionOf(dimensions.credentialHygiene, "incident.credential_attack").explanation).toMatch(
      /without multifactor authentication/,
    );
    // The CEO's May 2024 statement is the answer in force, but it is over two years old and counts for less.
    expect(contributionOf(dimensions.credentialHygiene, "mfa.remote_access").explanation).toMatch(
      /as last confirmed on 1 May 2024/,
    );
  });

  it("Medical Informatics Engineering 2015: a severe, old breach is not forgotten", () => {
    const breach = score(seedProfile("medical-informatics-engineering")).dimensions.breachHistory;
    expect(breach.tier).not.toBe("low");
    expect(contributionOf(breach, "incident.occurred").explanation).toMatch(/counts at 35% of full weight/);
  });

  it("Perry Johnson & Associates: a former vendor still holding files past retention", () => {
    const legacy = score(seedProfile("perry-johnson-associates")).dimensions.legacyDataExposure;
    expect(HIGH_OR_CRITICAL).toContain(legacy.tier);
    expect(contributionOf(legacy, "holding.held_by_former_vendor").explanation).toBe(
      "Perry Johnson & Associates is a former vendor but still holds 57,800 patient records in Transcription file store.",
    );
    expect(contributionOf(legacy, "offboarding.data_destruction_certified").points).toBe(8);
  });
});
