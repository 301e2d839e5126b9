import { describe, expect, it } from "vitest";
import { credentialIncidentWeight } from "./credential-hygiene";
import { answerRisk } from "./evidence-answers";
import { type CatalogueEntry, catalogueEntry, catalogueFor, EVIDENCE_CATALOGUE } from "./evidence-catalogue";
import { FACTOR_GROUPS } from "./factor-groups";
import { scoreVendor } from "./score-vendor";
import { AS_OF, buildEvidence, buildIncident, buildProfile, claim } from "./testing/profile-builders";
import { contributionOf, goodEvidence, pointsByFactor } from "./testing/score-lookups";
import type { ScoringEvidence, VendorRiskProfile } from "./types";

const credentialsOf = (profile: VendorRiskProfile) =>
  scoreVendor(profile, {}, AS_OF).dimensions.credentialHygiene;

/** Every credential control good, then `rows` on top; later rows for the same key replace the good one. */
function withAnswers(...rows: ScoringEvidence[]): VendorRiskProfile {
  const keys = new Set(rows.map((r) => r.factor));
  return buildProfile({
    evidence: [...goodEvidence("credentialHygiene").filter((r) => !keys.has(r.factor)), ...rows],
  });
}

/** The weight of the group a catalogue key belongs to: what its worst answer costs. */
const weightOf = (factor: string) => FACTOR_GROUPS[(catalogueEntry(factor) as CatalogueEntry).group].weight;
/** How many questions ask about the same weakness as `factor`. */
const facetsOf = (factor: string) => {
  const group = (catalogueEntry(factor) as CatalogueEntry).group;
  return EVIDENCE_CATALOGUE.filter((e) => e.group === group).length;
};
const round = (value: number) => Math.round(value * 10) / 10;

