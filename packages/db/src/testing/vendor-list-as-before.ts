import type { ListVendorsQuery } from "@ward/contracts";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { vendors } from "../schema";

/**
 * The vendor list's statements exactly as they were before the search index (unnested `ilike`, correlated
 * counts, a separate count), kept as the reference the equivalence test compares `listVendors` with and the
 * benchmark's "before". The test compares ids only: the guarantee is "the same vendors in the same order".
 */
export function vendorListStatementsAsBefore(db: WardDb, organizationId: string, query: ListVendorsQuery) {
  const incidentCount = sql<number>`(select count(*)::int from incident as child
    where child.vendor_id = "vendor"."id" and child.organization_id = "vendor"."organization_id")`;
  const countOf = (table: "product" | "data_holding") =>
    sql<number>`(select count(*)::int from ${sql.raw(table)} as child
      where child.vendor_id = "vendor"."id" and child.organization_id = "vendor"."organization_id")`;
  const productCount = countOf("product");
  const dataHoldingCount = countOf("data_holding");
  const latestIncidentYear = sql<number | null>`(
    select extract(year from max(d.date))::int from incident_date as d
    join incident as i on i.id = d.incident_id
    where i.vendor_id = "vendor"."id" and i.organization_id = "vendor"."organization_id")`;
  const conditions: (SQL | undefined)[] = [eq(vendors.organizationId, organizationId)];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${vendors.name} ilike ${pattern}
      or exists (select 1 from unnest(${vendors.aliases}) as alias where alias ilike ${pattern})
      or exists (select 1 from unnest(${vendors.formerNames}) as former where former ilike ${pattern}))`);
  }
  if (query.category?.length) conditions.push(inArray(vendors.category, query.category));
  if (query.status?.length) conditions.push(inArray(vendors.relationshipStatus, query.status));
  if (query.criticality?.length) conditions.push(inArray(vendors.criticality, query.criticality));
  if (query.riskTier?.length) conditions.push(inArray(vendors.riskTier, query.riskTier));
  if (query.hasIncidents === "true") conditions.push(sql`${incidentCount} > 0`);
  if (query.hasIncidents === "false") conditions.push(sql`${incidentCount} = 0`);
  const where = and(...conditions);
  const sortColumns = {
    name: sql`lower(${vendors.name})`,
    criticality: sql`case ${vendors.criticality}
      when 'low' then 1 when 'moderate' then 2 when 'high' then 3 when 'critical' then 4 else 0 end`,
    updatedAt: vendors.updatedAt,
    incidentCount,
    riskScore: sql`coalesce(${vendors.riskScore}, -1)`,
    priority: sql`coalesce(${vendors.priorityRank}, -1)`,
  } as const;
  const direction = query.order === "desc" ? desc : asc;
  return {
    // The old select list too (the full row is the same width), so the benchmark's "before" does the old work.
    page: db
      .select({
        id: vendors.id,
        vendor: vendors,
        productCount,
        dataHoldingCount,
        incidentCount,
        latestIncidentYear,
      })
      .from(vendors)
      .where(where)
      .orderBy(direction(sortColumns[query.sort]), asc(sql`lower(${vendors.name})`), asc(vendors.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    count: db.select({ total: sql<number>`count(*)::int` }).from(vendors).where(where),
  };
}

/** The ids of one page and the total, as the list answered before the search index. */
export async function listVendorIdsAsBefore(
  db: WardDb,
  organizationId: string,
  query: ListVendorsQuery,
): Promise<{ ids: string[]; total: number }> {
  const { page, count } = vendorListStatementsAsBefore(db, organizationId, query);
  const rows = await page;
  const [counted] = await count;
  return { ids: rows.map((r) => r.id), total: Number(counted?.total ?? 0) };
}
