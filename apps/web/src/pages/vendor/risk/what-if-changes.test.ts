import { catalogueEntry, type SuggestedWhatIf } from "@ward/scoring";
import { describe, expect, it } from "vitest";
import { changesFor, EMPTY_SELECTION, evidenceValueFor, isEmptySelection } from "./what-if-changes";

const enforceRemoteMfa: SuggestedWhatIf = {
  id: "set_evidence:mfa.remote_access",
  label: "Enforce MFA on all remote access",
  changes: [{ kind: "set_evidence", factor: "mfa.remote_access", value: true }],
  deltas: { overall: -8, legacyDataExposure: 0, credentialHygiene: -10, breachHistory: 0, inherent: 0 },
};

describe("what-if changes", () => {
  it("apply an answer set by hand after a suggestion for the same factor, so the hand-set answer wins", () => {
    const changes = changesFor(
      {
        ...EMPTY_SELECTION,
        suggestions: [enforceRemoteMfa.id],
        holdingActions: { "h-1": ["encrypt_holding"] },
        evidence: { "mfa.remote_access": false },
      },
      [enforceRemoteMfa],
    );
    expect(changes).toEqual([
      { kind: "set_evidence", factor: "mfa.remote_access", value: true },
      { kind: "encrypt_holding", holdingId: "h-1" },
      { kind: "set_evidence", factor: "mfa.remote_access", value: false },
    ]);
  });

  it("put tried facts (record counts, incident impact) before the actions, and leave out an unchanged incident", () => {
    const changes = changesFor(
      {
        ...EMPTY_SELECTION,
        holdingActions: { "h-1": ["encrypt_holding"] },
        recordCounts: { "h-1": 2_000, "h-2": null },
        incidentFacts: { "i-1": { dataTaken: "no", serviceOutage: "yes" }, "i-2": {} },
      },
      [],
    );
    expect(changes).toEqual([
      { kind: "set_record_count", holdingId: "h-1", recordCount: 2_000 },
      { kind: "set_record_count", holdingId: "h-2", recordCount: null },
      { kind: "update_incident", incidentId: "i-1", dataTaken: "no", serviceOutage: "yes" },
      { kind: "encrypt_holding", holdingId: "h-1" },
    ]);
    expect(isEmptySelection({ ...EMPTY_SELECTION, incidentFacts: { "i-2": {} } })).toBe(true);
    expect(isEmptySelection({ ...EMPTY_SELECTION, recordCounts: { "h-1": 0 } })).toBe(false);
  });

  it("read yes to a day count as meeting the good threshold and no as never", () => {
    const entry = catalogueEntry("notification.baa_notice_days");
    if (entry?.kind !== "days") throw new Error("the notice commitment is counted in days");
    expect(evidenceValueFor(entry, true)).toBe(entry.goodAtMost);
    expect(evidenceValueFor(entry, false)).toBe(false);
  });

  it("treat unticked holdings as no change at all", () => {
    expect(isEmptySelection(EMPTY_SELECTION)).toBe(true);
    expect(isEmptySelection({ ...EMPTY_SELECTION, holdingActions: { "h-1": [] } })).toBe(true);
    expect(changesFor({ ...EMPTY_SELECTION, suggestions: ["not-offered"] }, [enforceRemoteMfa])).toEqual([]);
  });
});
