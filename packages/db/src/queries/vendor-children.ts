import { and, asc, eq } from "drizzle-orm";
import type { WardDb } from "../client";
import { dataHoldings, evidence, products, type whatIfScenarios } from "../schema";

type VendorChildTable = typeof products | typeof dataHoldings | typeof evidence | typeof whatIfScenarios;

/**
 * The five queries every simple child of a vendor needs. Each one is scoped by organization and vendor, so a
 * caller cannot reach another hospital's row by guessing its id.
 */
export function vendorChildQueries<T extends VendorChildTable>(table: T) {
  type Row = T["$inferSelect"];
  type Insert = T["$inferInsert"];
  // Drizzle cannot narrow a union of tables in a query builder; every column used below exists on all of them.
  const t = table as typeof products;
  const scope = (organizationId: string, vendorId: string) =>
    and(eq(t.organizationId, organizationId), eq(t.vendorId, vendorId));
  return {
    list: (db: WardDb, organizationId: string, vendorId: string): Promise<Row[]> =>
      db
        .select()
        .from(t)
        .where(scope(organizationId, vendorId))
        .orderBy(asc(t.createdAt), asc(t.id)) as Promise<Row[]>,
    get: async (
      db: WardDb,
      organizationId: string,
      vendorId: string,
      id: string,
    ): Promise<Row | undefined> => {
      const [row] = await db
        .select()
        .from(t)
        .where(and(scope(organizationId, vendorId), eq(t.id, id)));
      return row as Row | undefined;
    },
    insert: async (db: WardDb, values: Insert): Promise<Row> => {
      const [row] = await db
        .insert(t)
        .values(values as typeof products.$inferInsert)
        .returning();
      return row as Row;
    },
    update: async (
      db: WardDb,
      organizationId: string,
      vendorId: string,
      id: string,
      patch: Partial<Insert>,
    ): Promise<Row | undefined> => {
      const [row] = await db
        .update(t)
        .set(patch as Partial<typeof products.$inferInsert>)
        .where(and(scope(organizationId, vendorId), eq(t.id, id)))
        .returning();
      return row as Row | undefined;
    },
    remove: async (db: WardDb, organizationId: string, vendorId: string, id: string): Promise<boolean> => {
      const rows = await db
        .delete(t)
        .where(and(scope(organizationId, vendorId), eq(t.id, id)))
        .returning({ id: t.id });
      return rows.length > 0;
    },
  };
}

export type ProductRow = typeof products.$inferSelect;
export type DataHoldingRow = typeof dataHoldings.$inferSelect;
export type EvidenceRow = typeof evidence.$inferSelect;

export const productQueries = vendorChildQueries(products);
export const dataHoldingQueries = vendorChildQueries(dataHoldings);
export const evidenceQueries = vendorChildQueries(evidence);
