import type { ListVendorsQuery } from "@ward/contracts";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { vendors } from "../schema";

export type VendorRow = typeof vendors.$inferSelect;
export type VendorInsert = typeof vendors.$inferInsert;
export type VendorSummaryRow = VendorRow & {
  productCount: number;
  dataHoldingCount: number;
  incidentCount: number;
  latestIncidentYear: number | null;
};

// Drizzle leaves columns unqualified in a one-table select, so correlated subqueries name their tables in full.
const countOf = (table: "product" | "data_holding") =>
  sql<number>`(select count(*)::int from ${sql.raw(table)} as child
    where child.vendor_id = "vendor"."id" and child.organization_id = "vendor"."organization_id")`;

const productCount = countOf("product");
const dataHoldingCount = countOf("data_holding");
const latestIncidentYear = sql<number | null>`(
  select extract(year from max(d.date))::int from incident_date as d
  join incident as i on i.id = d.incident_id
  where i.vendor_id = "vendor"."id" and i.organization_id = "vendor"."organization_id")`;

const criticalityRank = sql<number>`case ${vendors.criticality}
  when 'low' then 1 when 'moderate' then 2 when 'high' then 3 when 'critical' then 4 else 0 end`;

/** Escapes LIKE wildcards so a search for `50%` finds the text, not everything. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function listFilter(organizationId: string, query: ListVendorsQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(vendors.organizationId, organizationId)];
  if (query.q) {
    const pattern = likePattern(query.q);
    // The trigram index on the joined names narrows the vendors to those whose names contain the text somewhere;
    // the exact test then keeps only a vendor with one name that contains it, as the search always has.
    conditions.push(sql`${vendors.searchText} ilike ${pattern}`);
    conditions.push(sql`(${vendors.name} ilike ${pattern}
      or exists (select 1 from unnest(${vendors.aliases}) as alias where alias ilike ${pattern})
      or exists (select 1 from unnest(${vendors.formerNames}) as former where former ilike ${pattern}))`);
  }
  if (query.category?.length) conditions.push(inArray(vendors.category, query.category));
  if (query.status?.length) conditions.push(inArray(vendors.relationshipStatus, query.status));
  if (query.criticality?.length) conditions.push(inArray(vendors.criticality, query.criticality));
  if (query.riskTier?.length) conditions.push(inArray(vendors.riskTier, query.riskTier));
  if (query.hasIncidents === "true") conditions.push(sql`${vendors.incidentCount} > 0`);
  if (query.hasIncidents === "false") conditions.push(sql`${vendors.incidentCount} = 0`);
  return and(...conditions);
}

const sortColumns = {
  name: sql`lower(${vendors.name})`,
  criticality: criticalityRank,
  updatedAt: vendors.updatedAt,
  incidentCount: vendors.incidentCount,
  // Vendors not yet scored sort as the least risky rather than vanishing from the order.
  riskScore: sql`coalesce(${vendors.riskScore}, -1)`,
} as const;

/** One page of an organization's vendors with the counts the portfolio shows, and the total matching. */
export async function listVendors(
  db: WardDb,
  organizationId: string,
  query: ListVendorsQuery,
): Promise<{ items: VendorSummaryRow[]; total: number }> {
  const where = listFilter(organizationId, query);
  const direction = query.order === "desc" ? desc : asc;
  const items = await db
    .select({ vendor: vendors, productCount, dataHoldingCount, latestIncidentYear })
    .from(vendors)
    .where(where)
    .orderBy(direction(sortColumns[query.sort]), asc(sql`lower(${vendors.name})`), asc(vendors.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(vendors).where(where);
  return {
    items: items.map(({ vendor, ...counts }) => ({
      ...vendor,
      ...counts,
      latestIncidentYear: counts.latestIncidentYear === null ? null : Number(counts.latestIncidentYear),
    })),
    total: Number(count?.total ?? 0),
  };
}

export async function getVendor(
  db: WardDb,
  organizationId: string,
  id: string,
): Promise<VendorRow | undefined> {
  const [row] = await db
    .select()
    .from(vendors)
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id)));
  return row;
}

/** Case-insensitive, as the unique index is. */
export async function findVendorByName(
  db: WardDb,
  organizationId: string,
  name: string,
): Promise<VendorRow | undefined> {
  const [row] = await db
    .select()
    .from(vendors)
    .where(and(eq(vendors.organizationId, organizationId), sql`lower(${vendors.name}) = lower(${name})`));
  return row;
}

export async function findVendorBySeedKey(
  db: WardDb,
  organizationId: string,
  seedKey: string,
): Promise<VendorRow | undefined> {
  const [row] = await db
    .select()
    .from(vendors)
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.seedKey, seedKey)));
  return row;
}

export async function insertVendor(db: WardDb, values: VendorInsert): Promise<VendorRow> {
  const [row] = await db.insert(vendors).values(values).returning();
  if (!row) throw new Error("insert returned no vendor");
  return row;
}

export async function updateVendor(
  db: WardDb,
  organizationId: string,
  id: string,
  patch: Partial<VendorInsert>,
): Promise<VendorRow | undefined> {
  const [row] = await db
    .update(vendors)
    .set(patch)
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id)))
    .returning();
  return row;
}

/** Bumps `updated_at` when something under the vendor changed, so "recently changed" sorting sees it. */
export async function touchVendor(db: WardDb, organizationId: string, id: string, at: Date): Promise<void> {
  await db
    .update(vendors)
    .set({ updatedAt: at })
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id)));
}

export async function deleteVendor(db: WardDb, organizationId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(vendors)
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id)))
    .returning({ id: vendors.id });
  return rows.length > 0;
}
