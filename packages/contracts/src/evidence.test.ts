import { describe, expect, it } from "vitest";
import { createEvidenceInput, defaultAssurance, updateEvidenceInput } from "./evidence";

const fact = {
  factor: "mfa.remote_access",
  value: true,
  statement: "MFA on the portal.",
  observedOn: "2025-01-01",
};
const issuePaths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join("."));

describe("evidence input", () => {
  it.each([
    ["analyst", "self_attested"],
    ["questionnaire", "self_attested"],
    ["vendor_attestation", "self_attested"],
    ["public_record", "public_record"],
    ["breach_import", "public_record"],
  ] as const)("a fact from %s without an assurance is taken as %s", (origin, assurance) => {
    expect(defaultAssurance(origin)).toBe(assurance);
  });

  it("keeps an assurance left out as left out, for the service to settle from the origin", () => {
    expect(createEvidenceInput.parse(fact)).toMatchObject({ origin: "analyst", document: null });
    expect(createEvidenceInput.parse(fact).assurance).toBeUndefined();
  });

  it("a documented fact names its document", () => {
    expect(issuePaths(createEvidenceInput.safeParse({ ...fact, assurance: "documented" }))).toEqual([
      "document",
    ]);
    const ok = createEvidenceInput.parse({ ...fact, assurance: "documented", document: "soc2_type2" });
    expect(ok).toMatchObject({ assurance: "documented", document: "soc2_type2" });
  });

  it("only a documented fact has a document, even when the assurance comes from the origin", () => {
    expect(
      issuePaths(createEvidenceInput.safeParse({ ...fact, assurance: "verified", document: "hitrust" })),
    ).toEqual(["document"]);
    expect(issuePaths(createEvidenceInput.safeParse({ ...fact, document: "hitrust" }))).toEqual(["document"]);
  });

  it("an update that sends both halves must make them agree", () => {
    expect(issuePaths(updateEvidenceInput.safeParse({ assurance: "documented", document: null }))).toEqual([
      "document",
    ]);
    expect(
      updateEvidenceInput.safeParse({ assurance: "documented", document: "penetration_test" }).success,
    ).toBe(true);
    expect(updateEvidenceInput.safeParse({ assurance: "self_attested" }).success).toBe(true);
  });

  it("refuses an assurance or document it does not know", () => {
    expect(issuePaths(createEvidenceInput.safeParse({ ...fact, assurance: "trusted" }))).toEqual([
      "assurance",
    ]);
    expect(
      issuePaths(createEvidenceInput.safeParse({ ...fact, assurance: "documented", document: "letter" })),
    ).toEqual(["document"]);
  });
});
