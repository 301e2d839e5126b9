import type {
  DataHoldingDto,
  EvidenceDto,
  IncidentDto,
  ProductDto,
  VendorDto,
  VendorSummaryDto,
} from "@ward/contracts";

/** Test records shaped like the seeded Oracle Health vendor; ids are fixed so assertions can name links. */
export const oracleHealth: VendorDto = {
  id: "3f0c7f0e-2b1a-4c55-9d0e-1a2b3c4d5e6f",
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
      note: null,
      sourceUrl: "https://www.marketscreener.com/oracle-cerner",
    },
  ],
  relationshipStatus: "active",
  criticality: "critical",
  description: "The hospital's core EHR.",
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-06-17T00:00:00.000Z",
};

export const oracleHealthSummary: VendorSummaryDto = {
  ...oracleHealth,
  productCount: 1,
  dataHoldingCount: 1,
  incidentCount: 1,
  latestIncidentYear: 2025,
  riskScore: 97,
  riskTier: "critical",
  riskBeingRescored: false,
  riskTrend: 4,
  lastAssessedAt: "2025-06-17T09:00:00.000Z",
  reassessmentDueOn: "2025-12-17",
  reassessmentOverdue: true,
};

export const legacyHolding: DataHoldingDto = {
  id: "5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a",
  vendorId: oracleHealth.id,
  system: "Legacy Cerner data-migration servers",
  productId: null,
  environment: "migration_staging",
  recordCount: 184_000,
  phiCategories: ["name", "ssn"],
  encryptedAtRest: "unknown",
  reachableWithCustomerCredentials: "yes",
  migrationStatus: "in_progress",
  endOfSupport: null,
  retentionEnd: null,
  destroyedOn: null,
  destructionEvidence: null,
  destructionAttestedBy: null,
  destructionAssurance: null,
  notes: null,
  isDemo: true,
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-01-01T00:00:00.000Z",
};

export const legacyServerIncident: IncidentDto = {
  id: "6b6b6b6b-6b6b-4b6b-8b6b-6b6b6b6b6b6b",
  vendorId: oracleHealth.id,
  title: "Unauthorized access to legacy Cerner data-migration servers",
  summary: null,
  entryRoute: "stolen_credentials",
  mfaAtEntry: "unknown",
  legacySystemInvolved: "yes",
  dataTaken: "yes",
  encryptedForExtortion: "unknown",
  serviceOutage: "unknown",
  outageDays: null,
  servicesStopped: [],
  recordsAffected: 501,
  recordsIsEstimate: false,
  recordsIsPlaceholder: true,
  dataTypes: ["name", "ssn"],
  sources: [],
  dates: [],
  consequences: [],
  isDemo: false,
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-01-01T00:00:00.000Z",
};

export const bleepingUrl =
  "https://www.bleepingcomputer.com/news/security/oracle-health-breach-compromises-patient-data-at-us-hospitals/";

export const unmigratedDataEvidence: EvidenceDto = {
  id: "7e7e7e7e-7e7e-4e7e-8e7e-7e7e7e7e7e7e",
  vendorId: oracleHealth.id,
  factor: "legacy.unmigrated_data",
  value: true,
  statement: "Customer data not yet migrated to Oracle Cloud was still held on old Cerner servers.",
  observedOn: "2025-02-20",
  origin: "public_record",
  assurance: "public_record",
  document: null,
  sourceUrl: bleepingUrl,
  sourceTitle: "Oracle Health breach compromises patient data at US hospitals",
  notes: null,
  isDemo: false,
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-01-01T00:00:00.000Z",
};

export const customerMfaEvidence: EvidenceDto = {
  id: "8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f",
  vendorId: oracleHealth.id,
  factor: "mfa.customer_logins",
  value: false,
  statement: "Demo: the hospital's own accounts on the legacy Cerner servers sign in with a password only.",
  observedOn: "2025-04-15",
  origin: "analyst",
  assurance: "verified",
  document: null,
  sourceUrl: null,
  sourceTitle: null,
  notes: null,
  isDemo: true,
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-01-01T00:00:00.000Z",
};

export const millenniumProduct: ProductDto = {
  id: "9a9a9a9a-9a9a-4a9a-8a9a-9a9a9a9a9a9a",
  vendorId: oracleHealth.id,
  name: "Oracle Health Millennium",
  hostingModel: "vendor_hosted",
  version: null,
  endOfSupport: null,
  notes: null,
  isDemo: true,
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-01-01T00:00:00.000Z",
};
