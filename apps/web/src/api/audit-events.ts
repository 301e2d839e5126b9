import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dayjs from "dayjs";
import { unwrap } from "./api-error";
import { api } from "./client";

/** The audit log's filters as the page holds them; empty text means "any". Days are YYYY-MM-DD. */
export interface AuditFilters {
  actorId: string;
  entityType: string;
  action: string;
  /** First day to include. */
  from: string;
  /** Last day to include. */
  to: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * The API's query string for these filters. Days become the reader's local midnights, and `to` moves to the
 * next midnight because the server's upper bound is exclusive while people pick the last day they want.
 */
export function auditQuery(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.actorId) query.actorId = filters.actorId;
  if (filters.entityType) query.entityType = filters.entityType;
  if (filters.action.trim()) query.action = filters.action.trim();
  if (filters.from) query.from = dayjs(filters.from).startOf("day").format();
  if (filters.to) query.to = dayjs(filters.to).add(1, "day").startOf("day").format();
  return query;
}

/** Where "Export CSV" points: the same filters, every page. A plain link, so the browser downloads the file. */
export function auditExportHref(filters: AuditFilters): string {
  const search = new URLSearchParams(auditQuery(filters)).toString();
  return `/api/audit-events/export.csv${search ? `?${search}` : ""}`;
}

export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: ["audit-events", filters],
    queryFn: () =>
      unwrap(
        api["audit-events"].$get({
          query: { ...auditQuery(filters), page: String(filters.page), pageSize: String(AUDIT_PAGE_SIZE) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
