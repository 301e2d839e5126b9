import { describe, expect, it } from "vitest";
import {
  consequencePoints,
  dwellPoints,
  effectiveRecords,
  noticeLagPoints,
  recencyWeight,
  recordPoints,
  sensitivityPoints,
} from "./incident-severity";
import { scoreVendor } from "./score-vendor";
import { AS_OF, buildEvidence, buildIncident, buildProfile, claim } from "./testing/profile-builders";
import { contributionOf, contributionsOf, goodEvidence, pointsByFactor } from "./testing/score-lookups";
import type { ScoringIncident, VendorRiskProfile } from "./types";

const breachOf = (profile: VendorRiskProfile) => scoreVendor(profile, {}, AS_OF).dimensions.breachHistory;
const withIncidents = (...incidents: ScoringIncident[]) =>
  buildProfile({ incidents, evidence: goodEvidence() });

describe("breach history, factor by factor", () => {
  it.each<[number | null, number]>([
    [100, 0],
    [10_000, 11.67],
    [1_000_000, 23.33],
    [100_000_000, 35],
    [1_000_000_000, 35],
    [null, 21],
  ])("%s records cost %d points on a log10 scale", (records, points) => {
    expect(recordPoints(records)).toBeCloseTo(points, 2);
  });

  it("a placeholder count is unknown-large, never the 501 filed", () => {
    expect(effectiveRecords(buildIncident({ recordsAffected: 501, recordsIsPlaceholder: true }))).toBe(
      1_000_000,
    );
    expect(effectiveRecords(buildIncident({ recordsAffected: 5_000_000, recordsIsPlaceholder: true }))).toBe(
      5_000_000,
    );
  });

  it.each<[string[], number]>([
    [[], 9],
    [["name", "address"], 0],
    [["ssn"], 5],
    [["ssn", "diagnosis", "medication"], 15],
    [["ssn", "diagnosis", "medication", "test_results", "insurance", "financial"], 15],
    [["demographics", "images"], 0],
    [["genetic"], 5],
    [["clinical_notes", "behavioral_health", "payment_card"], 15],
  ])("data types %j cost %d points", (types, points) => {
    expect(sensitivityPoints(types as ScoringIncident["dataTypes"])).toBe(points);
  });

  it.each<[number | null, number]>([
    [null, 6],
    [7, 0],
    [48.5, 5],
    [90, 10],
    [400, 10],
  ])("a dwell of %s days costs %d points", (days, points) => {
    expect(dwellPoints(days)).toBeCloseTo(points, 10);
  });

  it.each<[number | null, number]>([
    [null, 9],
    [15, 0],
    [37.5, 4],
    [60, 8],
    [61, 15],
  ])("telling customers after %s days costs %d points (HIPAA 164.410 ceiling: 60)", (days, points) => {
    expect(noticeLagPoints(days)).toBeCloseTo(points, 10);
  });

  it("regulator penalty 10, settlement 6, lawsuit 4, capped at 15", () => {
    expect(consequencePoints(["lawsuit"])).toBe(4);
    expect(consequencePoints(["settlement", "lawsuit"])).toBe(10);
    expect(consequencePoints(["regulator_fine", "settlement", "lawsuit"])).toBe(15);
  });

  it.each<[number, boolean, number]>([
    [0.5, false, 1],
    [1, false, 1],
    [4, false, 0.5],
    [7, false, 0.25],
    [13, false, 0.0625],
    [13, true, 0.35],
    [2, true, 0.5 ** (1 / 3)],
  ])("an incident %d years old (severe: %s) weighs %d", (age, severe, weight) => {
    expect(recencyWeight(age, severe)).toBeCloseTo(weight, 10);
  });

  it("scores each part of a recent incident at full weight", () => {
    const incident = buildIncident({
      recordsAffected: 1_000_000,
      dataTypes: ["ssn", "diagnosis", "medication"],
      dates: [
        claim("intrusion_start", "2026-03-01"),
        claim("vendor_discovery", "2026-05-30"),
        claim("customer_notice", "2026-08-10"),
      ],
      consequences: [{ kind: "lawsuit", sourceId: null }],
    });
    expect(pointsByFactor(breachOf(withIncidents(incident)))).toEqual({
      "incident.occurred": 15,
      "incident.records": 23.3,
      "incident.data_sensitivity": 15,
      "incident.dwell_time": 10,
      "incident.notification_lag": 15,
      "incident.legal_consequences": 4,
    });
  });

  it("a severe incident from a decade ago still counts at 35%", () => {
    const old = buildIncident({
      recordsAffected: 3_500_000,
      dates: [claim("intrusion_start", "2015-05-07")],
      consequences: [{ kind: "regulator_fine", sourceId: null }],
    });
    const item = contributionOf(breachOf(withIncidents(old)), "incident.occurred");
    expect(item.points).toBe(5.3);
    expect(item.explanation).toBe(
      'Acme Health IT had a security incident in May 2015 ("Intrusion"), 11.6 years ago, which counts at 35% of full weight; it never counts below 35% because it was large or drew regulator action.',
    );
  });

  it("says which date it took when sources disagree", () => {
    const incident = buildIncident({
      dates: [
        claim("intrusion_start", "2025-01-22", "a"),
        claim("vendor_discovery", "2025-02-20", "a"),
        claim("vendor_discovery", "2025-03-07", "b"),
        claim("customer_notice", "2025-03-03", "a"),
      ],
      sources: [
        { id: "a", url: "https://example.org/letter" },
        { id: "b", url: "https://example.org/state-filing" },
      ],
    });
    const breach = breachOf(withIncidents(incident));
    const dwell = contributionOf(breach, "incident.dwell_time");
    expect(dwell.explanation).toBe(
      "Sources disagree on when the vendor discovered the intrusion; Ward uses the later date, 7 Mar 2025, so attackers were inside for 44 days.",
    );
    expect(dwell.source.url).toBe("https://example.org/state-filing");
    expect(contributionOf(breach, "incident.notification_lag").explanation).toBe(
      "Sources disagree on when the vendor discovered the intrusion; for the notice delay Ward uses the earlier discovery date, 20 Feb 2025, so customers heard after 11 days, within the 60-day HIPAA ceiling.",
    );
  });

  it("a placeholder count adds a transparency cost and asks for the real figure", () => {
    const incident = buildIncident({ recordsAffected: 501, recordsIsPlaceholder: true });
    const breach = breachOf(withIncidents(incident));
    expect(contributionOf(breach, "incident.placeholder_count").points).toBe(5);
    const records = contributionOf(breach, "incident.records");
    expect(records.points).toBe(23.3);
    expect(records.question).toBe("How many of our patients' records did this incident expose?");
  });

  it("an entry route used twice costs 10 points times the weight of the repeat", () => {
    const first = buildIncident({ id: "i1", entryRoute: "stolen_credentials" });
    const second = buildIncident({
      id: "i2",
      entryRoute: "stolen_credentials",
      dates: [claim("intrusion_start", "2022-11-27")],
    });
    const repeat = contributionsOf(breachOf(withIncidents(first, second)), "incident.repeated_vector");
    expect(repeat).toHaveLength(1);
    // Weights 1 (this year) and 0.5^(3/3) = 0.5 (four years ago): the lighter one is the first occurrence, the
    // repeat weighs 1.
    expect(repeat[0]?.points).toBe(10);
    expect(repeat[0]?.explanation).toBe(
      "Attackers got in through stolen credentials in 2 separate incidents (2022, 2026), a sign the weakness was not fixed.",
    );
    const unknownTwice = withIncidents(
      buildIncident({ entryRoute: "unknown" }),
      buildIncident({ id: "i2", entryRoute: "unknown" }),
    );
    expect(contributionsOf(breachOf(unknownTwice), "incident.repeated_vector")).toHaveLength(0);
  });

  it("notification and disclosure answers come from the catalogue", () => {
    const pushedOnCustomers = buildProfile({
      evidence: [
        ...goodEvidence("breachHistory").filter((r) => r.factor !== "notification.vendor_notifies_patients"),
        buildEvidence("notification.vendor_notifies_patients", false),
      ],
    });
    expect(pointsByFactor(breachOf(pushedOnCustomers))).toEqual({
      "notification.vendor_notifies_patients": 8,
    });
    // Asking how attackers got in only makes sense once an incident with an unknown route is on record.
    const clean = breachOf(buildProfile());
    expect(contributionsOf(clean, "disclosure.attack_vector_disclosed")).toHaveLength(0);
    const unknownRoute = breachOf(buildProfile({ incidents: [buildIncident({ entryRoute: "unknown" })] }));
    expect(contributionOf(unknownRoute, "disclosure.attack_vector_disclosed").points).toBe(3.6);
  });

  it("a vendor with no incident and no answers is Low, with zero confidence", () => {
    expect(breachOf(buildProfile())).toMatchObject({ score: 11.4, tier: "low", confidence: 0 });
  });

  it("an undated incident counts as recent and asks when it happened", () => {
    const item = contributionOf(breachOf(withIncidents(buildIncident({ dates: [] }))), "incident.occurred");
    expect(item.points).toBe(15);
    expect(item.question).toBe("When did this incident begin, and when did you discover it?");
  });
});
