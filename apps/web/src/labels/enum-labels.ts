import type {
  ConsequenceKind,
  Criticality,
  DateQualifier,
  DestructionAssurance,
  EntryRoute,
  EvidenceAssurance,
  EvidenceDocument,
  EvidenceOrigin,
  HoldingEnvironment,
  HostingModel,
  IncidentDateKind,
  MigrationStatus,
  OwnershipEvent,
  PhiCategory,
  RelationshipStatus,
  TriState,
  VendorCategory,
} from "@ward/contracts";

/*
 * Words people read for the contracts' enum values. Typed as complete records so adding a value to a contract
 * fails the web's type check until it has a label.
 */

export const categoryLabels: Record<VendorCategory, string> = {
  ehr: "Electronic health record",
  clearinghouse: "Clearinghouse",
  transcription: "Transcription",
  billing: "Billing",
  cloud: "Cloud",
  wellness: "Wellness",
  business_services: "Business services",
  file_transfer: "File transfer",
  collections: "Collections",
  medical_coding: "Medical coding",
  revenue_cycle: "Revenue cycle",
  scheduling: "Scheduling",
  patient_engagement: "Patient engagement",
  telehealth: "Telehealth",
  archiving: "Data archiving",
  imaging: "Imaging (PACS)",
  laboratory: "Laboratory",
  pharmacy: "Pharmacy",
  analytics: "Analytics",
  staffing: "Staffing",
  other: "Other",
};

export const statusLabels: Record<RelationshipStatus, string> = {
  prospect: "Prospect",
  active: "Active",
  offboarding: "Offboarding",
  former: "Former",
};

export const criticalityLabels: Record<Criticality, string> = {
  low: "Low",
  moderate: "Moderate",
  high: "High",
  critical: "Critical",
};

export const criticalityColors: Record<Criticality, string> = {
  low: "gray",
  moderate: "blue",
  high: "orange",
  critical: "red",
};

export const hostingLabels: Record<HostingModel, string> = {
  on_premises: "On premises",
  vendor_hosted: "Vendor hosted",
  cloud: "Cloud",
  hybrid: "Hybrid",
};

export const environmentLabels: Record<HoldingEnvironment, string> = {
  production: "Production",
  backup: "Backup",
  archive: "Archive",
  legacy: "Legacy system",
  migration_staging: "Migration staging",
};

export const triStateLabels: Record<TriState, string> = { yes: "Yes", no: "No", unknown: "Unknown" };

export const migrationLabels: Record<MigrationStatus, string> = {
  not_applicable: "Not applicable",
  not_started: "Not started",
  planned: "Planned",
  in_progress: "In progress",
  stalled: "Stalled",
  completed: "Completed",
};

export const phiLabels: Record<PhiCategory, string> = {
  name: "Name",
  date_of_birth: "Date of birth",
  ssn: "Social Security number",
  drivers_license: "Driver's licence",
  address: "Address",
  contact: "Contact details",
  mrn: "Medical record number",
  patient_id: "Patient ID",
  physician: "Physician",
  diagnosis: "Diagnosis",
  medication: "Medication",
  test_results: "Test results",
  images: "Images",
  insurance: "Insurance",
  dates_of_service: "Dates of service",
  financial: "Financial",
  credentials: "Credentials",
  demographics: "Demographics",
  clinical_notes: "Clinical notes",
  genetic: "Genetic data",
  behavioral_health: "Behavioural health",
  payment_card: "Payment card",
  other: "Other",
};

/** How the attacker got in. Ransomware is not among them: it is what happened once inside. */
export const entryRouteLabels: Record<EntryRoute, string> = {
  stolen_credentials: "Stolen credentials",
  credential_stuffing: "Credential stuffing",
  phishing: "Phishing",
  exploited_vulnerability: "Exploited vulnerability",
  misconfiguration: "Misconfiguration",
  insider: "Insider",
  third_party: "Through a third party",
  unknown: "Unknown",
};

export const dateKindLabels: Record<IncidentDateKind, string> = {
  intrusion_start: "Intrusion began",
  intrusion_end: "Intrusion ended",
  vendor_discovery: "Vendor discovered",
  customer_notice: "Customers notified",
  public_disclosure: "Made public",
  regulator_filing: "Filed with regulator",
};

/** Words placed before a date; an exact date needs none. */
export const qualifierLabels: Record<DateQualifier, string> = {
  exact: "exactly",
  on_or_after: "on or after",
  on_or_around: "on or around",
  before: "before",
  approximate: "approximately",
};

export const consequenceLabels: Record<ConsequenceKind, string> = {
  settlement: "Settlement",
  regulator_fine: "Regulator fine",
  lawsuit: "Lawsuit",
  ransom: "Ransom",
  response_cost: "Response cost",
  criminal_investigation: "Criminal investigation",
  contract_loss: "Contract loss",
  other: "Other",
};

export const originLabels: Record<EvidenceOrigin, string> = {
  analyst: "Analyst",
  questionnaire: "Questionnaire",
  public_record: "Public record",
  breach_import: "Breach import",
  vendor_attestation: "Vendor attestation",
};

/** How well a fact is backed, weakest first. */
export const assuranceLabels: Record<EvidenceAssurance, string> = {
  self_attested: "Vendor's word",
  documented: "Documented",
  verified: "Verified by us",
  public_record: "Public record",
};

export const assuranceColors: Record<EvidenceAssurance, string> = {
  self_attested: "gray",
  documented: "blue",
  verified: "green",
  public_record: "grape",
};

export const documentLabels: Record<EvidenceDocument, string> = {
  soc2_type2: "SOC 2 Type II report",
  hitrust: "HITRUST certification",
  iso27001: "ISO 27001 certificate",
  penetration_test: "Penetration test report",
  destruction_certificate: "Certificate of destruction",
  other: "Other document",
};

/** What backs a destruction; only the last two count as proof. */
export const destructionAssuranceLabels: Record<DestructionAssurance, string> = {
  self_attested: "The vendor's statement only",
  documented: "A certificate or other document",
  verified: "Our own check",
};

/** How an ownership change reads before the other party's name. */
export const ownershipEventLabels: Record<OwnershipEvent, string> = {
  acquired: "Acquired by",
  merged: "Merged with",
  renamed: "Renamed from",
  spun_off: "Spun off from",
};

/** Select/MultiSelect options in the contract's order. */
export function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
