import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { isDemoColumn, tenantColumns } from "./columns";
import { organizations } from "./organizations";
import { vendors } from "./vendors";

export const incidents = pgTable(
  "incident",
  {
    ...tenantColumns(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary"),
    /** How the attacker got in; what happened once inside is in the tri-states below. */
    entryRoute: text("entry_route").notNull(),
    mfaAtEntry: text("mfa_at_entry").notNull(),
    legacySystemInvolved: text("legacy_system_involved").notNull(),
    /** Whether patient data was copied out (yes, no, unknown). */
    dataTaken: text("data_taken").notNull().default("unknown"),
    /** Whether systems or data were encrypted to extort payment (yes, no, unknown). */
    encryptedForExtortion: text("encrypted_for_extortion").notNull().default("unknown"),
    /** Whether a service the hospital relies on stopped (yes, no, unknown). */
    serviceOutage: text("service_outage").notNull().default("unknown"),
    /** Days from the first stop to the last restoration; null when not known or no outage. */
    outageDays: doublePrecision("outage_days"),
    servicesStopped: text("services_stopped").array().notNull().default(sql`'{}'::text[]`),
    /** Individuals affected, as breach filings count them; the column keeps its historical name. */
    recordsAffected: bigint("records_affected", { mode: "number" }),
    recordsIsEstimate: boolean("records_is_estimate").notNull().default(false),
    recordsIsPlaceholder: boolean("records_is_placeholder").notNull().default(false),
    dataTypes: text("data_types").array().notNull().default(sql`'{}'::text[]`),
    isDemo: isDemoColumn(),
  },
  (t) => [index("incident_vendor_idx").on(t.organizationId, t.vendorId)],
);

/** Children of an incident are owned through it; they carry the organization too, so no query can forget it. */
const incidentChild = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  incidentId: uuid("incident_id")
    .notNull()
    .references(() => incidents.id, { onDelete: "cascade" }),
  /** Order in which the analyst listed it. */
  position: integer("position").notNull(),
});

export const incidentSources = pgTable(
  "incident_source",
  {
    ...incidentChild(),
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    publishedOn: date("published_on", { mode: "string" }),
  },
  (t) => [index("incident_source_incident_idx").on(t.incidentId)],
);

/** One claim about one moment of an incident. Two sources that disagree give two rows of the same kind. */
export const incidentDates = pgTable(
  "incident_date",
  {
    ...incidentChild(),
    kind: text("kind").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    qualifier: text("qualifier").notNull(),
    note: text("note"),
    sourceId: uuid("source_id").references(() => incidentSources.id, { onDelete: "set null" }),
  },
  (t) => [index("incident_date_incident_idx").on(t.incidentId)],
);

export const incidentConsequences = pgTable(
  "incident_consequence",
  {
    ...incidentChild(),
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    amountUsd: doublePrecision("amount_usd"),
    date: date("date", { mode: "string" }),
    sourceId: uuid("source_id").references(() => incidentSources.id, { onDelete: "set null" }),
  },
  (t) => [index("incident_consequence_incident_idx").on(t.incidentId)],
);
