import { and, asc, eq } from "drizzle-orm";
import type { WardDb } from "../client";
import { whatIfScenarios } from "../schema";

export type WhatIfScenarioRow = typeof whatIfScenarios.$inferSelect;

/** Oldest first, so a list keeps its order as scenarios are added. */
export async function listWhatIfScenarios(
  db: WardDb,
  organizationId: string,
  vendorId: string,
): Promise<WhatIfScenarioRow[]> {
  return db
    .select()
    .from(whatIfScenarios)
    .where(and(eq(whatIfScenarios.organizationId, organizationId), eq(whatIfScenarios.vendorId, vendorId)))
    .orderBy(asc(whatIfScenarios.createdAt), asc(whatIfScenarios.id));
}

export async function getWhatIfScenario(
  db: WardDb,
  organizationId: string,
  vendorId: string,
  id: string,
): Promise<WhatIfScenarioRow | undefined> {
  const [row] = await db
    .select()
    .from(whatIfScenarios)
    .where(
      and(
        eq(whatIfScenarios.organizationId, organizationId),
        eq(whatIfScenarios.vendorId, vendorId),
        eq(whatIfScenarios.id, id),
      ),
    );
  return row;
}

export async function insertWhatIfScenario(
  db: WardDb,
  values: typeof whatIfScenarios.$inferInsert,
): Promise<WhatIfScenarioRow> {
  const [row] = await db.insert(whatIfScenarios).values(values).returning();
  if (!row) throw new Error("insert returned no what-if scenario");
  return row;
}

/** Returns whether a row was deleted. */
export async function deleteWhatIfScenario(
  db: WardDb,
  organizationId: string,
  vendorId: string,
  id: string,
): Promise<boolean> {
  const rows = await db
    .delete(whatIfScenarios)
    .where(
      and(
        eq(whatIfScenarios.organizationId, organizationId),
        eq(whatIfScenarios.vendorId, vendorId),
        eq(whatIfScenarios.id, id),
      ),
    )
    .returning({ id: whatIfScenarios.id });
  return rows.length > 0;
}
