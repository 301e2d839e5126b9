import type { DemoVendor } from "../demo-vendor";

const HFT_URL =
  "https://healthcarefacilitiestoday.com/posts/NextGen-Healthcare-Hit-with-Cyberattack-Potentially-Exposing-Protected-Health-Information--28586";
const HFT_TITLE = "NextGen Healthcare Hit with Cyberattack Potentially Exposing Protected Health Information";

/** Credential stuffing: customers' passwords stolen elsewhere still opened a cloud EHR. */
export const nextgenHealthcare: DemoVendor = {
  seedKey: "nextgen-healthcare",
  vendor: {
    name: "NextGen Healthcare",
    aliases: ["NextGen Healthcare, Inc."],
    website: "https://www.nextgen.com",
    category: "ehr",
    relationshipStatus: "active",
    criticality: "moderate",
    description: "Cloud EHR and practice management used by the hospital's affiliated outpatient clinics.",
  },
  products: [
    {
      name: "NextGen Office",
      hostingModel: "cloud",
      notes: "Demo: the hospital's use of NextGen Office at its clinics is made up.",
    },
  ],
  holdings: [
    {
      system: "NextGen Office (affiliated clinics)",
      product: "NextGen Office",
      environment: "production",
      recordCount: 41_300,
      phiCategories: ["name", "date_of_birth", "address", "ssn", "insurance", "diagnosis", "medication"],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "not_applicable",
      notes: "Demo: made-up count of clinic patients.",
    },
  ],
  incidents: [
    {
      title: "Credential-stuffing access to NextGen Office",
      entryRoute: "credential_stuffing",
      mfaAtEntry: "unknown",
      legacySystemInvolved: "unknown",
      dataTaken: "yes",
      recordsAffected: 1_049_375,
      summary:
        "Attackers signed in to NextGen Office, the cloud EHR, with client credentials that NextGen said had been " +
        "stolen in other, unrelated incidents, and took names, addresses, dates of birth and Social Security " +
        "numbers. The count is the total NextGen reported to the Maine Attorney General; the breach does not " +
        "appear under NextGen's name on the HHS OCR portal, so a name search there misses it.",
      dataTypes: ["name", "address", "date_of_birth", "ssn"],
      sources: [
        { url: HFT_URL, title: HFT_TITLE, publisher: "Healthcare Facilities Today" },
        {
          url: "https://www.maine.gov/ag/",
          title:
            "Maine Attorney General data breach notifications: NextGen Healthcare, Inc. (1,049,375 affected)",
          publisher: "Office of the Maine Attorney General",
        },
        {
          url: "https://nghdatabreachlitigation.com/faq",
          title: "NextGen Healthcare Data Breach Settlement: frequently asked questions",
          publisher: "Court-authorized settlement website",
        },
        {
          url: "https://www.classaction.org/news/19.3m+-nextgen-healthcare-settlement-ends-class-action-lawsuit-over-2023-data-breach",
          title: "$19.3M+ NextGen Healthcare Settlement Ends Class Action Lawsuit Over 2023 Data Breach",
          publisher: "ClassAction.org",
        },
      ],
      dates: [
        { kind: "intrusion_start", date: "2023-03-29", source: 0 },
        { kind: "intrusion_end", date: "2023-04-14", source: 0 },
        { kind: "vendor_discovery", date: "2023-03-30", note: "alerted to suspicious activity", source: 0 },
        { kind: "customer_notice", date: "2023-04-28", note: "NextGen announced the incident", source: 2 },
      ],
      consequences: [
        {
          kind: "settlement",
          description:
            "Class settlement fund in Miller v. NextGen Healthcare Inc. (N.D. Ga., No. 1:23-cv-02043)",
          amountUsd: 19_375_000,
          source: 3,
        },
      ],
    },
  ],
  evidence: [
    {
      isDemo: false,
      factor: "credentials.customer_reuse_exploited",
      value: true,
      statement: "Attackers got into NextGen Office with client passwords stolen elsewhere and reused.",
      observedOn: "2023-03-29",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: HFT_URL,
      sourceTitle: HFT_TITLE,
    },
    {
      isDemo: true,
      factor: "mfa.customer_logins",
      value: true,
      statement:
        "Demo: NextGen attested to the hospital that NextGen Office now requires MFA for client users.",
      observedOn: "2024-09-02",
      origin: "vendor_attestation",
      assurance: "self_attested",
      notes: "Made up for the demonstration.",
    },
  ],
};
