import { and, asc, eq, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { vendorScoreChecks, vendors } from "../schema";

export interface VendorRef {
  organizationId: string;
  vendorId: string;
}

/**
 * Marks every vendor whose stored score is missing or from another methodology as queued for `version` and
 * returns those this call marked. The upsert's condition is re-read after a concurrent marker commits, so two
 * instances running it at once split the vendors between them and never both return one.
 */
export async function claimStaleVendors(
  db: WardDb,
  version: string,
  /** Only this organization's vendors (tests, which share a database); all when omitted. */
  organizationId?: string,
): Promise<VendorRef[]> {
  const inOrg = organizationId ? sql`and v.organization_id = ${organizationId}` : sql``;
  const result = (await db.execute(sql`
    insert into vendor_score_check (vendor_id, organization_id, rescore_queued_for)
    select v.id, v.organization_id, ${version}
    from vendor v
    where v.risk_methodology is distinct from ${version} ${inOrg}
    on conflict (vendor_id) do update set rescore_queued_for = excluded.rescore_queued_for
    where vendor_score_check.rescore_queued_for is distinct from excluded.rescore_queued_for
    returning organization_id as "organizationId", vendor_id as "vendorId"
  `)) as { rows: VendorRef[] };
  return [...result.rows].sort(
    (a, b) => a.organizationId.localeCompare(b.organizationId) || a.vendorId.localeCompare(b.vendorId),
  );
}

/** Every vendor of every organization, grouped by organization, for the daily rescoring. */
export async function listAllVendorRefs(db: WardDb): Promise<VendorRef[]> {
  return db
    .select({ organizationId: vendors.organizationId, vendorId: vendors.id })
    .from(vendors)
    .orderBy(asc(vendors.organizationId), asc(vendors.id));
}

export async function vendorCheckedAt(
  db: WardDb,
  organizationId: string,
  vendorId: string,
): Promise<Date | null> {
  const [row] = await db
    .select({ checkedAt: vendorScoreChecks.checkedAt })
    .from(vendorScoreChecks)
    .where(
      and(eq(vendorScoreChecks.organizationId, organizationId), eq(vendorScoreChecks.vendorId, vendorId)),
    );
  return row?.checkedAt ?? null;
}

/** Records that the daily rescoring scored the vendor at `at`, whether or not it stored a snapshot. */
export async function markVendorChecked(db: WardDb, ref: VendorRef, at: Date): Promise<void> {
  await db
    .insert(vendorScoreChecks)
    .values({ vendorId: ref.vendorId, organizationId: ref.organizationId, checkedAt: at })
    .onConflictDoUpdate({ target: vendorScoreChecks.vendorId, set: { checkedAt: at } });
}

/** How many of the organization's vendors carry a score from `version`, for the rescoring progress. */
export async function scoringProgress(
  db: WardDb,
  organizationId: string,
  version: string,
): Promise<{ total: number; current: number }> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      current: sql<number>`count(*) filter (where ${vendors.riskMethodology} = ${version})::int`,
    })
    .from(vendors)
    .where(eq(vendors.organizationId, organizationId));
  return { total: Number(row?.total ?? 0), current: Number(row?.current ?? 0) };
}
