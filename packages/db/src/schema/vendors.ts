import type { OwnershipChange } from "@ward/contracts";
import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { isDemoColumn, tenantColumns } from "./columns";
import { organizations } from "./organizations";

export const vendors = pgTable(
  "vendor",
  {
    ...tenantColumns(),
    name: text("name").notNull(),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    formerNames: text("former_names").array().notNull().default(sql`'{}'::text[]`),
    website: text("website"),
    category: text("category").notNull(),
    parentCompany: text("parent_company"),
    ownershipHistory: jsonb("ownership_history").$type<OwnershipChange[]>().notNull().default([]),
    relationshipStatus: text("relationship_status").notNull(),
    criticality: text("criticality").notNull(),
    description: text("description"),
    /** Latest overall risk score (0 to 100) and tier, copied from the newest score snapshot for sorting. */
    riskScore: integer("risk_score"),
    /** The overall tier, or `unassessed` when the newest (v2) score says too little is known to rate the vendor. */
    riskTier: text("risk_tier"),
    /**
     * Where the newest score puts the vendor in the priority matrix, as a whole number ordering the portfolio
     * (higher first); null until a methodology 2026.2 score. Level, inherent tier and the overall range with it.
     */
    priorityRank: integer("priority_rank"),
    /** 1 act now, 2 act soon, 3 plan, 4 monitor. */
    priorityLevel: smallint("priority_level"),
    inherentTier: text("inherent_tier"),
    /** The overall score's range if every open question were answered for (low) or against (high) the vendor. */
    riskRangeLow: real("risk_range_low"),
    riskRangeHigh: real("risk_range_high"),
    /** Methodology of the copied score; a newer methodology means the vendor is scored again at start. */
    riskMethodology: text("risk_methodology"),
    /** Overall score of the snapshot before the newest one, for the portfolio's trend; null before a second. */
    previousRiskScore: integer("previous_risk_score"),
    /**
     * When the vendor was last assessed: the newest snapshot made because someone changed the vendor or a record
     * under it. Daily ageing and methodology rescoring are not assessments and leave it as it was.
     */
    lastAssessedAt: timestamp("last_assessed_at", { withTimezone: true, mode: "date" }),
    /** Months between assessments that the newest snapshot's inherent-risk tier sets (6 for Critical). */
    reassessmentMonths: integer("reassessment_months"),
    /** Stable key of a seeded vendor, so seeding again finds it instead of adding a copy. */
    seedKey: text("seed_key"),
    /** Incidents recorded under the vendor, kept by a trigger on `incident` so sorting by it can use an index. */
    incidentCount: integer("incident_count").notNull().default(0),
    /**
     * Name, aliases and former names on separate lines, for the trigram index behind search. Only a filter that
     * narrows: the exact match is still decided name by name (see `listVendors`).
     */
    searchText: text("search_text").generatedAlwaysAs(
      sql`ward_vendor_search_text(name, aliases, former_names)`,
    ),
  },
  (t) => [
    uniqueIndex("vendor_org_name_unique").on(t.organizationId, sql`lower(${t.name})`),
    uniqueIndex("vendor_org_seed_key_unique").on(t.organizationId, t.seedKey),
    // Without fastupdate a new vendor goes straight into the index: PGlite has no autovacuum to flush GIN's
    // pending list, and on PostgreSQL a bulk import left searches scanning it linearly until vacuum ran.
    index("vendor_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")).with({ fastupdate: false }),
    // The list's sort keys with its tie-breakers, so a page sorted by risk or incidents is read in index order.
    index("vendor_org_risk_order_idx").on(
      t.organizationId,
      sql`coalesce(${t.riskScore}, -1)`,
      sql`lower(${t.name})`,
      t.id,
    ),
    // The portfolio's default order: priority first, vendors without a v2 score last (see the list's sort).
    index("vendor_org_priority_order_idx").on(
      t.organizationId,
      sql`coalesce(${t.priorityRank}, -1)`,
      sql`lower(${t.name})`,
      t.id,
    ),
    index("vendor_org_incident_order_idx").on(t.organizationId, t.incidentCount, sql`lower(${t.name})`, t.id),
  ],
);

/**
 * How many of an organization's vendors share each pair of risk tier and criticality: the portfolio's facets,
 * read on every list request. Kept by a trigger on `vendor` (migration 0010), whichever code writes vendors, so
 * a list reads at most 20 rows instead of counting the whole portfolio (7 ms at 5,000 vendors on PostgreSQL).
 * Nothing in Ward writes it directly.
 */
export const vendorFacetCounts = pgTable(
  "vendor_facet_count",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The vendor's portfolio tier (a risk tier or `unassessed`), or `unscored` for a vendor not scored yet. */
    riskTier: text("risk_tier").notNull(),
    criticality: text("criticality").notNull(),
    vendors: integer("vendors").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.riskTier, t.criticality] })],
);

export const products = pgTable(
  "product",
  {
    ...tenantColumns(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    hostingModel: text("hosting_model").notNull(),
    version: text("version"),
    endOfSupport: date("end_of_support", { mode: "string" }),
    notes: text("notes"),
    isDemo: isDemoColumn(),
  },
  (t) => [index("product_vendor_idx").on(t.organizationId, t.vendorId)],
);

export const dataHoldings = pgTable(
  "data_holding",
  {
    ...tenantColumns(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id, { onDelete: "cascade" }),
    productId: uuid("product_id").references(() => products.id, { onDelete: "set null" }),
    system: text("system").notNull(),
    environment: text("environment").notNull(),
    recordCount: integer("record_count"),
    phiCategories: text("phi_categories").array().notNull().default(sql`'{}'::text[]`),
    encryptedAtRest: text("encrypted_at_rest").notNull(),
    reachableWithCustomerCredentials: text("reachable_with_customer_credentials").notNull(),
    migrationStatus: text("migration_status").notNull(),
    endOfSupport: date("end_of_support", { mode: "string" }),
    retentionEnd: date("retention_end", { mode: "string" }),
    destroyedOn: date("destroyed_on", { mode: "string" }),
    destructionEvidence: text("destruction_evidence"),
    destructionAttestedBy: text("destruction_attested_by"),
    /** What backs the destruction: self_attested (recorded, not proof), documented or verified. */
    destructionAssurance: text("destruction_assurance"),
    notes: text("notes"),
    isDemo: isDemoColumn(),
  },
  (t) => [index("data_holding_vendor_idx").on(t.organizationId, t.vendorId)],
);
