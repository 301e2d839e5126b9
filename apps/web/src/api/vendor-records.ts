import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateDataHoldingInput, CreateIncidentInput } from "@ward/contracts";
import { unwrap } from "./api-error";
import { api } from "./client";
import { invalidateVendorRisk, vendorKeys } from "./vendors";

/** Records kept under one vendor: products, data holdings, incidents and evidence. */
export const recordKeys = {
  products: (vendorId: string) => [...vendorKeys.detail(vendorId), "products"] as const,
  dataHoldings: (vendorId: string) => [...vendorKeys.detail(vendorId), "data-holdings"] as const,
  incidents: (vendorId: string) => [...vendorKeys.detail(vendorId), "incidents"] as const,
  evidence: (vendorId: string) => [...vendorKeys.detail(vendorId), "evidence"] as const,
};

/** The client subtree under /vendors/:id; the id goes in each call's `param`. */
const underVendor = api.vendors[":id"];

export function useProducts(vendorId: string) {
  return useQuery({
    queryKey: recordKeys.products(vendorId),
    queryFn: () => unwrap(underVendor.products.$get({ param: { id: vendorId } })),
  });
}

export function useDataHoldings(vendorId: string) {
  return useQuery({
    queryKey: recordKeys.dataHoldings(vendorId),
    queryFn: () => unwrap(underVendor["data-holdings"].$get({ param: { id: vendorId } })),
  });
}

export function useIncidents(vendorId: string) {
  return useQuery({
    queryKey: recordKeys.incidents(vendorId),
    queryFn: () => unwrap(underVendor.incidents.$get({ param: { id: vendorId } })),
  });
}

export function useEvidence(vendorId: string) {
  return useQuery({
    queryKey: recordKeys.evidence(vendorId),
    queryFn: () => unwrap(underVendor.evidence.$get({ param: { id: vendorId } })),
  });
}

export function useCreateIncident(vendorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: CreateIncidentInput) =>
      unwrap(underVendor.incidents.$post({ param: { id: vendorId }, json })),
    // Incident counts and latest years in the portfolio change too, and with them the vendor's score.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vendorKeys.all }),
  });
}

export function useCreateDataHolding(vendorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: CreateDataHoldingInput) =>
      unwrap(underVendor["data-holdings"].$post({ param: { id: vendorId }, json })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: recordKeys.dataHoldings(vendorId) }),
        invalidateVendorRisk(queryClient, vendorId),
      ]),
  });
}
