import { describe, expect, it } from "vitest";
import { magnitudeOf } from "./incident-impact";
import { recencyWeight } from "./incident-severity";
import { scoreVendor } from "./score-vendor";
import { AS_OF, buildEvidence, buildIncident, buildProfile, claim } from "./testing/profile-builders";
import { contributionOf, contributionsOf, goodEvidence, pointsByFactor } from "./testing/score-lookups";
import type { ScoringIncident, VendorRiskProfile } from "./types";

const breachOf = (profile: VendorRiskProfile) => scoreVendor(profile, {}, AS_OF).dimensions.breachHistory;
const withIncidents = (...incidents: ScoringIncident[]) =>
  buildProfile({ incidents, evidence: goodEvidence() });
const round = (value: number) => Math.round(value * 10) / 10;

describe("breach history, factor by factor", () => {
  it.each<[number, number, number]>([
    [0.5, 0, 1],
    [1, 0, 1],
    [4, 0, 0.5],
    [7, 0, 0.25],
    [13, 0, 0.0625],
    [13, 1, 0.35],
    [13, 0.5, 0.175],
    [2, 1, 0.5 ** (1 / 3)],
  ])("an incident %d years old (floor share %d) weighs %d", (age, floor, weight) => {
    expect(recencyWeight(age, floor)).toBeCloseTo(weight, 10);
  });

  it("scores each group of a recent incident at full weight, once", () => {
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
      // 35 x size magnitude x full sensitivity; 90 days unnoticed is the whole of detection's 10; 72 days to notice
      // is (72 - 10) / 80 of disclosure's 15; a lawsuit is 0.4 of regulatory's 5.
      "incident.data_taken": round(35 * magnitudeOf(1_000_000)),
      "incident.dwell_time": 10,
      "incident.notification_lag": round((15 * 62) / 80),
      "incident.legal_consequences": 2,
    });
  });

  it("an outage without data taken charges the outage, not the theft", () => {
    const outage = buildIncident({
      dataTaken: "no",
      serviceOutage: "yes",
      outageDays: 7,
      servicesStopped: ["EHR"],
    });
    const breach = breachOf(withIncidents(outage));
    expect(contributionOf(breach, "incident.data_taken").points).toBe(0);
    expect(contributionOf(breach, "incident.outage")).toMatchObject({
      points: round(15 * (1 - Math.exp(-1))),
      explanation: "The Jun 2026 incident stopped EHR for 7 days.",
    });
  });

  it("a severe incident from a decade ago that drew a regulator's penalty still counts at 35%", () => {
    const old = buildIncident({
      recordsAffected: 3_500_000,
      dates: [claim("intrusion_start", "2015-05-07")],
      consequences: [{ kind: "regulator_fine", sourceId: null }],
    });
    const item = contributionOf(breachOf(withIncidents(old)), "incident.data_taken");
    expect(item.points).toBe(round(35 * magnitudeOf(3_500_000) * 0.6 * 0.35));
    expect(item.explanation).toMatch(/, it counts at 35% of full weight\.$/);
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
      "Sources disagree on when the vendor discovered the intrusion; for the notice delay Ward uses the earlier discovery date, 20 Feb 2025, so customers heard after 11 days; HIPAA 164.410 requires a business associate to tell its customers without unreasonable delay and no later than 60 days after discovery, unless law enforcement asks it to wait.",
    );
  });

  it("a placeholder count costs disclosure, leaves the size unknown and asks for the real figure", () => {
    const incident = buildIncident({ recordsAffected: 501, recordsIsPlaceholder: true });
    const breach = breachOf(withIncidents(incident));
    expect(contributionOf(breach, "incident.placeholder_count").points).toBe(9);
    const taken = contributionOf(breach, "incident.data_taken");
    expect(taken.basis).toBe("missing");
    expect(taken.points).toBe(round(35 * magnitudeOf(6_215) * 0.6));
    expect(taken.question).toBe("How many of our patients were affected by this incident?");
  });

  it("an entry route used again costs the repeat's weight of 5 points", () => {
    const first = buildIncident({ id: "i1", entryRoute: "stolen_credentials" });
    const second = buildIncident({
      id: "i2",
      entryRoute: "stolen_credentials",
      dates: [claim("intrusion_start", "2022-11-27")],
    });
    const repeat = contributionsOf(breachOf(withIncidents(first, second)), "incident.repeated_route");
    expect(repeat).toHaveLength(1);
    // Weights 1 (this year) and 0.5 (four years ago): every incident but the lightest counts, so the repeat is 1.
    expect(repeat[0]?.points).toBe(5);
    expect(repeat[0]?.explanation).toBe(
      "Attackers got in through stolen credentials in 2 separate incidents (2022, 2026), a sign the weakness was not fixed.",
    );
    const unknownTwice = withIncidents(
      buildIncident({ entryRoute: "unknown" }),
      buildIncident({ id: "i2", entryRoute: "unknown" }),
    );
    expect(contributionsOf(breachOf(unknownTwice), "incident.repeated_route")).toHaveLength(0);
  });

  it("notification and disclosure answers come from the catalogue", () => {
    const pushedOnCustomers = buildProfile({
      evidence: [
        ...goodEvidence("breachHistory").filter((r) => r.factor !== "notification.vendor_notifies_patients"),
        buildEvidence("notification.vendor_notifies_patients", false),
      ],
    });
    expect(pointsByFactor(breachOf(pushedOnCustomers))).toEqual({
      "notification.vendor_notifies_patients": 15,
    });
    // Asking how attackers got in only makes sense once an incident with an unknown route is on record.
    expect(contributionsOf(breachOf(buildProfile()), "disclosure.attack_vector_disclosed")).toHaveLength(0);
    const unknownRoute = breachOf(buildProfile({ incidents: [buildIncident({ entryRoute: "unknown" })] }));
    expect(contributionOf(unknownRoute, "disclosure.attack_vector_disclosed").basis).toBe("missing");
  });

  it("a vendor with no incident and no answers is Low, but mostly unknown", () => {
    const breach = breachOf(buildProfile());
    // Half of "incidents not on record" (15) and half of disclosure (15).
    expect(breach).toMatchObject({ score: 15, tier: "low", confidence: 0 });
    expect(breach.coverage).toBeLessThan(0.5);
  });

  it("a checked, complete incident record closes the range of the incident groups", () => {
    const checked = breachOf(buildProfile({ evidence: goodEvidence("breachHistory") }));
    expect(checked).toMatchObject({ score: 0, range: { low: 0, high: 0 }, coverage: 1, confidence: 1 });
  });

  it("an undated incident counts as recent and asks when it happened", () => {
    const breach = breachOf(withIncidents(buildIncident({ dates: [] })));
    const dated = breachOf(withIncidents(buildIncident()));
    const taken = contributionOf(breach, "incident.data_taken");
    expect(taken.points).toBe(contributionOf(dated, "incident.data_taken").points);
    expect(taken.explanation).toMatch(/its date is unknown, so it counts as recent\.$/);
    expect(contributionOf(breach, "incident.dwell_time").question).toBe(
      "When did the intrusion begin, and when did you discover it?",
    );
  });
});
