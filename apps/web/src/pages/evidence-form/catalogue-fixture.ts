import type { EvidenceCatalogueEntry } from "@ward/contracts";

const unknown = { value: "unknown", label: "Unknown" };

/** Three facts, one of each kind, as `GET /api/evidence-catalogue` describes them. */
export const catalogueFixture: EvidenceCatalogueEntry[] = [
  {
    key: "mfa.remote_access",
    label: "MFA on remote access",
    question: "Does every remote-access route require multifactor authentication?",
    valueKind: "coverage",
    choices: [
      { value: true, label: "Yes, everywhere" },
      { value: "partial", label: "Partly" },
      { value: false, label: "No" },
      unknown,
    ],
    number: { unit: "share", min: 0, max: 1 },
    dimension: "credentialHygiene",
  },
  {
    key: "offboarding.access_revoked_days",
    label: "Access revoked when people leave",
    question: "Within how many days of someone leaving is their access revoked?",
    valueKind: "days",
    choices: [{ value: "never", label: "Never" }, unknown],
    number: { unit: "days", min: 0, max: null },
    dimension: "credentialHygiene",
  },
  {
    key: "assurance.soc2_type2",
    label: "Current SOC 2 Type II report",
    question: "Can you give us a current SOC 2 Type II report?",
    valueKind: "boolean",
    choices: [{ value: true, label: "Yes" }, { value: false, label: "No" }, unknown],
    number: null,
    dimension: null,
  },
];