describe("credential hygiene, factor by factor", () => {
  it("a vendor with every control in place scores 0 with full confidence", () => {
    const score = credentialsOf(withAnswers());
    expect(score).toMatchObject({ score: 0, tier: "low", confidence: 1 });
    expect(score.contributions).toHaveLength(catalogueFor("credentialHygiene").length);
  });

  it("a vendor about whom nothing is known costs half of every group, High, with confidence 0", () => {
    const score = credentialsOf(buildProfile());
    expect(score).toMatchObject({
      score: 50,
      tier: "high",
      confidence: 0,
      coverage: 0,
      range: { low: 0, high: 100 },
    });
    expect(score.contributions.every((c) => c.source.kind === "missing" && c.question !== null)).toBe(true);
  });

  it.each(catalogueFor("credentialHygiene").map((e) => [e.factor, weightOf(e.factor)] as const))(
    "%s: a bad answer costs its group's %d points; missing among good answers, half of its part of them",
    (factor, points) => {
      const entry = EVIDENCE_CATALOGUE.find((e) => e.factor === factor);
      if (!entry) throw new Error(factor);
      const bad =
        entry.kind === "days" ? entry.badAtLeast : entry.kind === "boolean" ? !entry.goodValue : false;
      expect(pointsByFactor(credentialsOf(withAnswers(buildEvidence(factor, bad))))).toEqual({
        [factor]: points,
      });
      const missing = buildProfile({
        evidence: goodEvidence("credentialHygiene").filter((r) => r.factor !== factor),
      });
      const item = contributionOf(credentialsOf(missing), factor);
      // The unanswered facets of a weakness cost the unknown share times their part of its questions.
      expect(item.points).toBe(round((points * 0.5) / facetsOf(factor)));
      expect(item.basis).toBe("missing");
      expect(item.question).toBe(entry.question);
      expect(item.explanation).toBe(entry.unknown);
    },
  );

  // The share of the group's weight each answer costs.
  it.each<[string, ScoringEvidence, number]>([
    ["MFA on half the remote-access routes", buildEvidence("mfa.remote_access", 0.5), 0.5],
    ["MFA on 75% of customer logins, as a percentage", buildEvidence("mfa.customer_logins", 75), 0.25],
    ["MFA described as partial", buildEvidence("mfa.admin", "partial"), 0.5],
    ['"yes" reads as true', buildEvidence("mfa.workforce", "yes"), 0],
    ['"No" reads as false', buildEvidence("mfa.workforce", "No"), 1],
    ["shared accounts present", buildEvidence("credentials.shared_accounts", true), 1],
    ["shared accounts absent", buildEvidence("credentials.shared_accounts", false), 0],
    ["leavers cut off the same day", buildEvidence("offboarding.access_revoked_days", 1), 0],
    ["leavers never cut off", buildEvidence("offboarding.access_revoked_days", "never"), 1],
    ["secrets rotated every 90 days", buildEvidence("secrets.rotation_days", 90), 0],
    [
      "an explicit unknown costs the same as a missing answer",
      buildEvidence("mfa.remote_access", "unknown"),
      0.5,
    ],
    ["a value the factor cannot read counts as unknown", buildEvidence("sso.customer_users", "maybe"), 0.5],
  ])("%s", (_name, row, share) => {
    // A known answer sets its group; an unknown one is one facet of it unanswered among good answers.
    const unknown = answerRisk(catalogueEntry(row.factor) as CatalogueEntry, row.value) === null;
    expect(contributionOf(credentialsOf(withAnswers(row)), row.factor).points).toBe(
      round((share * weightOf(row.factor)) / (unknown ? facetsOf(row.factor) : 1)),
    );
  });

  it.each<[string, ScoringEvidence]>([
    ["leavers cut off after about two weeks", buildEvidence("offboarding.access_revoked_days", 15.5)],
    ["secrets rotated every 180 days, as text", buildEvidence("secrets.rotation_days", "180")],
  ])("%s costs its share of the way from good to bad days", (_name, row) => {
    const entry = catalogueEntry(row.factor) as CatalogueEntry;
    const risk = answerRisk(entry, row.value) as number;
    expect(risk).toBeGreaterThan(0);
    expect(risk).toBeLessThan(1);
    expect(contributionOf(credentialsOf(withAnswers(row)), row.factor).points).toBe(
      round(risk * weightOf(row.factor)),
    );
  });

  it("a good answer ages toward unknown; a bad one stays bad", () => {
    // 730 days old: freshness falls from 1 at 365 days to 0.5, so a verified good answer costs half the unknown
    // share (0.5) of the login group's 34.
    const staleGood = contributionOf(
      credentialsOf(withAnswers(buildEvidence("mfa.remote_access", true, "2024-11-27"))),
      "mfa.remote_access",
    );
    expect(staleGood.points).toBe(round(0.5 * 0.5 * weightOf("mfa.remote_access")));
    expect(staleGood.explanation).toBe(
      "Remote access into the vendor's systems requires multifactor authentication, as last confirmed on 27 Nov 2024; an answer more than a year old counts for less.",
    );
    expect(staleGood.question).not.toBeNull();
    const staleBad = contributionOf(
      credentialsOf(withAnswers(buildEvidence("mfa.remote_access", false, "2020-01-01"))),
      "mfa.remote_access",
    );
    expect(staleBad.points).toBe(weightOf("mfa.remote_access"));
  });

  it("uses the latest answer on or before the day scored", () => {
    const rows = [
      buildEvidence("mfa.remote_access", false, "2024-02-12", "before-hearing"),
      buildEvidence("mfa.remote_access", true, "2026-05-01", "after-hearing"),
      buildEvidence("mfa.remote_access", false, "2027-01-01", "after-as-of"),
    ];
    const item = contributionOf(credentialsOf(withAnswers(...rows)), "mfa.remote_access");
    expect(item).toMatchObject({ points: 0, source: { kind: "evidence", id: "after-hearing" } });
  });

  it("two answers on the same day resolve to the worse one, whatever their order", () => {
    const good = buildEvidence("credentials.shared_accounts", false, "2026-10-01", "a");
    const bad = buildEvidence("credentials.shared_accounts", true, "2026-10-01", "b");
    for (const rows of [
      [good, bad],
      [bad, good],
    ]) {
      expect(contributionOf(credentialsOf(withAnswers(...rows)), "credentials.shared_accounts").points).toBe(
        12,
      );
    }
  });

  it.each<[number, number]>([
    [0, 1],
    [2, 1],
    [3.5, 0.75],
    [5, 0.5],
    [5.5, 0.25],
    [6, 0],
    [7, 0],
  ])("a credential attack %d years old weighs %d", (age, weight) => {
    expect(credentialIncidentWeight(age)).toBeCloseTo(weight, 10);
  });

  it.each<["yes" | "no" | "unknown", number, string]>([
    ["no", 34, ", at an entry point without multifactor authentication"],
    ["unknown", 25.5, ", and nobody has said whether that entry point had multifactor authentication"],
    ["yes", 17, ", despite multifactor authentication at the entry point"],
  ])("a recent stolen-credential attack with MFA at entry %s costs %d", (mfaAtEntry, points, clause) => {
    const incident = buildIncident({ entryRoute: "stolen_credentials", mfaAtEntry });
    const item = contributionOf(
      credentialsOf(buildProfile({ evidence: goodEvidence(), incidents: [incident] })),
      "incident.credential_attack",
    );
    expect(item.points).toBe(points);
    expect(item.explanation).toBe(
      `Attackers got into Acme Health IT with stolen credentials in Jun 2026${clause}.`,
    );
  });

  it("ignores credential attacks older than six years and attacks by other routes", () => {
    const old = buildIncident({
      entryRoute: "credential_stuffing",
      dates: [claim("intrusion_start", "2020-06-01")],
    });
    const exploit = buildIncident({ id: "i2", entryRoute: "exploited_vulnerability" });
    const score = credentialsOf(buildProfile({ evidence: goodEvidence(), incidents: [old, exploit] }));
    expect(pointsByFactor(score)).toEqual({});
  });
});

describe("answers that are facets of one weakness", () => {
  it("answering one facet moves the group, and a known gap is never diluted by the others", () => {
    const none = credentialsOf(buildProfile());
    const adminOnly = credentialsOf(buildProfile({ evidence: [buildEvidence("mfa.admin", true)] }));
    const privileged = (d: ReturnType<typeof credentialsOf>) =>
      d.contributions
        .filter((c) => c.group === FACTOR_GROUPS.privilegedAccounts.id)
        .reduce((sum, c) => sum + c.points, 0);
    // Two questions ask about privileged accounts: one answered well leaves the other's half of the unknown charge.
    expect(privileged(none)).toBe(9);
    expect(privileged(adminOnly)).toBe(4.5);
    const gap = credentialsOf(
      buildProfile({ evidence: [buildEvidence("mfa.admin", true), buildEvidence("mfa.workforce", false)] }),
    );
    expect(privileged(gap)).toBe(18);
  });
});
