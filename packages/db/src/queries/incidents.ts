import { and, asc, eq, inArray } from "drizzle-orm";
import type { WardDb } from "../client";
import { incidentConsequences, incidentDates, incidentSources, incidents } from "../schema";

export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentInsert = typeof incidents.$inferInsert;
export type IncidentSourceRow = typeof incidentSources.$inferSelect;
export type IncidentDateRow = typeof incidentDates.$inferSelect;
export type IncidentConsequenceRow = typeof incidentConsequences.$inferSelect;

export interface IncidentAggregate {
  incident: IncidentRow;
  sources: IncidentSourceRow[];
  dates: IncidentDateRow[];
  consequences: IncidentConsequenceRow[];
}

/** Children as the caller lists them; `source` is an index into `sources`. */
export interface IncidentChildrenInput {
  sources: { url: string; title: string; publisher: string | null; publishedOn: string | null }[];
  dates: { kind: string; date: string; qualifier: string; note: string | null; source: number | null }[];
  consequences: {
    kind: string;
    description: string;
    amountUsd: number | null;
    date: string | null;
    source: number | null;
  }[];
}

async function loadChildren(
  db: WardDb,
  organizationId: string,
  rows: IncidentRow[],
): Promise<IncidentAggregate[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const scope = <T extends typeof incidentSources | typeof incidentDates | typeof incidentConsequences>(
    t: T,
  ) => and(eq(t.organizationId, organizationId), inArray(t.incidentId, ids));
  // One after another: inside a transaction all three share one connection, which cannot run queries in parallel.
  const sources = await db
    .select()
    .from(incidentSources)
    .where(scope(incidentSources))
    .orderBy(asc(incidentSources.position));
  const dates = await db
    .select()
    .from(incidentDates)
    .where(scope(incidentDates))
    .orderBy(asc(incidentDates.kind), asc(incidentDates.date), asc(incidentDates.position));
  const consequences = await db
    .select()
    .from(incidentConsequences)
    .where(scope(incidentConsequences))
    .orderBy(asc(incidentConsequences.position));
  return rows.map((incident) => ({
    incident,
    sources: sources.filter((s) => s.incidentId === incident.id),
    dates: dates.filter((d) => d.incidentId === incident.id),
    consequences: consequences.filter((c) => c.incidentId === incident.id),
  }));
}

export async function listIncidents(
  db: WardDb,
  organizationId: string,
  vendorId: string,
): Promise<IncidentAggregate[]> {
  const rows = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.organizationId, organizationId), eq(incidents.vendorId, vendorId)))
    .orderBy(asc(incidents.createdAt), asc(incidents.id));
  return loadChildren(db, organizationId, rows);
}

export async function getIncident(
  db: WardDb,
  organizationId: string,
  vendorId: string,
  id: string,
): Promise<IncidentAggregate | undefined> {
  const rows = await db
    .select()
    .from(incidents)
    .where(
      and(
        eq(incidents.organizationId, organizationId),
        eq(incidents.vendorId, vendorId),
        eq(incidents.id, id),
      ),
    );
  const [aggregate] = await loadChildren(db, organizationId, rows);
  return aggregate;
}

export async function insertIncident(db: WardDb, values: IncidentInsert): Promise<IncidentRow> {
  const [row] = await db.insert(incidents).values(values).returning();
  if (!row) throw new Error("insert returned no incident");
  return row;
}

export async function updateIncident(
  db: WardDb,
  organizationId: string,
  vendorId: string,
  id: string,
  patch: Partial<IncidentInsert>,
): Promise<IncidentRow | undefined> {
  const [row] = await db
    .update(incidents)
    .set(patch)
    .where(
      and(
        eq(incidents.organizationId, organizationId),
        eq(incidents.vendorId, vendorId),
        eq(incidents.id, id),
      ),
    )
    .returning();
  return row;
}

/**
 * Replaces the lists that were sent. Sources are replaced first so the dates and consequences sent with them
 * can point at the new rows; lists that were not sent stay as they are.
 */
export async function replaceIncidentChildren(
  db: WardDb,
  organizationId: string,
  incidentId: string,
  children: Partial<IncidentChildrenInput>,
): Promise<void> {
  const owner = { organizationId, incidentId };
  const scope = <T extends typeof incidentSources | typeof incidentDates | typeof incidentConsequences>(
    t: T,
  ) => and(eq(t.organizationId, organizationId), eq(t.incidentId, incidentId));
  let sourceIds: string[] = [];
  if (children.sources) {
    await db.delete(incidentSources).where(scope(incidentSources));
    if (children.sources.length > 0) {
      const inserted = await db
        .insert(incidentSources)
        .values(children.sources.map((s, position) => ({ ...s, ...owner, position })))
        .returning({ id: incidentSources.id, position: incidentSources.position });
      sourceIds = inserted.sort((a, b) => a.position - b.position).map((s) => s.id);
    }
  }
  const sourceId = (index: number | null) => (index === null ? null : (sourceIds[index] ?? null));
  if (children.dates) {
    await db.delete(incidentDates).where(scope(incidentDates));
    if (children.dates.length > 0) {
      await db.insert(incidentDates).values(
        children.dates.map(({ source, ...d }, position) => ({
          ...d,
          ...owner,
          position,
          sourceId: sourceId(source),
        })),
      );
    }
  }
  if (children.consequences) {
    await db.delete(incidentConsequences).where(scope(incidentConsequences));
    if (children.consequences.length > 0) {
      await db.insert(incidentConsequences).values(
        children.consequences.map(({ source, ...c }, position) => ({
          ...c,
          ...owner,
          position,
          sourceId: sourceId(source),
        })),
      );
    }
  }
}

export async function deleteIncident(
  db: WardDb,
  organizationId: string,
  vendorId: string,
  id: string,
): Promise<boolean> {
  const rows = await db
    .delete(incidents)
    .where(
      and(
        eq(incidents.organizationId, organizationId),
        eq(incidents.vendorId, vendorId),
        eq(incidents.id, id),
      ),
    )
    .returning({ id: incidents.id });
  return rows.length > 0;
}
