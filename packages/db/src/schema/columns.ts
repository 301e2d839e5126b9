import { boolean, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/** Columns every tenant-owned table carries: its id, its organization and its timestamps. */
export const tenantColumns = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
});

/** Marks a row made up for the demonstration, so the UI can badge it and nobody mistakes it for a public fact. */
export const isDemoColumn = () => boolean("is_demo").notNull().default(false);
