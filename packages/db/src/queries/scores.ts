import { and, desc, eq, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { scoreSnapshots, vendors } from "../schema";

export type ScoreSnapshotRow = typeof scoreSnapshots.$inferSelect;

export async function insertScoreSnapshot(
  db: WardDb,
  values: typeof scoreSnapshots.$inferInsert,
): Promise<ScoreSnapshotRow> {
  const [row] = await db.insert(scoreSnapshots).values(values).returning();
  if (!row) throw new Error("insert returned no score snapshot");
  return row;
}

export async function latestScoreSnapshot(
  db: WardDb,
  organizationId: string,
  vendorId: string,
): Promise<ScoreSnapshotRow | undefined> {
  const [row] = await db
    .select()
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.organizationId, organizationId), eq(scoreSnapshots.vendorId, vendorId)))
    .orderBy(desc(scoreSnapshots.seq))
    .limit(1);
  return row;
}

/** What a rescoring compares with the latest snapshot; the stored result (tens of kilobytes) is left unread. */
export interface LatestScoreInputs {
  inputsHash: string;
  methodologyVersion: string;
}

export async function latestScoreInputs(
  db: WardDb,
  organizationId: string,
  vendorId: string,
): Promise<LatestScoreInputs | undefined> {
  const [row] = await db
    .select({ inputsHash: scoreSnapshots.inputsHash, methodologyVersion: scoreSnapshots.methodologyVersion })
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.organizationId, organizationId), eq(scoreSnapshots.vendorId, vendorId)))
    .orderBy(desc(scoreSnapshots.seq))
    .limit(1);
  return row;
}

/** Newest first. */
export async function listScoreSnapshots(
  db: WardDb,
  organizationId: string,
  vendorId: string,
  limit: number,
): Promise<ScoreSnapshotRow[]> {
  return db
    .select()
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.organizationId, organizationId), eq(scoreSnapshots.vendorId, vendorId)))
    .orderBy(desc(scoreSnapshots.seq))
    .limit(limit);
}

/** What a new snapshot copies onto its vendor. */
export interface VendorRiskCopy {
  riskScore: number;
  /** The overall tier, or `unassessed`. */
  riskTier: string;
  riskMethodology: string;
  /** From the score's priority and overall range; null for a score that has none (methodology 2026.1). */
  priorityRank: number | null;
  priorityLevel: number | null;
  inherentTier: string | null;
  riskRangeLow: number | null;
  riskRangeHigh: number | null;
  reassessmentMonths: number;
  /** When the snapshot was made. */
  scoredAt: Date;
  /** Someone's change caused it; otherwise it dates the vendor's assessment only if it has none yet. */
  isAssessment: boolean;
}

/**
 * Copies the newest score onto the vendor row, where the portfolio sorts and filters by it, keeping the score it
 * replaces as the previous one for the trend; in the same one statement, so a list never reads a snapshot.
 */
export async function setVendorRisk(
  db: WardDb,
  organizationId: string,
  vendorId: string,
  { scoredAt, isAssessment, ...risk }: VendorRiskCopy,
): Promise<void> {
  await db
    .update(vendors)
    .set({
      ...risk,
      previousRiskScore: sql`${vendors.riskScore}`,
      // A vendor whose first score came from rescoring (seeded or imported records) counts as assessed then.
      lastAssessedAt: isAssessment ? scoredAt : sql`coalesce(${vendors.lastAssessedAt}, ${scoredAt})`,
    })
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, vendorId)));
}

/**
 * Holds a per-vendor lock until the transaction ends, so two changes to one vendor at once (or two instances
 * scoring at start) rescore it one after the other instead of both storing a snapshot.
 */
export async function lockVendorScoring(tx: WardDb, vendorId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${vendorId}))`);
}
