import type { OutboxMessageDto } from "@ward/contracts";
import { listOutboxMessages, type OutboxRow } from "@ward/db";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";

/** A message's delivery state, read from its row (rows from before mail went through jobs included). */
export function outboxStatus(row: OutboxRow): OutboxMessageDto["status"] {
  if (row.sentAt) return "sent";
  if (row.error) return row.nextAttemptAt ? "retrying" : "failed";
  return row.queuedAt ? "queued" : "not_configured";
}

/** Messages Ward sent for the organization, newest first: without SMTP, this is how invitation links reach people. */
export async function listOutbox(ctx: ServiceContext): Promise<{ items: OutboxMessageDto[] }> {
  authorize(ctx, "member:manage");
  const rows = await listOutboxMessages(ctx.db, ctx.org.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      error: r.error,
      status: outboxStatus(r),
      attempts: r.attempts,
      nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
    })),
  };
}
