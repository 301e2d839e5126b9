import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { auditEvents } from "../schema";

export type AuditEventRow = typeof auditEvents.$inferSelect;

export interface AuditFilter {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function where(organizationId: string, f: AuditFilter): SQL | undefined {
  return and(
    eq(auditEvents.organizationId, organizationId),
    f.actorId ? eq(auditEvents.actorId, f.actorId) : undefined,
    f.entityType ? eq(auditEvents.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditEvents.entityId, f.entityId) : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.from ? gte(auditEvents.at, f.from) : undefined,
    f.to ? lt(auditEvents.at, f.to) : undefined,
  );
}

/** Newest first. */
export async function listAuditEvents(
  db: WardDb,
  organizationId: string,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ items: AuditEventRow[]; total: number }> {
  const condition = where(organizationId, filter);
  const items = await db
    .select()
    .from(auditEvents)
    .where(condition)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(auditEvents).where(condition);
  return { items, total: Number(count?.total ?? 0) };
}
