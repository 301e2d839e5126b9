import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateWhatIfScenarioInput } from "@ward/contracts";
import { unwrap } from "./api-error";
import { api } from "./client";
import { vendorKeys } from "./vendors";

const scenariosOf = api.vendors[":id"].scenarios;

export const scenarioKeys = {
  // Under the vendor's detail key, so deleting the vendor drops its scenarios from the cache too.
  list: (vendorId: string) => [...vendorKeys.detail(vendorId), "scenarios"] as const,
};

/** The what-if scenarios saved on the vendor, oldest first. */
export function useScenarios(vendorId: string) {
  return useQuery({
    queryKey: scenarioKeys.list(vendorId),
    queryFn: () => unwrap(scenariosOf.$get({ param: { id: vendorId } })),
  });
}

export function useSaveScenario(vendorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: CreateWhatIfScenarioInput) =>
      unwrap(scenariosOf.$post({ param: { id: vendorId }, json })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scenarioKeys.list(vendorId) }),
  });
}

export function useDeleteScenario(vendorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scenarioId: string) =>
      unwrap(scenariosOf[":scenarioId"].$delete({ param: { id: vendorId, scenarioId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scenarioKeys.list(vendorId) }),
  });
}

export type ScenarioListData = NonNullable<ReturnType<typeof useScenarios>["data"]>;
