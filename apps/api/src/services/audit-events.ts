import type { AuditEventDto, ListAuditEventsQuery } from "@ward/contracts";
import { type AuditEventRow, type AuditFilter, listAuditEvents as listRows } from "@ward/db";
import { nameAuditEntities } from "./audit-entity-names";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";

function toAuditEventDto(row: AuditEventRow, entityLabel: string | null): AuditEventDto {
  return {
    id: row.id,
    actorType: row.actorType as AuditEventDto["actorType"],
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityLabel,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
    ip: row.ip,
    userAgent: row.userAgent,
    at: row.at.toISOString(),
  };
}

function filterOf(query: ListAuditEventsQuery): AuditFilter {
  return {
    actorId: query.actorId,
    entityType: query.entityType,
    entityId: query.entityId,
    action: query.action,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

export async function listAuditEvents(ctx: ServiceContext, query: ListAuditEventsQuery) {
  authorize(ctx, "audit:read");
  const { items, total } = await listRows(ctx.db, ctx.org.id, filterOf(query), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const labels = await nameAuditEntities(ctx, items);
  return {
    items: items.map((row) => toAuditEventDto(row, labels.get(row.id) ?? null)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Largest export in one file; beyond it, narrow the filter. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const csvColumns = [
  "at",
  "actorType",
  "actorLabel",
  "actorId",
  "action",
  "entityType",
  "entityId",
  "entityLabel",
  "requestId",
  "ip",
  "userAgent",
  "before",
  "after",
] as const;

/** A cell as RFC 4180 wants it, with formula-looking text defused so a spreadsheet never runs it. */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The filtered audit trail as CSV, newest first. */
export async function exportAuditEventsCsv(
  ctx: ServiceContext,
  query: ListAuditEventsQuery,
): Promise<string> {
  authorize(ctx, "audit:read");
  const { items } = await listRows(ctx.db, ctx.org.id, filterOf(query), {
    limit: AUDIT_EXPORT_LIMIT,
    offset: 0,
  });
  const labels = await nameAuditEntities(ctx, items);
  const lines = [csvColumns.join(",")];
  for (const row of items.map((r) => toAuditEventDto(r, labels.get(r.id) ?? null)))
    lines.push(csvColumns.map((c) => csvCell(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
