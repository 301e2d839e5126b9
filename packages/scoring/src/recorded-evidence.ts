import type { EvidenceFact } from "./evidence-fact";

/**
 * Facts Ward keeps as evidence without scoring them: continuity, assurance and testing answers an analyst needs
 * beside the score, and events the incident records already count. They are part of the catalogue so that an
 * analyst can enter them by label and a mistyped key is still refused.
 */
export const RECORDED_EVIDENCE: readonly EvidenceFact[] = [
  {
    factor: "continuity.backups_restorable",
    label: "Backups restore",
    question: "Have you restored the systems holding our data from backups in the last twelve months?",
    kind: "boolean",
    dimension: null,
  },
  {
    factor: "continuity.alternate_clearinghouse",
    label: "Alternate clearinghouse in place",
    question: "Could we send our claims through another clearinghouse within days if this one went down?",
    kind: "boolean",
    dimension: null,
  },
  {
    factor: "assurance.soc2_type2",
    label: "Current SOC 2 Type II report",
    question:
      "Can you give us a SOC 2 Type II report from the last twelve months covering the service we use?",
    kind: "boolean",
    dimension: null,
  },
  {
    factor: "testing.findings_remediated",
    label: "Security-test findings fixed",
    question: "Have you fixed every high and critical finding of your latest penetration test or audit?",
    kind: "boolean",
    dimension: null,
  },
  {
    factor: "credentials.customer_reuse_exploited",
    label: "Customers' reused passwords exploited",
    question: "Have attackers signed in to customer accounts with passwords stolen elsewhere and reused?",
    kind: "boolean",
    dimension: null,
  },
  {
    factor: "vulnerability.exploited_before_patch",
    label: "Flaw exploited before a patch existed",
    question: "Have attackers exploited a flaw in software you run before its maker released a fix?",
    kind: "boolean",
    dimension: null,
  },
];
