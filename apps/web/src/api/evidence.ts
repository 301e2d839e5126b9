import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateEvidenceInput, UpdateEvidenceInput } from "@ward/contracts";
import { unwrap } from "./api-error";
import { api } from "./client";
import { recordKeys } from "./vendor-records";
import { invalidateVendorRisk } from "./vendors";

export const evidenceCatalogueKey = ["evidence-catalogue"] as const;

/** Every fact Ward accepts as evidence. It changes only with a release, so it is fetched once per visit. */
export function useEvidenceCatalogue() {
  return useQuery({
    queryKey: evidenceCatalogueKey,
    queryFn: () => unwrap(api["evidence-catalogue"].$get()),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const underVendor = api.vendors[":id"].evidence;

/** A change to evidence can move the vendor's score, so the score and the portfolio are fetched again. */
function useEvidenceMutation<Args, Result>(vendorId: string, mutationFn: (args: Args) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: recordKeys.evidence(vendorId) }),
        invalidateVendorRisk(queryClient, vendorId),
      ]),
  });
}

export function useCreateEvidence(vendorId: string) {
  return useEvidenceMutation(vendorId, (json: CreateEvidenceInput) =>
    unwrap(underVendor.$post({ param: { id: vendorId }, json })),
  );
}

export function useUpdateEvidence(vendorId: string) {
  return useEvidenceMutation(vendorId, ({ id, json }: { id: string; json: UpdateEvidenceInput }) =>
    unwrap(underVendor[":childId"].$patch({ param: { id: vendorId, childId: id }, json })),
  );
}

export function useDeleteEvidence(vendorId: string) {
  return useEvidenceMutation(vendorId, (id: string) =>
    unwrap(underVendor[":childId"].$delete({ param: { id: vendorId, childId: id } })),
  );
}
