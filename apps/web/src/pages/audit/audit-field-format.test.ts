import { describe, expect, it } from "vitest";
import { fieldLabel, formatFieldValue } from "./audit-field-format";

describe("audit field formatting", () => {
  it.each([
    ["endOfSupport", "End of support"],
    ["phiCategories", "PHI categories"],
    ["recordCount", "Record count"],
    ["requireMfa", "Two-factor required"],
    ["entryRoute", "Entry route"],
    ["encryptedForExtortion", "Encrypted for extortion"],
    ["outageDays", "Outage (days)"],
    ["destructionAssurance", "What backs the destruction"],
  ])("names %s as %s", (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });

  it.each([
    ["criticality", "critical", "Critical"],
    ["encryptedAtRest", "unknown", "Unknown"],
    ["endOfSupport", "2027-03-31", "31 Mar 2027"],
    ["recordCount", 1200000, "1,200,000"],
    ["requireMfa", true, "Yes"],
    ["notes", null, "Not set"],
    ["phiCategories", [], "None"],
    ["name", "Oracle Health", "Oracle Health"],
    ["entryRoute", "third_party", "Through a third party"],
    ["attackVector", "ransomware", "Ransomware"],
    ["dataTaken", "no", "No"],
    ["serviceOutage", "yes", "Yes"],
    ["servicesStopped", ["EHR", "e-prescribing"], "EHR, e-prescribing"],
    ["assurance", "self_attested", "Vendor's word"],
    ["document", "soc2_type2", "SOC 2 Type II report"],
    ["destructionAssurance", "verified", "Our own check"],
  ])("reads %s = %j as %s", (field, value, text) => {
    expect(formatFieldValue(field, value)).toBe(text);
  });

  it("reads a list of enum values through their labels", () => {
    expect(formatFieldValue("phiCategories", ["date_of_birth", "not_a_label"])).toBe(
      "Date of birth, not_a_label",
    );
  });
});
