import type { DemoVendor } from "../demo-vendor";
import { HHS_OCR_BREACH_PORTAL_URL, HHS_OCR_PUBLISHER } from "./public-sources";

const INDIANA_LAWYER_URL =
  "https://www.theindianalawyer.com/articles/50451-fort-wayne-electronic-health-records-company-to-pay-900k-after-data-breach";
const INDIANA_LAWYER_TITLE =
  "Fort Wayne electronic health records company to pay states $900K after data breach";
const KNOWN_WEAKNESS_URL =
  "https://www.consumerfinancialserviceslawmonitor.com/2019/06/medical-software-company-settles-multi-state-lawsuit-alleging-hipaa-violations-after-data-breach/";
const KNOWN_WEAKNESS_TITLE =
  "Medical Software Company Settles Multi-State Lawsuit Alleging HIPAA Violations After Data Breach";

/** Shared test accounts with guessable passwords, flagged beforehand and left in place. */
export const medicalInformaticsEngineering: DemoVendor = {
  seedKey: "medical-informatics-engineering",
  vendor: {
    name: "Medical Informatics Engineering",
    aliases: ["MIE", "NoMoreClipboard", "Enterprise Health"],
    category: "ehr",
    relationshipStatus: "former",
    criticality: "low",
    description:
      "Web-based EHR (WebChart) and patient portal (NoMoreClipboard) once used by an occupational-health clinic.",
  },
  products: [
    {
      name: "WebChart",
      hostingModel: "vendor_hosted",
      notes: "Demo: the clinic's past use of WebChart is made up.",
    },
  ],
  holdings: [
    {
      system: "WebChart archive (occupational health)",
      product: "WebChart",
      environment: "archive",
      recordCount: 12_400,
      phiCategories: ["name", "date_of_birth", "address", "ssn", "test_results", "diagnosis"],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "unknown",
      migrationStatus: "completed",
      retentionEnd: "2026-12-31",
      notes: "Demo: made-up archive kept read-only after the clinic moved to another EHR.",
    },
  ],
  incidents: [
    {
      title: 'Intrusion through shared generic accounts with passwords "tester" and "testing"',
      entryRoute: "stolen_credentials",
      mfaAtEntry: "unknown",
      legacySystemInvolved: "unknown",
      recordsAffected: 3_500_000,
      summary:
        "Hackers got into the WebChart application and the NoMoreClipboard portal server through generic accounts " +
        'shared by several people, with the passwords "tester" and "testing". A penetration test months ' +
        "earlier had flagged the weakness. Ward files this under stolen credentials rather than misconfiguration " +
        "because the attackers signed in with working passwords instead of exploiting a flaw; the shared accounts " +
        "themselves are recorded as evidence. The OCR row says 3.5 million people; the states' complaint says " +
        "more than 3.9 million.",
      dataTypes: [
        "name",
        "contact",
        "address",
        "date_of_birth",
        "ssn",
        "test_results",
        "insurance",
        "diagnosis",
        "physician",
        "credentials",
      ],
      sources: [
        {
          url: "https://www.netsec.news/medical-informatics-engineering-settles-hipaa-violation-cases-for-1-million/",
          title: "Medical Informatics Engineering Settles HIPAA Violation Cases for $1 Million",
          publisher: "NetSec.news",
        },
        { url: INDIANA_LAWYER_URL, title: INDIANA_LAWYER_TITLE, publisher: "The Indiana Lawyer" },
        {
          url: "https://www.azag.gov/press-release/ag-brnovich-announces-settlement-first-ever-multistate-hipaa-related-data-breach",
          title:
            "AG Brnovich Announces Settlement in First-Ever Multistate HIPAA-Related Data Breach Lawsuit",
          publisher: "Arizona Attorney General",
        },
        {
          url: HHS_OCR_BREACH_PORTAL_URL,
          title: "HHS OCR breach portal: Medical Informatics Engineering (IN), Business Associate, 3,500,000",
          publisher: HHS_OCR_PUBLISHER,
          publishedOn: "2015-07-23",
        },
        {
          url: KNOWN_WEAKNESS_URL,
          title: KNOWN_WEAKNESS_TITLE,
          publisher: "Consumer Financial Services Law Monitor",
        },
        {
          url: "https://www.lexology.com/library/detail.aspx?g=d2a06a3e-a8c5-434a-afa2-732e30b120a6",
          title:
            "Medical Informatics Engineering and HHS-OCR: $100,000 settlement and corrective action plan",
          publisher: "Lexology",
        },
      ],
      dates: [
        { kind: "intrusion_start", date: "2015-05-07", source: 2 },
        { kind: "intrusion_end", date: "2015-05-26", source: 2 },
        {
          kind: "vendor_discovery",
          date: "2015-05-26",
          note: "suspicious activity found on a server",
          source: 5,
        },
        { kind: "regulator_filing", date: "2015-07-23", source: 3 },
      ],
      consequences: [
        {
          kind: "regulator_fine",
          description: "HHS OCR settlement with a two-year corrective action plan (2019)",
          amountUsd: 100_000,
          source: 0,
        },
        {
          kind: "settlement",
          description: "Paid to 16 states under a consent judgment (N.D. Ind., No. 3:18-cv-969, 2019)",
          amountUsd: 900_000,
          source: 1,
        },
      ],
    },
  ],
  evidence: [
    {
      isDemo: false,
      factor: "credentials.shared_accounts",
      value: true,
      statement:
        'Generic accounts shared by several people, with passwords "tester" and "testing", allowed remote access.',
      observedOn: "2015-05-07",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: INDIANA_LAWYER_URL,
      sourceTitle: INDIANA_LAWYER_TITLE,
    },
    {
      isDemo: false,
      factor: "testing.findings_remediated",
      value: false,
      statement: "The vendor knew of the security weaknesses before the breach and had not fixed them.",
      observedOn: "2015-05-07",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: KNOWN_WEAKNESS_URL,
      sourceTitle: KNOWN_WEAKNESS_TITLE,
    },
  ],
};
