import { describe, expect, it } from "vitest";
import { changesFor } from "./what-if-changes";
import { selectionFromChanges } from "./what-if-scenario-selection";

describe("a saved scenario loaded back into the panel", () => {
  it("keeps record counts and incident facts, and yields the same changes again", () => {
    const changes = [
      { kind: "set_record_count" as const, holdingId: "h-1", recordCount: 1_200 },
      { kind: "update_incident" as const, incidentId: "i-1", dataTaken: "no" as const },
      { kind: "update_incident" as const, incidentId: "i-1", serviceOutage: "yes" as const },
      { kind: "encrypt_holding" as const, holdingId: "h-1" },
    ];
    const selection = selectionFromChanges(changes, [], new Set(["h-1"]));
    expect(selection.recordCounts).toEqual({ "h-1": 1_200 });
    expect(selection.incidentFacts).toEqual({ "i-1": { dataTaken: "no", serviceOutage: "yes" } });
    expect(changesFor(selection, [])).toEqual([
      { kind: "set_record_count", holdingId: "h-1", recordCount: 1_200 },
      { kind: "update_incident", incidentId: "i-1", dataTaken: "no", serviceOutage: "yes" },
      { kind: "encrypt_holding", holdingId: "h-1" },
    ]);
  });

  it("drops a record count for a holding the vendor no longer has", () => {
    const selection = selectionFromChanges(
      [{ kind: "set_record_count", holdingId: "gone", recordCount: 5 }],
      [],
      new Set(["h-1"]),
    );
    expect(selection.recordCounts).toEqual({});
  });
});
