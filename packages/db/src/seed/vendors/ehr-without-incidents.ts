import type { DemoVendor } from "../demo-vendor";

/**
 * Major EHR vendors with no public incident. They are seeded with no incident at all, never an invented one,
 * so the portfolio shows what a clean public record looks like next to the vendors above. Their evidence is
 * made-up good practice and carries the demo badge.
 */
export const epicSystems: DemoVendor = {
  seedKey: "epic-systems",
  vendor: {
    name: "Epic Systems",
    aliases: ["Epic", "Epic Systems Corporation"],
    website: "https://www.epic.com",
    category: "ehr",
    relationshipStatus: "prospect",
    criticality: "critical",
    description: "Under evaluation as the hospital's next EHR. No public security incident is recorded.",
  },
  products: [
    {
      name: "Epic EHR (hosted)",
      hostingModel: "vendor_hosted",
      notes: "Demo: a made-up proposal under evaluation.",
    },
  ],
  holdings: [],
  incidents: [],
  evidence: [
    {
      isDemo: true,
      factor: "mfa.remote_access",
      value: true,
      statement: "Demo: Epic's proposal states that all remote and administrative access requires MFA.",
      observedOn: "2025-05-12",
      origin: "vendor_attestation",
      assurance: "self_attested",
      notes: "Made up for the demonstration.",
    },
    {
      isDemo: true,
      factor: "encryption.at_rest",
      value: true,
      statement: "Demo: Epic's proposal states that hosted data and backups are encrypted at rest.",
      observedOn: "2025-05-12",
      origin: "vendor_attestation",
      assurance: "self_attested",
      notes: "Made up for the demonstration.",
    },
  ],
};

export const meditech: DemoVendor = {
  seedKey: "meditech",
  vendor: {
    name: "MEDITECH",
    aliases: ["Medical Information Technology, Inc."],
    website: "https://ehr.meditech.com",
    category: "ehr",
    relationshipStatus: "active",
    criticality: "high",
    description: "EHR of the hospital's critical-access affiliate. No public security incident is recorded.",
  },
  products: [
    {
      name: "MEDITECH Expanse",
      hostingModel: "cloud",
      notes: "Demo: the affiliate's use of Expanse is made up.",
    },
  ],
  holdings: [
    {
      system: "MEDITECH Expanse (critical-access affiliate)",
      product: "MEDITECH Expanse",
      environment: "production",
      recordCount: 58_700,
      phiCategories: [
        "name",
        "date_of_birth",
        "address",
        "mrn",
        "insurance",
        "diagnosis",
        "medication",
        "test_results",
      ],
      encryptedAtRest: "yes",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "not_applicable",
      notes: "Demo: made-up count and attested encryption.",
    },
  ],
  incidents: [],
  evidence: [
    {
      isDemo: true,
      factor: "mfa.customer_logins",
      value: true,
      statement: "Demo: MEDITECH attested that Expanse requires MFA for all customer user logins.",
      observedOn: "2025-02-03",
      origin: "vendor_attestation",
      assurance: "self_attested",
      notes: "Made up for the demonstration.",
    },
    {
      isDemo: true,
      factor: "assurance.soc2_type2",
      value: true,
      statement: "Demo: MEDITECH supplied a current SOC 2 Type II report covering the hosted service.",
      observedOn: "2025-02-03",
      origin: "vendor_attestation",
      assurance: "documented",
      document: "soc2_type2",
      notes: "Made up for the demonstration.",
    },
  ],
};
