import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { AuditFilters } from "../../api/audit-events";

const textKeys = ["actorId", "entityType", "action", "from", "to"] as const;
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  const page = Number(search.get("page"));
  const day = (key: "from" | "to") => {
    const value = search.get(key) ?? "";
    // A hand-edited address with a bad date would fail the whole request; ignore that one filter instead.
    return isDay(value) ? value : "";
  };
  return {
    actorId: search.get("actorId") ?? "",
    entityType: search.get("entityType") ?? "",
    action: search.get("action") ?? "",
    from: day("from"),
    to: day("to"),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Writes only the filters in use, so the unfiltered log keeps a plain address. */
export function searchFromFilters(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of textKeys) if (filters[key]) search.set(key, filters[key]);
  if (filters.page !== 1) search.set("page", String(filters.page));
  return search;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return textKeys.some((key) => filters[key] !== "");
}

/**
 * The audit log's filters and page, kept in the address so a link to "what Alex changed last week" can be
 * shared. Changing a filter goes back to page 1.
 */
export function useAuditParams() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const update = useCallback(
    (patch: Partial<AuditFilters>) => {
      const next = { ...filters, ...patch };
      if (!("page" in patch)) next.page = 1;
      setSearch(searchFromFilters(next), { replace: true });
    },
    [filters, setSearch],
  );
  const clear = useCallback(() => setSearch(new URLSearchParams(), { replace: true }), [setSearch]);
  return { filters, update, clear };
}

export type AuditParams = ReturnType<typeof useAuditParams>;
