import type { DemoVendor } from "../demo-vendor";
import { HHS_OCR_BREACH_PORTAL_URL, HHS_OCR_PUBLISHER } from "./public-sources";

const STARTRIBUNE_URL =
  "https://m.startribune.com/unitedhealth-ceo-to-testify-on-cyberattack-at-congressional-committees/600362967/";
const STARTRIBUNE_TITLE = "UnitedHealth CEO to testify on cyberattack at congressional committees";
const SENATE_URL = "https://www.finance.senate.gov/";
const SENATE_TITLE =
  "Senate Finance Committee hearing, May 1, 2024: Hacking America's Health Care: Assessing the Change " +
  "Healthcare Cyber Attack and What's Next";
const HEARING_URL =
  "https://www.compliancejunction.com/uhg-ceo-confronted-by-senators-in-change-healthcare-cyberattack-hearing/";
const HEARING_TITLE = "UHG CEO Confronted by Senators in Change Healthcare Cyberattack Hearing";

/** The largest health-data breach on the OCR portal: one password-only remote-access portal in an older system. */
export const changeHealthcare: DemoVendor = {
  seedKey: "change-healthcare",
  vendor: {
    name: "Change Healthcare",
    aliases: ["Change Healthcare, Inc."],
    category: "clearinghouse",
    parentCompany: "UnitedHealth Group (Optum)",
    relationshipStatus: "active",
    criticality: "high",
    description:
      "Claims and eligibility clearinghouse. Its 2024 outage stopped claims and payments for weeks, so the " +
      "hospital's cash flow depends on it as much as its data does.",
  },
  products: [
    {
      name: "Claims and eligibility clearinghouse",
      hostingModel: "vendor_hosted",
      notes: "Demo: the hospital's use of the clearinghouse is made up.",
    },
  ],
  holdings: [
    {
      system: "Claims clearinghouse",
      product: "Claims and eligibility clearinghouse",
      environment: "production",
      recordCount: 238_000,
      phiCategories: [
        "name",
        "date_of_birth",
        "address",
        "insurance",
        "diagnosis",
        "dates_of_service",
        "financial",
      ],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "not_applicable",
      notes: "Demo: made-up count of the hospital's patients whose claims pass through the clearinghouse.",
    },
  ],
  incidents: [
    {
      title: "Ransomware attack through a Citrix remote-access portal without MFA",
      entryRoute: "stolen_credentials",
      mfaAtEntry: "no",
      legacySystemInvolved: "yes",
      dataTaken: "yes",
      encryptedForExtortion: "yes",
      serviceOutage: "yes",
      // The sources say "weeks", not a count of days.
      outageDays: null,
      servicesStopped: ["claims processing", "payments"],
      recordsAffected: 192_700_000,
      summary:
        "Attackers logged in with compromised credentials to a Citrix remote-access portal that did not require " +
        "multifactor authentication, in older systems Change Healthcare had brought in by acquisition. They moved " +
        "through the network, took data, and deployed ransomware nine days later. Claims and payments across the " +
        "US stopped for weeks. UnitedHealth paid a ransom and later told senators that MFA was on every " +
        "external-facing system.",
      dataTypes: ["name", "date_of_birth", "ssn", "address", "insurance"],
      sources: [
        {
          url: STARTRIBUNE_URL,
          title: STARTRIBUNE_TITLE,
          publisher: "Star Tribune",
        },
        {
          url: SENATE_URL,
          title: SENATE_TITLE,
          publisher: "U.S. Senate Committee on Finance",
          publishedOn: "2024-05-01",
        },
        {
          url: HHS_OCR_BREACH_PORTAL_URL,
          title: "HHS OCR breach portal: Change Healthcare, Inc. (MN), Business Associate, 192,700,000",
          publisher: HHS_OCR_PUBLISHER,
          publishedOn: "2024-07-19",
        },
        {
          url: HEARING_URL,
          title: HEARING_TITLE,
          publisher: "Compliance Junction",
          publishedOn: "2024-05-06",
        },
        {
          url: "https://www.databreachtoday.com/",
          title: "Change Healthcare Now Counts 190 Million Data Breach Victims",
          publisher: "Information Security Media Group (DataBreachToday)",
        },
        {
          url: "https://www.scworld.com/brief/change-healthcare-breach-prompts-nebraska-lawsuit",
          title: "Change Healthcare breach prompts Nebraska lawsuit",
          publisher: "SC Media",
          publishedOn: "2024-12-18",
        },
      ],
      dates: [
        {
          kind: "intrusion_start",
          date: "2024-02-12",
          note: "compromised credentials used on the Citrix portal (CEO's prepared testimony)",
          source: 0,
        },
        {
          kind: "vendor_discovery",
          date: "2024-02-21",
          note: "ransomware deployed nine days after entry, and detected",
          source: 0,
        },
        {
          kind: "regulator_filing",
          date: "2024-07-19",
          note: "Change Healthcare, Inc. row on the HHS OCR portal",
          source: 2,
        },
      ],
      consequences: [
        { kind: "ransom", description: "Ransom paid to the attackers", amountUsd: 22_000_000, source: 3 },
        {
          kind: "response_cost",
          description: "About $3.1B in 2024 costs of the attack reported by UnitedHealth Group",
          amountUsd: 3_100_000_000,
          source: 4,
        },
        {
          kind: "lawsuit",
          description:
            "Nebraska Attorney General sued Change Healthcare, UnitedHealth Group and Optum (Lancaster County, Dec 2024)",
          source: 5,
        },
      ],
    },
  ],
  evidence: [
    {
      isDemo: false,
      factor: "mfa.remote_access",
      value: false,
      statement:
        "The Citrix remote-access portal the attackers used did not require multifactor authentication.",
      observedOn: "2024-02-12",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: STARTRIBUNE_URL,
      sourceTitle: STARTRIBUNE_TITLE,
    },
    {
      isDemo: false,
      factor: "legacy.acquired_systems",
      value: true,
      statement: "The portal the attackers used sat in older systems that Change Healthcare had acquired.",
      observedOn: "2024-02-12",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: SENATE_URL,
      sourceTitle: SENATE_TITLE,
    },
    {
      isDemo: false,
      factor: "mfa.remote_access",
      value: true,
      statement: "UnitedHealth's CEO told Congress that every external-facing system now has MFA turned on.",
      observedOn: "2024-05-01",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: HEARING_URL,
      sourceTitle: HEARING_TITLE,
    },
    {
      isDemo: true,
      factor: "continuity.alternate_clearinghouse",
      value: true,
      statement: "Demo: the hospital keeps a contract with a second clearinghouse it can switch claims to.",
      observedOn: "2025-01-10",
      origin: "analyst",
      // The hospital knows this of itself.
      assurance: "verified",
      notes: "Made up for the demonstration.",
    },
  ],
};
