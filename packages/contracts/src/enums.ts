import { z } from "zod";
import { criticalities, relationshipStatuses, vendorCategories } from "./values";

/** What kind of service a vendor sells the hospital. */
export const vendorCategory = z.enum(vendorCategories);
export type VendorCategory = z.infer<typeof vendorCategory>;

/** Where the hospital stands with a vendor over the relationship's life. */
export const relationshipStatus = z.enum(relationshipStatuses);
export type RelationshipStatus = z.infer<typeof relationshipStatus>;

/** How much harm the hospital suffers if the vendor fails: clinical and operational dependence. */
export const criticality = z.enum(criticalities);
export type Criticality = z.infer<typeof criticality>;

export const hostingModel = z.enum(["on_premises", "vendor_hosted", "cloud", "hybrid"]);
export type HostingModel = z.infer<typeof hostingModel>;

/** Where a copy of the hospital's data sits at the vendor. */
export const holdingEnvironment = z.enum(["production", "backup", "archive", "legacy", "migration_staging"]);
export type HoldingEnvironment = z.infer<typeof holdingEnvironment>;

/** A three-valued answer: Ward never treats "unknown" as "no" or "yes". */
export const triState = z.enum(["yes", "no", "unknown"]);
export type TriState = z.infer<typeof triState>;

/** `not_started`: the data has to move but nobody has planned the move yet, so it has no end date either. */
export const migrationStatus = z.enum([
  "not_applicable",
  "not_started",
  "planned",
  "in_progress",
  "stalled",
  "completed",
]);
export type MigrationStatus = z.infer<typeof migrationStatus>;

/**
 * Categories of protected health information, as hospital breach notices list them, and the kinds of data a
 * hospital hands its vendors (clinical notes, genetic results, behavioural health records, payment cards).
 */
export const phiCategory = z.enum([
  "name",
  "date_of_birth",
  "ssn",
  "drivers_license",
  "address",
  "contact",
  "mrn",
  "patient_id",
  "physician",
  "diagnosis",
  "medication",
  "test_results",
  "images",
  "insurance",
  "dates_of_service",
  "financial",
  "credentials",
  "demographics",
  "clinical_notes",
  "genetic",
  "behavioral_health",
  "payment_card",
  "other",
]);
export type PhiCategory = z.infer<typeof phiCategory>;

/**
 * How the attacker got in. What happened once inside (data taken, files encrypted for extortion, an outage) is
 * recorded apart, so a route is never mistaken for a payload: ransomware is what an attacker does, not a way in.
 */
export const entryRoute = z.enum([
  "stolen_credentials",
  "credential_stuffing",
  "phishing",
  "exploited_vulnerability",
  "misconfiguration",
  "insider",
  "third_party",
  "unknown",
]);
export type EntryRoute = z.infer<typeof entryRoute>;

/** The moments of an incident's timeline. Each may be claimed by several sources that disagree. */
export const incidentDateKind = z.enum([
  "intrusion_start",
  "intrusion_end",
  "vendor_discovery",
  "customer_notice",
  "public_disclosure",
  "regulator_filing",
]);
export type IncidentDateKind = z.infer<typeof incidentDateKind>;

/** How precisely a source states a date ("on or after 22 January", "in early March"). */
export const dateQualifier = z.enum(["exact", "on_or_after", "on_or_around", "before", "approximate"]);
export type DateQualifier = z.infer<typeof dateQualifier>;

export const consequenceKind = z.enum([
  "settlement",
  "regulator_fine",
  "lawsuit",
  "ransom",
  "response_cost",
  "criminal_investigation",
  "contract_loss",
  "other",
]);
export type ConsequenceKind = z.infer<typeof consequenceKind>;

/** Where a piece of evidence came from. */
export const evidenceOrigin = z.enum([
  "analyst",
  "questionnaire",
  "public_record",
  "breach_import",
  "vendor_attestation",
]);
export type EvidenceOrigin = z.infer<typeof evidenceOrigin>;

/**
 * How well a fact is backed, weakest first: the vendor's own word; the vendor's word backed by a document (a SOC 2
 * Type II report, a HITRUST certification, a penetration test, a certificate of destruction); a check the hospital
 * made itself; a public record (a regulator's filing, a court record). Scoring trusts a good answer in that order.
 */
export const evidenceAssurance = z.enum(["self_attested", "documented", "verified", "public_record"]);
export type EvidenceAssurance = z.infer<typeof evidenceAssurance>;

/** The document behind a `documented` fact. */
export const evidenceDocument = z.enum([
  "soc2_type2",
  "hitrust",
  "iso27001",
  "penetration_test",
  "destruction_certificate",
  "other",
]);
export type EvidenceDocument = z.infer<typeof evidenceDocument>;

/** Proof that a holding was destroyed; a vendor's statement alone is recorded but does not count as proof. */
export const destructionAssurance = z.enum(["self_attested", "documented", "verified"]);
export type DestructionAssurance = z.infer<typeof destructionAssurance>;

export const ownershipEvent = z.enum(["acquired", "merged", "renamed", "spun_off"]);
export type OwnershipEvent = z.infer<typeof ownershipEvent>;
