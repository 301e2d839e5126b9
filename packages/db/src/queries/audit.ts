import type { WardDb } from "../client";
import { auditEvents } from "../schema";

export type AuditEventInsert = typeof auditEvents.$inferInsert;

/** Appends one audit record; call it with the transaction that makes the change. */
export async function insertAuditEvent(db: WardDb, event: AuditEventInsert): Promise<void> {
  await db.insert(auditEvents).values(event);
}
