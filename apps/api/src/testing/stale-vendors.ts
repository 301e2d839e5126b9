import type { WardDb } from "@ward/db";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import { sql } from "drizzle-orm";

/** How many of the organization's vendors still wait for a score from the current methodology. */
export async function countStaleVendors(db: WardDb, organizationId: string): Promise<number> {
  const result = (await db.execute(sql`
    select count(*)::int as n from vendor
    where organization_id = ${organizationId} and risk_methodology is distinct from ${METHODOLOGY_VERSION}`)) as {
    rows: { n: number }[];
  };
  return Number(result.rows[0]?.n ?? 0);
}
