import { eq, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { vendorFacetCounts } from "../schema";

/** How many of an organization's vendors share each pair of risk tier (null: not scored) and criticality. */
export interface VendorFacetRow {
  riskTier: string | null;
  criticality: string;
  vendors: number;
}

/**
 * The portfolio's vendors counted by risk tier and criticality together; the caller sums the pairs into each
 * dimension. Read from the counts a trigger keeps (migration 0010): at most 5 × 4 rows, whatever the portfolio's
 * size, instead of a scan of every vendor.
 */
function buildFacetQuery(db: WardDb) {
  return db
    .select({
      riskTier: vendorFacetCounts.riskTier,
      criticality: vendorFacetCounts.criticality,
      vendors: vendorFacetCounts.vendors,
    })
    .from(vendorFacetCounts)
    .where(eq(vendorFacetCounts.organizationId, sql.placeholder("organizationId")))
    .prepare("ward_vendor_facets");
}

/** Built once per database handle: every list request runs it. */
const prepared = new WeakMap<WardDb, ReturnType<typeof buildFacetQuery>>();

export async function countVendorsByTierAndCriticality(
  db: WardDb,
  organizationId: string,
): Promise<VendorFacetRow[]> {
  let query = prepared.get(db);
  if (!query) {
    query = buildFacetQuery(db);
    prepared.set(db, query);
  }
  const rows = await query.execute({ organizationId });
  return rows
    .filter((r) => r.vendors !== 0)
    .map((r) => ({ ...r, riskTier: r.riskTier === "unscored" ? null : r.riskTier }));
}
