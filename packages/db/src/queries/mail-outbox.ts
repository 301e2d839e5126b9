import { and, desc, eq } from "drizzle-orm";
import type { WardDb } from "../client";
import { mailOutbox } from "../schema";

export type OutboxRow = typeof mailOutbox.$inferSelect;

export async function insertOutboxMessage(
  db: WardDb,
  values: typeof mailOutbox.$inferInsert,
): Promise<OutboxRow> {
  const [row] = await db.insert(mailOutbox).values(values).returning();
  if (!row) throw new Error("insert returned no message");
  return row;
}

export async function getOutboxMessage(db: WardDb, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

/** Records a delivery's state: queued, an attempt's outcome, or the next attempt's time. */
export async function markOutboxMessage(
  db: WardDb,
  id: string,
  state: Partial<Pick<OutboxRow, "sentAt" | "error" | "queuedAt" | "attempts" | "nextAttemptAt">>,
): Promise<void> {
  await db.update(mailOutbox).set(state).where(eq(mailOutbox.id, id));
}

export async function listOutboxMessages(
  db: WardDb,
  organizationId: string,
  limit = 200,
): Promise<OutboxRow[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.organizationId, organizationId)))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
}
