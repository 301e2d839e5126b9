import { bigint, index, integer, jsonb, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { vendors } from "./vendors";

/**
 * A vendor's explained score at one moment, kept whenever its inputs change so the trend can be drawn and a
 * report can say which methodology produced which number.
 */
export const scoreSnapshots = pgTable(
  "score_snapshot",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Insertion order: snapshots written in the same millisecond (or under a test's frozen clock) stay ordered. */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id, { onDelete: "cascade" }),
    methodologyVersion: text("methodology_version").notNull(),
    /** The date the score speaks for (recency and end-of-support are judged against it). */
    asOf: text("as_of").notNull(),
    overallScore: integer("overall_score").notNull(),
    overallTier: text("overall_tier").notNull(),
    legacyDataExposureScore: integer("legacy_data_exposure_score").notNull(),
    credentialHygieneScore: integer("credential_hygiene_score").notNull(),
    breachHistoryScore: integer("breach_history_score").notNull(),
    confidence: real("confidence").notNull(),
    /** SHA-256 of the canonical inputs; an unchanged hash means nothing to recompute. */
    inputsHash: text("inputs_hash").notNull(),
    /** The full result with every contribution, as the scoring engine returned it. */
    result: jsonb("result").notNull(),
    /** What caused the recomputation, e.g. `data_holding.update`. */
    reason: text("reason").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("score_snapshot_vendor_seq_idx").on(t.organizationId, t.vendorId, t.seq)],
);

/**
 * Background rescoring's bookkeeping for one vendor: when the daily job last checked its score against the
 * clock, and which methodology version a start-up rescoring job was queued for, so several instances starting
 * together queue each stale vendor once.
 */
export const vendorScoreChecks = pgTable(
  "vendor_score_check",
  {
    vendorId: uuid("vendor_id")
      .primaryKey()
      .references(() => vendors.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** When the daily rescoring last scored the vendor with the clock's date, whether or not it stored a snapshot. */
    checkedAt: timestamp("checked_at", { withTimezone: true, mode: "date" }),
    /** The methodology version a rescoring job is queued (or was run) for; null when none was queued. */
    rescoreQueuedFor: text("rescore_queued_for"),
  },
  (t) => [index("vendor_score_check_org_idx").on(t.organizationId)],
);
