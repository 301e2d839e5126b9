import type { DemoVendor } from "../demo-vendor";

const HIPAA_JOURNAL_URL =
  "https://www.hipaajournal.com/greenway-health-ransomware-attack-stops-400-clients-accessing-ehrs-8790/";
const HIPAA_JOURNAL_TITLE = "Greenway Health Ransomware Attack Stops 400 Clients from Accessing EHRs";

/**
 * An outage, not a theft: ransomware on the hosted platform cut practices off from their records.
 * The entry route was never disclosed, so the vector names the payload that defines the incident.
 */
export const greenwayHealth: DemoVendor = {
  seedKey: "greenway-health",
  vendor: {
    name: "Greenway Health",
    aliases: ["Greenway Health, LLC"],
    website: "https://www.greenwayhealth.com",
    category: "ehr",
    relationshipStatus: "active",
    criticality: "moderate",
    description:
      "Hosted Intergy EHR and practice management used by two physician practices the hospital owns.",
  },
  products: [
    {
      name: "Intergy",
      hostingModel: "vendor_hosted",
      notes: "Demo: the hospital's use of hosted Intergy is made up.",
    },
  ],
  holdings: [
    {
      system: "Intergy hosted (owned physician practices)",
      product: "Intergy",
      environment: "production",
      recordCount: 23_600,
      phiCategories: [
        "name",
        "date_of_birth",
        "address",
        "insurance",
        "diagnosis",
        "medication",
        "dates_of_service",
      ],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "not_applicable",
      notes: "Demo: made-up count of practice patients.",
    },
  ],
  incidents: [
    {
      title: "Ransomware outage of hosted Intergy",
      entryRoute: "unknown",
      mfaAtEntry: "unknown",
      legacySystemInvolved: "unknown",
      // Greenway found no evidence of theft, which is not the same as a finding that nothing was taken.
      dataTaken: "unknown",
      encryptedForExtortion: "yes",
      serviceOutage: "yes",
      outageDays: null,
      servicesStopped: ["EHR"],
      recordsAffected: null,
      summary:
        "Ransomware hit part of Greenway's hosted Intergy platform and about 400 practices, some 5% of its clients, " +
        "lost access to their EHR and worked on paper until it was restored from backups. Greenway said it found no " +
        "evidence that patient data was taken, so no record count applies. How the attackers got in was not " +
        "disclosed.",
      dataTypes: [],
      sources: [
        { url: HIPAA_JOURNAL_URL, title: HIPAA_JOURNAL_TITLE, publisher: "HIPAA Journal" },
        {
          url: "https://www.databreaches.net/greenway-health-reports-ransomware-attack/",
          title: "Greenway Health Reports Ransomware Attack (Updated)",
          publisher: "DataBreaches.net",
        },
        {
          url: "https://www.healthcareinfosecurity.com/doctors-regain-ehr-access-after-ransomware-targets-vendor-a-9873",
          title: "Doctors Regain EHR Access After Ransomware Targets Vendor",
          publisher: "Information Security Media Group (HealthcareInfoSecurity)",
        },
      ],
      dates: [
        {
          kind: "vendor_discovery",
          date: "2017-04-22",
          qualifier: "on_or_around",
          note: "response teams brought in to remove the infection",
          source: 0,
        },
        {
          kind: "customer_notice",
          date: "2017-04-24",
          note: "Greenway's statement to affected customers",
          source: 1,
        },
      ],
      consequences: [
        {
          kind: "other",
          description: "About 400 practices on hosted Intergy lost EHR access and fell back to paper",
          source: 0,
        },
        {
          kind: "other",
          description: "EHR and practice management restored to all affected practices",
          date: "2017-05-01",
          source: 2,
        },
      ],
    },
  ],
  evidence: [
    {
      isDemo: false,
      factor: "continuity.backups_restorable",
      value: true,
      statement: "Greenway restored hosted Intergy from backups and expected little or no data loss.",
      observedOn: "2017-04-24",
      origin: "public_record",
      assurance: "public_record",
      sourceUrl: HIPAA_JOURNAL_URL,
      sourceTitle: HIPAA_JOURNAL_TITLE,
    },
  ],
};
