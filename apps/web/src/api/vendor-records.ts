import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateDataHoldingInput,
  CreateIncidentInput,
  CreateProductInput,
  UpdateDataHoldingInput,
  UpdateIncidentInput,
  UpdateProductInput,
} from "@ward/contracts";
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

/**
 * Changing or deleting a record can change the vendor's other records (a deleted product unlinks its data
 * holdings), its score and the portfolio's counts, so everything under the vendor and every list is refreshed.
 */
function useVendorRecordWrite<Variables, Result>(
  vendorId: string,
  mutationFn: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: vendorKeys.detail(vendorId) }),
        queryClient.invalidateQueries({ queryKey: vendorKeys.lists() }),
      ]),
  });
}

/** The client subtree for one record, `/vendors/:id/<kind>/:childId`. */
const child = (vendorId: string, childId: string) => ({ param: { id: vendorId, childId } });

export function useCreateProduct(vendorId: string) {
  return useVendorRecordWrite(vendorId, (json: CreateProductInput) =>
    unwrap(underVendor.products.$post({ param: { id: vendorId }, json })),
  );
}

export function useUpdateProduct(vendorId: string) {
  return useVendorRecordWrite(vendorId, ({ id, patch }: { id: string; patch: UpdateProductInput }) =>
    unwrap(underVendor.products[":childId"].$patch({ ...child(vendorId, id), json: patch })),
  );
}

export function useDeleteProduct(vendorId: string) {
  return useVendorRecordWrite(vendorId, (id: string) =>
    unwrap(underVendor.products[":childId"].$delete(child(vendorId, id))),
  );
}

export function useUpdateDataHolding(vendorId: string) {
  return useVendorRecordWrite(vendorId, ({ id, patch }: { id: string; patch: UpdateDataHoldingInput }) =>
    unwrap(underVendor["data-holdings"][":childId"].$patch({ ...child(vendorId, id), json: patch })),
  );
}

export function useDeleteDataHolding(vendorId: string) {
  return useVendorRecordWrite(vendorId, (id: string) =>
    unwrap(underVendor["data-holdings"][":childId"].$delete(child(vendorId, id))),
  );
}

export function useUpdateIncident(vendorId: string) {
  return useVendorRecordWrite(vendorId, ({ id, patch }: { id: string; patch: UpdateIncidentInput }) =>
    unwrap(underVendor.incidents[":childId"].$patch({ ...child(vendorId, id), json: patch })),
  );
}

export function useDeleteIncident(vendorId: string) {
  return useVendorRecordWrite(vendorId, (id: string) =>
    unwrap(underVendor.incidents[":childId"].$delete(child(vendorId, id))),
  );
}
