import { describe, expect, it } from "vitest";
import { createIncidentInput, updateIncidentInput } from "./incident";

const source = { url: "https://example.org/a", title: "A" };

describe("incident input", () => {
  it("defaults unknowns to unknown and lists to empty", () => {
    const parsed = createIncidentInput.parse({ title: "T", entryRoute: "phishing" });
    expect(parsed).toMatchObject({
      mfaAtEntry: "unknown",
      legacySystemInvolved: "unknown",
      dataTaken: "unknown",
      encryptedForExtortion: "unknown",
      serviceOutage: "unknown",
      outageDays: null,
      servicesStopped: [],
      sources: [],
      dates: [],
    });
  });

  it.each([
    [{ dates: [{ kind: "vendor_discovery", date: "2025-01-01", source: 0 }] }, "dates.0.source"],
    [
      { sources: [source], consequences: [{ kind: "lawsuit", description: "x", source: 1 }] },
      "consequences.0.source",
    ],
  ])("refuses a citation of a missing source (%#)", (extra, path) => {
    const result = createIncidentInput.safeParse({ title: "T", entryRoute: "unknown", ...extra });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });

  it("accepts citations of sources that exist", () => {
    const result = createIncidentInput.safeParse({
      title: "T",
      entryRoute: "unknown",
      sources: [source, { ...source, url: "https://example.org/b" }],
      dates: [{ kind: "vendor_discovery", date: "2025-02-20", source: 1 }],
    });
    expect(result.success).toBe(true);
  });

  it("refuses impossible dates and non-web URLs", () => {
    expect(
      createIncidentInput.safeParse({
        title: "T",
        entryRoute: "unknown",
        dates: [{ kind: "intrusion_start", date: "2025-13-01" }],
      }).success,
    ).toBe(false);
    expect(
      createIncidentInput.safeParse({
        title: "T",
        entryRoute: "unknown",
        sources: [{ url: "javascript:alert(1)", title: "x" }],
      }).success,
    ).toBe(false);
  });

  it("an update that cites sources must send them", () => {
    expect(
      updateIncidentInput.safeParse({ dates: [{ kind: "vendor_discovery", date: "2025-02-20", source: 0 }] })
        .success,
    ).toBe(false);
    expect(
      updateIncidentInput.safeParse({ dates: [{ kind: "vendor_discovery", date: "2025-02-20" }] }).success,
    ).toBe(true);
    expect(updateIncidentInput.safeParse({}).success).toBe(false);
  });

  it("has no ransomware way in: ransomware is what happened, recorded as encryption for extortion", () => {
    expect(createIncidentInput.safeParse({ title: "T", entryRoute: "ransomware" }).success).toBe(false);
    const parsed = createIncidentInput.parse({
      title: "T",
      entryRoute: "third_party",
      encryptedForExtortion: "yes",
    });
    expect(parsed).toMatchObject({ entryRoute: "third_party", encryptedForExtortion: "yes" });
  });

  it("keeps an outage's length and services for an incident that had an outage", () => {
    const outage = { title: "T", entryRoute: "unknown", outageDays: 8, servicesStopped: ["EHR"] };
    expect(createIncidentInput.safeParse({ ...outage, serviceOutage: "yes" }).success).toBe(true);
    for (const serviceOutage of ["no", "unknown"]) {
      const result = createIncidentInput.safeParse({ ...outage, serviceOutage });
      expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual([
        "outageDays",
        "servicesStopped",
      ]);
    }
    expect(updateIncidentInput.safeParse({ serviceOutage: "no", outageDays: 3 }).success).toBe(false);
    expect(updateIncidentInput.safeParse({ outageDays: 3 }).success).toBe(true);
  });

  it("refuses a negative outage", () => {
    const result = createIncidentInput.safeParse({
      title: "T",
      entryRoute: "unknown",
      serviceOutage: "yes",
      outageDays: -1,
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["outageDays"]);
  });
});
