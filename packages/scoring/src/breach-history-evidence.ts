import type { CatalogueEntry } from "./catalogue-entry";

/**
 * Evidence keys of breach history: how the vendor behaves when something goes wrong.
 */
export const BREACH_HISTORY_EVIDENCE: readonly CatalogueEntry[] = [
  {
    factor: "notification.vendor_notifies_patients",
    kind: "boolean",
    goodValue: true,
    label: "Vendor notifies patients itself",
    dimension: "breachHistory",
    group: "disclosure",
    question:
      "If our patients' data is breached on your systems, will you notify the patients and regulators yourselves?",
    good: "The vendor notifies affected patients itself after a breach on its systems.",
    bad: "The vendor leaves patient notification to the hospital.",
    unknown: "Ward does not know whether the vendor would notify affected patients itself after a breach.",
    whatIf: "Commit the vendor to notify patients itself",
    reference: "HIPAA 164.404/164.410. Oracle Health 2025 (told hospitals it would not notify patients).",
    appliesWhen: "always",
  },
  {
    factor: "notification.baa_notice_days",
    kind: "days",
    goodAtMost: 10,
    badAtLeast: 60,
    describe: (days) =>
      `The business associate agreement gives the vendor ${days} days to tell the hospital of a breach.`,
    label: "Breach-notice commitment",
    dimension: "breachHistory",
    group: "disclosure",
    question:
      "How many days after discovering a breach does our business associate agreement give you to tell us?",
    good: "The vendor has committed to tell the hospital of a breach within 10 days of finding it.",
    bad: "The vendor's only commitment is the legal ceiling of 60 days to tell the hospital of a breach.",
    unknown: "Ward does not know how quickly the vendor has committed to tell the hospital of a breach.",
    whatIf: "Shorten breach notice to 10 days in the agreement",
    reference:
      "HIPAA 164.410 (no later than 60 days after discovery); 164.314(a) (BAA must require reporting).",
    appliesWhen: "always",
  },
  {
    factor: "disclosure.incident_history_attested",
    kind: "boolean",
    goodValue: true,
    label: "Attested incident history",
    dimension: "breachHistory",
    group: "unrecorded",
    question:
      "Will you list in writing every security incident affecting customer data in the last five years?",
    good: "The vendor has listed in writing its security incidents of the last five years.",
    bad: "The vendor has declined to list its security incidents of the last five years.",
    unknown:
      "Ward has no written account from the vendor of its incidents, so a clean public record may be incomplete.",
    whatIf: "Get a written incident history",
    reference: "HPH CPG enhanced goal: third-party incident reporting; OCR counts lag and get revised.",
    appliesWhen: "always",
  },
  {
    factor: "disclosure.attack_vector_disclosed",
    kind: "boolean",
    goodValue: true,
    label: "Disclosed how attackers got in",
    dimension: "breachHistory",
    group: "disclosure",
    question: "How did the attackers get into your systems, and what did you change afterwards?",
    good: "The vendor has said how attackers got in.",
    bad: "The vendor has never said how attackers got in, so nobody can check the hole is closed.",
    unknown: "Ward does not know how attackers got in, so nobody can check the hole is closed.",
    whatIf: "Get the vendor to disclose the entry route",
    reference:
      "HPH CPG enhanced goal: third-party incident reporting. Perry Johnson & Associates 2023 (vector never disclosed).",
    appliesWhen: "incident_with_unknown_vector",
  },
];
