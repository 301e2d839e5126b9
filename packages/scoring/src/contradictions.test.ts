import { describe, expect, it } from "vitest";
import { scoreVendor } from "./score-vendor";
import {
  AS_OF,
  buildEvidence,
  buildHolding,
  buildIncident,
  buildProfile,
  claim,
} from "./testing/profile-builders";
import { contributionOf } from "./testing/score-lookups";
import type { VendorRiskProfile } from "./types";

const score = (profile: VendorRiskProfile) => scoreVendor(profile, {}, AS_OF);
const ARCHIVE = buildHolding({ id: "archive", system: "Old archive", environment: "archive" });

describe("answers that contradict a recorded fact", () => {
  it("'no unmigrated data' against a holding awaiting migration: reported, and the holding counts", () => {
    const holding = { ...ARCHIVE, migrationStatus: "stalled" as const };
    const without = score(buildProfile({ dataHoldings: [holding] }));
    const result = score(
      buildProfile({ dataHoldings: [holding], evidence: [buildEvidence("legacy.unmigrated_data", false)] }),
    );
    const legacy = result.dimensions.legacyDataExposure;
    expect(legacy.contradictions).toEqual([
      expect.objectContaining({
        factorId: "legacy.unmigrated_data",
        evidenceId: "evidence:legacy.unmigrated_data:2026-11-27",
        record: { kind: "data_holding", id: "archive", url: null },
      }),
    ]);
    expect(legacy.contradictions[0]?.explanation).toMatch(
      /but the hospital's inventory records Old archive as awaiting migration; the recorded fact counts until an analyst resolves the contradiction\.$/,
    );
    expect(contributionOf(legacy, "legacy.unmigrated_data").basis).toBe("missing");
    expect(legacy.score).toBeGreaterThanOrEqual(without.dimensions.legacyDataExposure.score);
  });

  it("'encrypted at rest' against a holding recorded as unencrypted", () => {
    const holding = { ...ARCHIVE, encryptedAtRest: "no" as const };
    const without = score(buildProfile({ dataHoldings: [holding] }));
    const result = score(
      buildProfile({ dataHoldings: [holding], evidence: [buildEvidence("encryption.at_rest", true)] }),
    );
    const legacy = result.dimensions.legacyDataExposure;
    expect(legacy.contradictions.map((c) => [c.factorId, c.record.id])).toEqual([
      ["encryption.at_rest", "archive"],
    ]);
    expect(legacy.contradictions[0]?.explanation).toMatch(/records Old archive as not encrypted at rest/);
    expect(legacy.score).toBeGreaterThanOrEqual(without.dimensions.legacyDataExposure.score);
  });

  it("an answer consistent with the inventory is no contradiction", () => {
    const result = score(
      buildProfile({ dataHoldings: [ARCHIVE], evidence: [buildEvidence("encryption.at_rest", true)] }),
    );
    expect(result.dimensions.legacyDataExposure.contradictions).toEqual([]);
  });

  const takeover = buildIncident({
    id: "takeover",
    entryRoute: "stolen_credentials",
    mfaAtEntry: "no",
    dates: [claim("intrusion_start", "2026-03-01")],
  });

  it.each(["mfa.remote_access", "mfa.customer_logins", "mfa.support_staff"])(
    "%s answered before a takeover without MFA is contradicted by it",
    (factor) => {
      const before = buildEvidence(factor, true, "2026-01-15");
      const result = score(buildProfile({ incidents: [takeover], evidence: [before] }));
      const credentials = result.dimensions.credentialHygiene;
      expect(credentials.contradictions).toEqual([
        expect.objectContaining({
          factorId: factor,
          evidenceId: before.id,
          record: expect.objectContaining({ kind: "incident", id: "takeover" }),
        }),
      ]);
      expect(credentials.contradictions[0]?.explanation).toMatch(
        /attackers got in through a login without multifactor authentication in Mar 2026/,
      );
      const unanswered = score(buildProfile({ incidents: [takeover] }));
      expect(credentials.score).toBeGreaterThanOrEqual(unanswered.dimensions.credentialHygiene.score);
    },
  );

  it("an MFA answer given after the takeover may describe the fix, and is no contradiction", () => {
    const after = buildEvidence("mfa.remote_access", true, "2026-06-01");
    const result = score(buildProfile({ incidents: [takeover], evidence: [after] }));
    expect(result.dimensions.credentialHygiene.contradictions).toEqual([]);
  });

  it("a takeover despite MFA contradicts nothing", () => {
    const withMfa = { ...takeover, mfaAtEntry: "yes" as const };
    const result = score(
      buildProfile({
        incidents: [withMfa],
        evidence: [buildEvidence("mfa.remote_access", true, "2026-01-15")],
      }),
    );
    expect(result.dimensions.credentialHygiene.contradictions).toEqual([]);
  });
});
