import type { DemoVendor } from "../demo-vendor";

const HCI_URL =
  "https://www.hcinnovationgroup.com/cybersecurity/news/13029742/allscripts-hit-with-class-action-complaint-following-ransomware-attack";
const HCI_TITLE = "Allscripts Hit with Class-Action Complaint Following Ransomware Attack";

/**
 * Kept under the name the incident is known by. The company now trades as Veradigm, so that name is an alias
 * for matching; its hospital and large-practice products went to another owner in 2022 and are not modelled.
 */
export const allscripts: DemoVendor = {
  seedKey: "allscripts",
  vendor: {
    name: "Allscripts",
    aliases: ["Allscripts Healthcare Solutions", "Veradigm"],
    category: "ehr",
    relationshipStatus: "active",
    criticality: "moderate",
    description:
      "Hosted ambulatory EHR and e-prescribing used by the hospital's urgent-care clinics. The company now " +
      "trades as Veradigm.",
  },
  products: [
    {
      name: "Allscripts Professional EHR",
      hostingModel: "vendor_hosted",
      notes: "Demo: the clinics' use of the hosted EHR is made up.",
    },
    {
      name: "Allscripts ePrescribe",
      hostingModel: "vendor_hosted",
      notes: "Demo: made up for the demonstration.",
    },
  ],
  holdings: [
    {
      system: "Hosted Professional EHR (urgent care)",
      product: "Allscripts Professional EHR",
      environment: "production",
      recordCount: 30_200,
      phiCategories: ["name", "date_of_birth", "address", "insurance", "diagnosis", "medication"],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "not_applicable",
      notes: "Demo: made-up count of urgent-care patients.",
    },
  ],
  incidents: [
    {
      title: "SamSam ransomware outage of hosted Allscripts applications",
      entryRoute: "unknown",
      mfaAtEntry: "unknown",
      legacySystemInvolved: "unknown",
      dataTaken: "no",
      encryptedForExtortion: "yes",
      serviceOutage: "yes",
      // From the attack on 2018-01-18 to the last restoration on 2018-01-26.
      outageDays: 8,
      servicesStopped: ["EHR", "e-prescribing"],
      recordsAffected: null,
      summary:
        "SamSam ransomware struck applications hosted in Allscripts' Raleigh and Charlotte data centres. About " +
        "1,500 clients lost their hosted EHR and e-prescribing, some of them for about a week. No theft of patient data was reported, so no record count applies. How " +
        "the attackers got in was not disclosed. A practice filed a class action within a week.",
      dataTypes: [],
      sources: [
        { url: HCI_URL, title: HCI_TITLE, publisher: "Healthcare Innovation", publishedOn: "2018-01-26" },
        {
          url: "https://www.law360.com/articles/1005950/allscripts-hit-with-class-action-after-ransomware-attack",
          title: "Allscripts Hit With Class Action After Ransomware Attack",
          publisher: "Law360",
          publishedOn: "2018-01-25",
        },
      ],
      dates: [
        {
          kind: "vendor_discovery",
          date: "2018-01-18",
          note: "ransomware struck hosted applications in the early morning",
          source: 0,
        },
      ],
      consequences: [
        {
          kind: "other",
          description:
            "About 1,500 clients lost hosted EHR and e-prescribing; service to all restored by this date",
          date: "2018-01-26",
          source: 0,
        },
        {
          kind: "lawsuit",
          description: "Putative class action by an affected practice (N.D. Ill.)",
          date: "2018-01-25",
          source: 1,
        },
      ],
    },
  ],
  evidence: [],
};
