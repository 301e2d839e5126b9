import type { DemoVendor } from "../demo-vendor";
import { HHS_OCR_BREACH_PORTAL_URL, HHS_OCR_PUBLISHER } from "./public-sources";

const NOTICE_URL = "https://www.azblue.com/newsroom/news-releases/welltok-data-privacy-incident";
const NOTICE_TITLE =
  "Welltok, Inc. Provides Notice of Data Privacy Event Related to Progress Software Incident";
const CLOP_URL =
  "https://cybernewsy.com/welltok-confirms-clop-hacking-groups-exploitation-affecting-3-5-million-individuals/";
const CLOP_TITLE = "Welltok confirms Clop hacking group's exploitation affecting 3.5 million individuals";

/** A zero-day in a file-transfer tool: the vendor patched promptly and was still breached the day before. */
export const welltok: DemoVendor = {
  seedKey: "welltok",
  vendor: {
    name: "Welltok",
    aliases: ["Welltok, Inc."],
    category: "wellness",
    parentCompany: "Virgin Pulse",
    relationshipStatus: "active",
    criticality: "low",
    description:
      "Member wellness and outreach platform run for the hospital's employee health plan. It receives member " +
      "files by managed file transfer.",
  },
  products: [
    {
      name: "Member outreach platform",
      hostingModel: "cloud",
      notes: "Demo: the hospital's use of Welltok is made up.",
    },
  ],
  holdings: [
    {
      system: "Member eligibility files (file-transfer drop)",
      product: "Member outreach platform",
      environment: "production",
      recordCount: 8_900,
      phiCategories: ["name", "contact", "address", "date_of_birth", "insurance"],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "no",
      migrationStatus: "not_applicable",
      notes: "Demo: made-up count of health-plan members whose files the hospital sends.",
    },
  ],
  incidents: [
    {
      title: "MOVEit Transfer server exploited through CVE-2023-34362",
      entryRoute: "exploited_vulnerability",
      mfaAtEntry: "unknown",
      legacySystemInvolved: "no",
      dataTaken: "yes",
      recordsAffected: 14_782_887,
      summary:
        "The Cl0p group exploited a zero-day flaw in Progress Software's MOVEit Transfer (CVE-2023-34362) on " +
        "Welltok's server the day before a fix existed, and copied health-plan member data. Welltok first found " +
        "no sign of compromise; a later rebuild of its systems showed the access, and confirming which data was " +
        "taken took until late August. The sources give two discovery milestones; both are kept.",
      dataTypes: ["name", "contact", "address", "date_of_birth", "ssn", "insurance"],
      sources: [
        {
          url: NOTICE_URL,
          title: NOTICE_TITLE,
          publisher: "Welltok, Inc. (reposted by Blue Cross Blue Shield of Arizona)",
        },
        {
          url: HHS_OCR_BREACH_PORTAL_URL,
          title: "HHS OCR breach portal: Welltok, Inc. (CO), Business Associate, 14,782,887",
          publisher: HHS_OCR_PUBLISHER,
          publishedOn: "2023-11-06",
        },
        { url: CLOP_URL, title: CLOP_TITLE, publisher: "CyberNewsy" },
        {
          url: "https://app.midpage.ai/document/in-re-moveit-customer-data-1000447658034",
          title:
            "In re: MOVEit Customer Data Security Breach Litigation, D. Mass., No. 1:23-md-03083 (MDL Order No. 23)",
          publisher: "Midpage",
        },
      ],
      dates: [
        { kind: "intrusion_start", date: "2023-05-30", source: 0 },
        {
          kind: "vendor_discovery",
          date: "2023-08-11",
          note: "Welltok's notice: investigation determined the server had been accessed",
          source: 0,
        },
        { kind: "vendor_discovery", date: "2023-08-26", note: "theft of data confirmed", source: 2 },
        { kind: "regulator_filing", date: "2023-11-06", source: 1 },
      ],
      consequences: [
        {
          kind: "lawsuit",
          description:
            "Class actions against Welltok, part of the MOVEit multidistrict litigation in Massachusetts",
          source: 3,
        },
      ],
    },
  ],
  evidence: [
    {
      isDemo: false,
      factor: "vulnerability.exploited_before_patch",
      value: true,
      statement: "Welltok's MOVEit server was exploited before Progress Software released a fix.",
      observedOn: "2023-05-30",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: CLOP_URL,
      sourceTitle: CLOP_TITLE,
    },
  ],
};
