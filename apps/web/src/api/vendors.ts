import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  CreateVendorInput,
  Criticality,
  PortfolioTier,
  RelationshipStatus,
  updateVendorInput,
  VendorCategory,
  VendorSortField,
} from "@ward/contracts";
import type { z } from "zod";
import { unwrap } from "./api-error";
import { api } from "./client";

/** The portfolio's search, filters, sort and page, as the web holds them (typed, not yet query-string text). */
export interface VendorListParams {
  q: string;
  category: VendorCategory[];
  status: RelationshipStatus[];
  criticality: Criticality[];
  riskTier: PortfolioTier[];
  sort: VendorSortField;
  order: "asc" | "desc";
  page: number;
  pageSize: number;
}

export const vendorKeys = {
  all: ["vendors"] as const,
  lists: () => [...vendorKeys.all, "list"] as const,
  // The page carries the portfolio's tier and criticality counts, so refreshing the lists refreshes the charts.
  list: (params: VendorListParams) => [...vendorKeys.lists(), params] as const,
  detail: (id: string) => [...vendorKeys.all, "detail", id] as const,
  // Under the vendor's detail key, so dropping or invalidating a vendor takes its scores along.
  score: (id: string) => [...vendorKeys.detail(id), "score"] as const,
  scoreHistory: (id: string) => [...vendorKeys.detail(id), "score-history"] as const,
};

/**
 * The API scores a vendor again whenever its records change, so after any write the vendor's score, its history
 * and the portfolio (which shows and sorts by the score) are stale.
 */
export function invalidateVendorRisk(queryClient: QueryClient, vendorId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: vendorKeys.score(vendorId) }),
    queryClient.invalidateQueries({ queryKey: vendorKeys.scoreHistory(vendorId) }),
    queryClient.invalidateQueries({ queryKey: vendorKeys.lists() }),
  ]);
}

function listVendors(params: VendorListParams) {
  return unwrap(
    api.vendors.$get({
      query: {
        ...(params.q ? { q: params.q } : {}),
        ...(params.category.length ? { category: params.category } : {}),
        ...(params.status.length ? { status: params.status } : {}),
        ...(params.criticality.length ? { criticality: params.criticality } : {}),
        ...(params.riskTier.length ? { riskTier: params.riskTier } : {}),
        sort: params.sort,
        order: params.order,
        page: String(params.page),
        pageSize: String(params.pageSize),
      },
    }),
  );
}

/**
 * One page of the portfolio with its tier and criticality counts, in one request. The previous page stays on
 * screen while the next loads, so the table and the charts do not jump.
 */
export function useVendorList(params: VendorListParams) {
  return useQuery({
    queryKey: vendorKeys.list(params),
    queryFn: () => listVendors(params),
    placeholderData: keepPreviousData,
  });
}

export function useVendor(id: string) {
  return useQuery({
    queryKey: vendorKeys.detail(id),
    queryFn: () => unwrap(api.vendors[":id"].$get({ param: { id } })),
  });
}

export function useCreateVendor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: CreateVendorInput) => unwrap(api.vendors.$post({ json })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vendorKeys.all }),
  });
}

export function useUpdateVendor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: z.input<typeof updateVendorInput>) =>
      unwrap(api.vendors[":id"].$patch({ param: { id }, json })),
    onSuccess: (vendor) => {
      queryClient.setQueryData(vendorKeys.detail(id), vendor);
      // Criticality and relationship status feed the score.
      return invalidateVendorRisk(queryClient, id);
    },
  });
}

export function useDeleteVendor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.vendors[":id"].$delete({ param: { id } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: vendorKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: vendorKeys.all });
    },
  });
}
