import { boolean, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const organizations = pgTable("organization", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** URL-safe unique handle, e.g. `example-regional-health`. */
  slug: text("slug").notNull().unique(),
  /** Version of the demo seed last applied; null for organizations that never had demo data. */
  demoSeedVersion: integer("demo_seed_version"),
  /** Members must have two-factor authentication before they can use Ward. */
  requireMfa: boolean("require_mfa").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});
