import { defaultVendorOrder, type ListVendorsQuery } from "@ward/contracts";
import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { vendors } from "../schema";

export type VendorRow = typeof vendors.$inferSelect;
export type VendorInsert = typeof vendors.$inferInsert;
/** What the list reads of each vendor: all but the search text (a copy of the names) and the seed key. */
export type ListedVendorRow = Omit<VendorRow, "searchText" | "seedKey">;
export type VendorSummaryRow = ListedVendorRow & {
  productCount: number;
  dataHoldingCount: number;
  incidentCount: number;
  latestIncidentYear: number | null;
};

// Drizzle leaves columns unqualified in a one-table select, so correlated subqueries name their tables in full.
const countOf = (table: "product" | "data_holding") =>
  sql<number>`(select count(*)::int from ${sql.raw(table)} as child
    where child.vendor_id = "vendor"."id" and child.organization_id = "vendor"."organization_id")`;

const { searchText: _searchText, seedKey: _seedKey, ...listedColumns } = getTableColumns(vendors);

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

/** Whether `listFilter` keeps every vendor of the organization: no search and no filter. Keep the two in step. */
export function listsWholePortfolio(query: ListVendorsQuery): boolean {
  return (
    !query.q &&
    !query.category?.length &&
    !query.status?.length &&
    !query.criticality?.length &&
    !query.riskTier?.length &&
    query.hasIncidents === undefined
  );
}

function listFilter(organizationId: string, query: ListVendorsQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(vendors.organizationId, organizationId)];
  if (query.q) {
    const pattern = likePattern(query.q);
    // `search_text` holds the name, aliases and former names one per line (migration 0008), so text without a
    // line break is found in it exactly when one of those names contains it: the column alone is the search, and
    // its trigram index finds the candidates. Under three characters pg_trgm has no trigram to look up, and the
    // planner walks the name index testing the column instead, one plain comparison per vendor. Text with a line
    // break could span two names there, so such a search also tests each name on its own.
    conditions.push(sql`${vendors.searchText} ilike ${pattern}`);
    if (query.q.includes("\n"))
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
  // Likewise a vendor without a v2 score (no priority yet) comes after every ranked one, highest first.
  priority: sql`coalesce(${vendors.priorityRank}, -1)`,
} as const;

/**
 * The statements behind the list: one page with the counts the portfolio shows, and the total matching. A search
 * of three characters or more counts its matches inside the page statement (a window count): the planner then reads the trigram index once
 * for both, where a separate page statement walked the name index and filtered vendor by vendor. Unfiltered
 * lists keep the separate count, so their page can stop after its rows in index order.
 */
export function vendorListStatements(db: WardDb, organizationId: string, query: ListVendorsQuery) {
  const where = listFilter(organizationId, query);
  const direction = (query.order ?? defaultVendorOrder(query.sort)) === "desc" ? desc : asc;
  // Only where the trigram index finds the candidates (see listFilter): for a shorter search the window count
  // measured slower than walking the name index for one page and counting apart.
  const countInPage = [...(query.q ?? "")].length >= 3;
  return {
    page: db
      .select({
        vendor: listedColumns,
        productCount,
        dataHoldingCount,
        latestIncidentYear,
        matching: countInPage ? sql<number | null>`count(*) over ()` : sql<number | null>`null`,
      })
      .from(vendors)
      .where(where)
      .orderBy(direction(sortColumns[query.sort]), asc(sql`lower(${vendors.name})`), asc(vendors.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    count: db.select({ total: sql<number>`count(*)::int` }).from(vendors).where(where),
    countInPage,
  };
}

/**
 * One page of an organization's vendors with the counts the portfolio shows, and the total matching.
 * `knownTotal`, when the caller has already counted what the query matches (the whole portfolio, from its
 * facets), saves the count statement.
 */
export async function listVendors(
  db: WardDb,
  organizationId: string,
  query: ListVendorsQuery,
  knownTotal?: number,
): Promise<{ items: VendorSummaryRow[]; total: number }> {
  const { page, count, countInPage } = vendorListStatements(db, organizationId, query);
  const rows = await page;
  const first = rows[0];
  let total: number;
  if (knownTotal !== undefined) total = knownTotal;
  else if (countInPage && first) total = Number(first.matching);
  // Past the last page the window counts nothing, yet the total is still owed; on page 1 it is zero.
  else if (countInPage && query.page === 1) total = 0;
  else total = Number((await count)[0]?.total ?? 0);
  return {
    items: rows.map(({ vendor, matching: _, ...counts }) => ({
      ...vendor,
      ...counts,
      latestIncidentYear: counts.latestIncidentYear === null ? null : Number(counts.latestIncidentYear),
    })),
    total,
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
/** Marks the vendor changed at `at` and returns its row as now stored, or undefined when there is none. */
export async function touchVendor(
  db: WardDb,
  organizationId: string,
  id: string,
  at: Date,
): Promise<VendorRow | undefined> {
  const [row] = await db
    .update(vendors)
    .set({ updatedAt: at })
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id)))
    .returning();
  return row;
}

export async function deleteVendor(db: WardDb, organizationId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(vendors)
    .where(and(eq(vendors.organizationId, organizationId), eq(vendors.id, id)))
    .returning({ id: vendors.id });
  return rows.length > 0;
}
