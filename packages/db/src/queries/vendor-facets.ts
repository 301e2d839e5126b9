import { eq, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { vendors } from "../schema";

/** How many of an organization's vendors share each pair of risk tier (null: not scored) and criticality. */
export interface VendorFacetRow {
  riskTier: string | null;
  criticality: string;
  vendors: number;
}

/**
 * The portfolio's vendors counted by risk tier and criticality together, in one statement; the caller sums the
 * pairs into each dimension. At most 5 × 4 rows, whatever the portfolio's size.
 */
export async function countVendorsByTierAndCriticality(
  db: WardDb,
  organizationId: string,
): Promise<VendorFacetRow[]> {
  const rows = await db
    .select({
      riskTier: vendors.riskTier,
      criticality: vendors.criticality,
      vendors: sql<number>`count(*)::int`,
    })
    .from(vendors)
    .where(eq(vendors.organizationId, organizationId))
    .groupBy(vendors.riskTier, vendors.criticality);
  return rows.map((r) => ({ ...r, vendors: Number(r.vendors) }));
}
