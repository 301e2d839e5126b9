import type { IncidentDto } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { incidentImpactLine } from "./incident-impact";

const unknown: Parameters<typeof incidentImpactLine>[0] = {
  entryRoute: "unknown",
  dataTaken: "unknown",
  encryptedForExtortion: "unknown",
  serviceOutage: "unknown",
  outageDays: null,
  servicesStopped: [] as IncidentDto["servicesStopped"],
};

describe("incidentImpactLine", () => {
  it("tells how they got in and everything that happened", () => {
    expect(
      incidentImpactLine({
        entryRoute: "stolen_credentials",
        dataTaken: "yes",
        encryptedForExtortion: "yes",
        serviceOutage: "yes",
        outageDays: 8,
        servicesStopped: ["EHR", "e-prescribing"],
      }),
    ).toBe(
      "Entry: stolen credentials · Data taken · Systems encrypted for extortion · Outage of 8 days: EHR, e-prescribing",
    );
  });

  it("says what did not happen when a source says so", () => {
    expect(
      incidentImpactLine({ ...unknown, dataTaken: "no", encryptedForExtortion: "no", serviceOutage: "no" }),
    ).toBe("Entry: unknown · No data taken · Nothing encrypted · No outage");
  });

  it("leaves out what no source says, and an outage's length when it is not known", () => {
    expect(incidentImpactLine(unknown)).toBe("Entry: unknown");
    expect(incidentImpactLine({ ...unknown, entryRoute: "third_party", serviceOutage: "yes" })).toBe(
      "Entry: through a third party · Outage",
    );
    expect(
      incidentImpactLine({
        ...unknown,
        serviceOutage: "yes",
        outageDays: 1,
        servicesStopped: ["claims processing"],
      }),
    ).toBe("Entry: unknown · Outage of 1 day: claims processing");
  });
});
