import type { DemoVendor } from "../demo-vendor";
import { CERNER_2025_DATA_TYPES, HHS_OCR_BREACH_PORTAL_URL, HHS_OCR_PUBLISHER } from "./public-sources";

const BLEEPING_URL =
  "https://www.bleepingcomputer.com/news/security/oracle-health-breach-compromises-patient-data-at-us-hospitals/";
const BLEEPING_TITLE = "Oracle Health breach compromises patient data at US hospitals";

/**
 * The seed incident of Ward: stolen customer credentials opened legacy Cerner data-migration servers.
 * The 2025 Oracle Cloud "Classic" login-server incident and the E-Business Suite campaign are different events
 * and are deliberately not folded into this one.
 */
export const oracleHealth: DemoVendor = {
  seedKey: "oracle-health",
  vendor: {
    name: "Oracle Health",
    aliases: ["Cerner"],
    formerNames: ["Cerner Corporation"],
    website: "https://www.oracle.com/health/",
    category: "ehr",
    parentCompany: "Oracle Corporation",
    ownershipHistory: [
      {
        event: "acquired",
        counterparty: "Oracle Corporation",
        date: "2022-06-08",
        amountUsd: 28_300_000_000,
        note: "Reported as about $28B to $28.3B. The deal brought the VA EHR contract, about $16B.",
        sourceUrl:
          "https://www.marketscreener.com/quote/stock/ORACLE-CORPORATION-13620698/news/ORACLE-CORP-Completion-of-Acquisition-or-Disposition-of-Assets-Creation-of-a-Direct-Financial-Obl-40672181/",
      },
    ],
    relationshipStatus: "active",
    criticality: "critical",
    description:
      "The hospital's core EHR, bought as Cerner and now run by Oracle Health while customer data moves to " +
      "Oracle Cloud. Data not yet migrated sits on older Cerner servers, which is where the 2025 intrusion happened.",
  },
  products: [
    {
      name: "Cerner Millennium EHR",
      hostingModel: "vendor_hosted",
      version: "2018.01 (demo)",
      notes: "Demo: the version and hosting arrangement are made up for Example Regional Health.",
    },
  ],
  holdings: [
    {
      system: "Legacy Cerner data-migration servers",
      product: "Cerner Millennium EHR",
      environment: "migration_staging",
      recordCount: 184_000,
      phiCategories: [...CERNER_2025_DATA_TYPES],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "in_progress",
      notes:
        "Demo: the count and status are made up. The kind of system is the one Oracle's notice named: an old " +
        "server holding data not yet migrated to Oracle Cloud.",
    },
    {
      system: "Legacy Cerner archive (pre-2019 encounters)",
      product: "Cerner Millennium EHR",
      environment: "legacy",
      recordCount: 96_500,
      phiCategories: [
        "name",
        "date_of_birth",
        "address",
        "mrn",
        "diagnosis",
        "medication",
        "dates_of_service",
      ],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "stalled",
      endOfSupport: "2024-12-31",
      notes: "Demo: a made-up archive whose migration stalled; nobody has confirmed when it will be retired.",
    },
    {
      system: "Oracle Health Millennium on Oracle Cloud Infrastructure",
      product: "Cerner Millennium EHR",
      environment: "production",
      recordCount: 412_000,
      phiCategories: [...CERNER_2025_DATA_TYPES],
      encryptedAtRest: "yes",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "completed",
      notes:
        "Demo: made-up production copy after migration; encryption as the vendor attested to the hospital.",
    },
  ],
  incidents: [
    {
      title: "Unauthorized access to legacy Cerner data-migration servers",
      entryRoute: "stolen_credentials",
      mfaAtEntry: "unknown",
      legacySystemInvolved: "yes",
      dataTaken: "yes",
      // An extortion demand to hospitals, but no source says whether anything was encrypted, nor that anything stopped.
      encryptedForExtortion: "unknown",
      serviceOutage: "unknown",
      recordsAffected: 501,
      recordsIsPlaceholder: true,
      summary:
        "Someone logged in with stolen customer credentials to older Cerner servers that still held data not yet " +
        "moved to Oracle Cloud, and copied the data to a remote location. Oracle's letters did not tell each " +
        "hospital which of its patients were involved, so hospitals had to work out whose records were on the " +
        "servers, and Oracle said it would not notify patients itself. Cerner's own OCR row (501) is a " +
        "placeholder: hospitals filed their own rows, such as Union Health System (262,831) and Mosaic Life Care " +
        "(145,269), and filed reports passed 410,000 people by mid-2025. The Department of Veterans Affairs said " +
        "its systems were not affected. The two sources disagree on when Oracle found out; both dates are kept.",
      dataTypes: [...CERNER_2025_DATA_TYPES],
      sources: [
        {
          url: BLEEPING_URL,
          title: BLEEPING_TITLE,
          publisher: "BleepingComputer",
          publishedOn: "2025-03-28",
        },
        {
          url: "https://hipaatimes.com/oracle-health-data-breach-exposes-sensitive-information-of-13633-patients",
          title: "Oracle health data breach exposes sensitive information of 13,633 patients",
          publisher: "HIPAA Times",
        },
        {
          url: "https://www.bloomberg.com/",
          title: "Oracle Warns Health Customers of Patient Data Breach (Bloomberg News, March 28, 2025)",
          publisher: "Bloomberg",
          publishedOn: "2025-03-28",
        },
        {
          url: HHS_OCR_BREACH_PORTAL_URL,
          title:
            "HHS OCR breach portal: Cerner Corporation (MO), Business Associate, 501, Hacking/IT Incident",
          publisher: HHS_OCR_PUBLISHER,
          publishedOn: "2025-06-17",
        },
        {
          url: "https://litnews.ai/article/c7be940e-3d88-4fa9-a317-99f5dbf8c65f",
          title:
            "Consolidation order: In re: Cerner/Oracle Data Breach Litigation, W.D. Mo., No. 25-00259-CV-W-BP",
          publisher: "LitNews",
        },
        {
          url: "https://cybermaterial.com/fbi-investigates-oracle-health-data-breach",
          title: "FBI Investigates Oracle Health Data Breach",
          publisher: "CyberMaterial",
        },
        {
          url: "https://www.compliancejunction.com/oracle-health-cerner-hack-affects-nearly-263000-individuals/",
          title: "Oracle Health/Cerner hack affects nearly 263,000 individuals (Union Health System notice)",
          publisher: "Compliance Junction",
        },
        {
          url: "https://securitydone.com/breach-reports-still-trickling-in",
          title: "Cerner breach reports still trickling in: at least 410,000 patients reported affected",
          publisher: "SecurityDone",
        },
      ],
      dates: [
        {
          kind: "intrusion_start",
          date: "2025-01-22",
          qualifier: "on_or_after",
          note: "Oracle's notice: access began some time after 22 January; data was copied to a remote server",
          source: 0,
        },
        {
          kind: "vendor_discovery",
          date: "2025-02-20",
          qualifier: "on_or_around",
          note: "Oracle's letter to customers",
          source: 0,
        },
        {
          kind: "vendor_discovery",
          date: "2025-03-07",
          qualifier: "exact",
          note: "Cerner's state regulatory filing, as reported by HIPAA Times",
          source: 1,
        },
        {
          kind: "customer_notice",
          date: "2025-03-03",
          qualifier: "approximate",
          note: "letters in early March 2025 on plain paper without letterhead",
          source: 0,
        },
        { kind: "public_disclosure", date: "2025-03-28", note: "first public report", source: 0 },
        {
          kind: "regulator_filing",
          date: "2025-06-17",
          note: "Cerner Corporation row on the HHS OCR portal, 501 individuals (placeholder)",
          source: 3,
        },
      ],
      consequences: [
        {
          kind: "lawsuit",
          description:
            "Patient suits consolidated as In re: Cerner/Oracle Data Breach Litigation (W.D. Mo., No. 25-00259-CV-W-BP)",
          source: 4,
        },
        {
          kind: "criminal_investigation",
          description: "The FBI investigated the intrusion and the attempts to extort hospitals",
          date: "2025-03-28",
          source: 2,
        },
        {
          kind: "other",
          description:
            'An actor calling himself "Andrew" demanded cryptocurrency payments from affected hospitals',
          source: 5,
        },
      ],
    },
  ],
  evidence: [
    {
      isDemo: false,
      factor: "legacy.unmigrated_data",
      value: true,
      statement: "Customer data not yet migrated to Oracle Cloud was still held on old Cerner servers.",
      observedOn: "2025-02-20",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: BLEEPING_URL,
      sourceTitle: BLEEPING_TITLE,
    },
    {
      isDemo: false,
      factor: "notification.vendor_notifies_patients",
      value: false,
      statement:
        "Oracle told hospitals it would not notify patients; each hospital had to decide on HIPAA notice.",
      observedOn: "2025-03-28",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: BLEEPING_URL,
      sourceTitle: BLEEPING_TITLE,
    },
    {
      isDemo: true,
      factor: "mfa.customer_logins",
      value: false,
      statement:
        "Demo: the hospital's own accounts on the legacy Cerner servers sign in with a password only.",
      observedOn: "2025-04-15",
      origin: "analyst",
      // The hospital knows this of itself.
      assurance: "verified",
      notes: "Made up for the demonstration.",
    },
  ],
};
