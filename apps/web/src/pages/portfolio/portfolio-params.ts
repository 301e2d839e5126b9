import { defaultVendorOrder, type VendorSortField } from "@ward/contracts";
import {
  criticalities,
  isOneOf,
  portfolioTiers,
  relationshipStatuses,
  vendorCategories,
  vendorSortFields,
} from "@ward/contracts/values";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { VendorListParams } from "../../api/vendors";

export const PAGE_SIZE = 25;

const defaults: VendorListParams = {
  q: "",
  category: [],
  status: [],
  criticality: [],
  riskTier: [],
  // Most urgent first, as the API lists without parameters: the board's first question is what to act on.
  sort: "priority",
  order: "desc",
  page: 1,
  pageSize: PAGE_SIZE,
};

/** Keeps only values the contract knows, so a hand-edited or stale URL cannot break the request. */
function enumList<T extends string>(values: readonly T[], raw: string[]): T[] {
  return raw.filter((value): value is T => isOneOf(values, value));
}

export function paramsFromSearch(search: URLSearchParams): VendorListParams {
  const sort = search.get("sort");
  const sorted = isOneOf(vendorSortFields, sort) ? sort : defaults.sort;
  const order = search.get("order");
  const page = Number(search.get("page"));
  return {
    q: search.get("q") ?? "",
    category: enumList(vendorCategories, search.getAll("category")),
    status: enumList(relationshipStatuses, search.getAll("status")),
    criticality: enumList(criticalities, search.getAll("criticality")),
    riskTier: enumList(portfolioTiers, search.getAll("riskTier")),
    sort: sorted,
    order: order === "asc" || order === "desc" ? order : defaultVendorOrder(sorted),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

/** Writes only what differs from the defaults, so a plain portfolio keeps a plain address. */
export function searchFromParams(params: VendorListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  for (const key of ["category", "status", "criticality", "riskTier"] as const) {
    for (const value of params[key]) search.append(key, value);
  }
  if (params.sort !== defaults.sort) search.set("sort", params.sort);
  if (params.order !== defaultVendorOrder(params.sort)) search.set("order", params.order);
  if (params.page !== 1) search.set("page", String(params.page));
  return search;
}

export function hasFilters(params: VendorListParams): boolean {
  return (
    params.q !== "" ||
    params.category.length > 0 ||
    params.status.length > 0 ||
    params.criticality.length > 0 ||
    params.riskTier.length > 0
  );
}

/**
 * The portfolio's search, filters, sort and page, kept in the address so a reload or a shared link shows the same
 * list. Changing what is listed goes back to page 1; changing the page does not touch the rest.
 */
export function usePortfolioParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => paramsFromSearch(search), [search]);

  const update = useCallback(
    (patch: Partial<Omit<VendorListParams, "pageSize">>) => {
      setSearch(
        (current) => {
          const previous = paramsFromSearch(current);
          const page = patch.page ?? 1;
          return searchFromParams({ ...previous, ...patch, page });
        },
        { replace: patch.page === undefined && patch.q !== undefined },
      );
    },
    [setSearch],
  );

  const clearFilters = useCallback(
    () => update({ q: "", category: [], status: [], criticality: [], riskTier: [] }),
    [update],
  );

  /**
   * Same column: flip the order. New column: start ascending, except counts, dates and risk, which read best
   * largest first (the riskiest vendor on top).
   */
  const sortBy = useCallback(
    (field: VendorSortField) =>
      update(
        field === params.sort
          ? { sort: field, order: params.order === "asc" ? "desc" : "asc" }
          : { sort: field, order: defaultVendorOrder(field) },
      ),
    [params.sort, params.order, update],
  );

  return { params, update, clearFilters, sortBy };
}

export type PortfolioParams = ReturnType<typeof usePortfolioParams>;
