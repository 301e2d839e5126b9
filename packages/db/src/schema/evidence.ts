import { date, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { isDemoColumn, tenantColumns } from "./columns";
import { vendors } from "./vendors";

/** A dated fact about a vendor with where it came from. Scores, questionnaires and breach imports all write here. */
export const evidence = pgTable(
  "evidence",
  {
    ...tenantColumns(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id, { onDelete: "cascade" }),
    factor: text("factor").notNull(),
    value: jsonb("value").$type<boolean | number | string>().notNull(),
    statement: text("statement").notNull(),
    observedOn: date("observed_on", { mode: "string" }).notNull(),
    origin: text("origin").notNull(),
    /** How well the fact is backed: self_attested, documented, verified or public_record. */
    assurance: text("assurance").notNull(),
    /** The document behind a documented fact (soc2_type2, hitrust, ...); null otherwise. */
    document: text("document"),
    sourceUrl: text("source_url"),
    sourceTitle: text("source_title"),
    notes: text("notes"),
    isDemo: isDemoColumn(),
  },
  (t) => [index("evidence_vendor_factor_idx").on(t.organizationId, t.vendorId, t.factor)],
);
