import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { tenantColumns } from "./columns";
import { vendors } from "./vendors";

/**
 * A named set of what-if changes saved on a vendor ("destroy both archives, then MFA"), so an analyst can come
 * back to a plan and a remediation plan can be built from it. Only the changes are stored: their effect is
 * worked out again against the vendor's records of the day.
 */
export const whatIfScenarios = pgTable(
  "what_if_scenario",
  {
    ...tenantColumns(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The engine's change list, validated by the `scenarioChanges` contract before it is written. */
    changes: jsonb("changes").notNull(),
    /** The member who saved it; null for an API key, Ward itself, or a member since removed. */
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    /** Who saved it as the audit trail names them, kept when the member is gone. */
    createdByLabel: text("created_by_label").notNull(),
  },
  (t) => [index("what_if_scenario_vendor_idx").on(t.organizationId, t.vendorId, t.createdAt)],
);
