import type { DemoVendor } from "../demo-vendor";
import { HHS_OCR_BREACH_PORTAL_URL, HHS_OCR_PUBLISHER } from "./public-sources";

const HIPAAGUIDE_URL = "https://www.hipaaguide.net/pja-data-breach/";
const HIPAAGUIDE_TITLE = "Data Breach at Transcription Service Provider Affects Almost 9 Million Patients";

/**
 * A transcription vendor that never said how it was entered. Seeded as a former vendor that still holds the
 * hospital's files, because leaving a vendor does not end the exposure.
 */
export const perryJohnson: DemoVendor = {
  seedKey: "perry-johnson-associates",
  vendor: {
    name: "Perry Johnson & Associates",
    aliases: ["PJ&A", "Perry Johnson & Associates, Inc. dba PJ&A"],
    category: "transcription",
    relationshipStatus: "former",
    criticality: "moderate",
    description:
      "Medical transcription service. The hospital ended the contract, but the vendor has not yet proven that the " +
      "dictation and transcript files it holds were destroyed.",
  },
  products: [
    {
      name: "Medical transcription service",
      hostingModel: "vendor_hosted",
      notes: "Demo: the hospital's past use of the service is made up.",
    },
  ],
  holdings: [
    {
      system: "Transcription file store",
      product: "Medical transcription service",
      environment: "archive",
      recordCount: 57_800,
      phiCategories: [
        "name",
        "date_of_birth",
        "address",
        "mrn",
        "diagnosis",
        "dates_of_service",
        "physician",
      ],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "unknown",
      migrationStatus: "not_applicable",
      retentionEnd: "2024-06-30",
      notes: "Demo: made-up archive past its retention date with no proof of destruction.",
    },
  ],
  incidents: [
    {
      title: "Intrusion into PJ&A's transcription network",
      entryRoute: "unknown",
      mfaAtEntry: "unknown",
      legacySystemInvolved: "unknown",
      dataTaken: "yes",
      recordsAffected: 9_302_588,
      summary:
        "An unauthorized party was inside PJ&A's network for about five weeks and copied files holding the " +
        "dictation and transcripts of its hospital clients' patients. PJ&A has not said how the attacker got in, " +
        "so the vector is recorded as unknown rather than guessed. Clients learned of it months later; at least " +
        "one ended the contract, and federal prosecutors subpoenaed records about the incident.",
      dataTypes: [
        "name",
        "date_of_birth",
        "address",
        "mrn",
        "diagnosis",
        "dates_of_service",
        "ssn",
        "insurance",
        "test_results",
        "medication",
        "physician",
      ],
      sources: [
        { url: HIPAAGUIDE_URL, title: HIPAAGUIDE_TITLE, publisher: "HIPAA Guide" },
        {
          url: HHS_OCR_BREACH_PORTAL_URL,
          title:
            "HHS OCR breach portal: Perry Johnson & Associates, Inc. dba PJ&A (NV), Business Associate, 9,302,588",
          publisher: HHS_OCR_PUBLISHER,
          publishedOn: "2023-11-03",
        },
        {
          url: "https://www.beckershospitalreview.com/cybersecurity/feds-probe-breach-at-illinois-system.html",
          title: "Feds probe breach at Illinois system",
          publisher: "Becker's Hospital Review",
        },
        {
          url: "https://www.chicagotribune.com/news/breaking/ct-cook-county-health-data-breach-20231104-rw4ux7uoxjhd5eqgd3ji2wm4zi-story.html",
          title: "Report on the PJ&A breach at Cook County Health: 1.2 million patients, contract ended",
          publisher: "Chicago Tribune",
          publishedOn: "2023-11-04",
        },
        {
          url: "https://www.studicata.com/summaries/united-states-district-court-district-of-nevada/in-re-perry-johnson-assocs-med-transcription-data-sec-breach-litigation-2024-fxukvu",
          title:
            "In re Perry Johnson & Assocs. Med. Transcription Data Sec. Breach Litigation (J.P.M.L. 2024)",
          publisher: "Studicata",
        },
      ],
      dates: [
        { kind: "intrusion_start", date: "2023-03-27", source: 0 },
        { kind: "intrusion_end", date: "2023-05-02", source: 0 },
        {
          kind: "customer_notice",
          date: "2023-07-26",
          note: "Cook County Health says PJ&A told it of the incident on this date",
          source: 3,
        },
        {
          kind: "customer_notice",
          date: "2023-09-29",
          qualifier: "on_or_around",
          note: "PJ&A's substitute notice: it began notifying affected customers",
          source: 0,
        },
        { kind: "regulator_filing", date: "2023-11-03", source: 1 },
      ],
      consequences: [
        {
          kind: "criminal_investigation",
          description:
            "A federal grand-jury subpoena sought a client's records about the PJ&A incident (DOJ fraud section)",
          source: 2,
        },
        {
          kind: "contract_loss",
          description:
            "Cook County Health terminated its relationship with PJ&A and stopped sharing data with it",
          source: 3,
        },
        {
          kind: "lawsuit",
          description: "Class actions centralized in the Eastern District of New York by the JPML",
          source: 4,
        },
      ],
    },
  ],
  evidence: [
    {
      isDemo: false,
      factor: "disclosure.attack_vector_disclosed",
      value: false,
      statement: "PJ&A has not said how the attacker got into its network.",
      observedOn: "2023-11-03",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: HIPAAGUIDE_URL,
      sourceTitle: HIPAAGUIDE_TITLE,
    },
    {
      isDemo: true,
      factor: "offboarding.data_destruction_certified",
      value: false,
      statement:
        "Demo: the hospital has asked for, but not received, a certificate that its files were destroyed.",
      observedOn: "2024-08-20",
      origin: "analyst",
      // The hospital knows this of itself.
      assurance: "verified",
      notes: "Made up for the demonstration.",
    },
  ],
};
