import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Names are unique per Ward instance, ignoring case: an invitation, the sign-in page and the audit trail name the
 * organization only by its name, so two organizations called the same could not be told apart.
 */
export const organizations = pgTable(
  "organization",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** URL-safe unique handle, e.g. `example-regional-health`. */
    slug: text("slug").notNull().unique(),
    /** Version of the demo seed last applied; null for organizations that never had demo data. */
    demoSeedVersion: integer("demo_seed_version"),
    /** Members must have two-factor authentication before they can use Ward. */
    requireMfa: boolean("require_mfa").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("organization_name_unique").on(sql`lower(${t.name})`)],
);
