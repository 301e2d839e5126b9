import { describe, expect, it } from "vitest";
import { resolveIncidentTimeline } from "./incident-timeline";
import { dayNumber } from "./plain-language";
import { buildIncident, claim } from "./testing/profile-builders";

// The Oracle Health (Cerner) 2025 timeline as the seed records it: two sources disagree on discovery.
const oracle = buildIncident({
  dates: [
    claim("intrusion_start", "2025-01-22", "bleeping"),
    claim("vendor_discovery", "2025-02-20", "bleeping"),
    claim("vendor_discovery", "2025-03-07", "hipaa-times"),
    claim("customer_notice", "2025-03-03", "bleeping"),
    claim("public_disclosure", "2025-03-28", "bleeping"),
    claim("regulator_filing", "2025-06-17", "ocr"),
  ],
});

describe("incident timeline", () => {
  it("dwell time runs to the later discovery claim, notice lag from the earlier one", () => {
    const timeline = resolveIncidentTimeline(oracle, dayNumber("2026-11-27"));
    expect(timeline).toMatchObject({
      dwellDays: 44,
      noticeLagDays: 11,
      discoveryDisputed: true,
      noticeDisputed: false,
      reference: { date: "2025-01-22", sourceId: "bleeping" },
      discoveryLatest: { date: "2025-03-07", sourceId: "hipaa-times" },
      discoveryEarliest: { date: "2025-02-20" },
    });
  });

  it("notice lag uses the later of two notice claims", () => {
    const incident = buildIncident({
      dates: [
        claim("vendor_discovery", "2023-05-02"),
        claim("customer_notice", "2023-07-26"),
        claim("customer_notice", "2023-09-29"),
      ],
    });
    const timeline = resolveIncidentTimeline(incident, dayNumber("2026-11-27"));
    expect(timeline).toMatchObject({ noticeLagDays: 150, noticeDisputed: true, dwellDays: null });
  });

  it("ignores claims dated after the day scored", () => {
    const timeline = resolveIncidentTimeline(oracle, dayNumber("2025-03-01"));
    expect(timeline).toMatchObject({ dwellDays: 29, noticeLagDays: null, discoveryDisputed: false });
  });

  it("without an intrusion start, recency counts from the discovery, then from any other date", () => {
    const discovered = buildIncident({
      dates: [claim("customer_notice", "2017-04-24"), claim("vendor_discovery", "2017-04-22")],
    });
    expect(resolveIncidentTimeline(discovered, dayNumber("2026-11-27")).reference?.date).toBe("2017-04-22");
    const filed = buildIncident({ dates: [claim("regulator_filing", "2015-07-23")] });
    expect(resolveIncidentTimeline(filed, dayNumber("2026-11-27")).reference?.date).toBe("2015-07-23");
    expect(
      resolveIncidentTimeline(buildIncident({ dates: [] }), dayNumber("2026-11-27")).reference,
    ).toBeNull();
  });

  it("a discovery claimed before the intrusion gives a dwell of 0, not a negative one", () => {
    const odd = buildIncident({
      dates: [claim("intrusion_start", "2024-03-10"), claim("vendor_discovery", "2024-03-01")],
    });
    expect(resolveIncidentTimeline(odd, dayNumber("2026-11-27")).dwellDays).toBe(0);
  });
});
