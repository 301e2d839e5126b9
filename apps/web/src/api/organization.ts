import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { updateOrganizationSettingsInput } from "@ward/contracts";
import type { z } from "zod";
import { unwrap } from "./api-error";
import { api } from "./client";
import { meKeys } from "./me";

const organizationKeys = { settings: ["organization"] as const };

export function useOrganizationSettings() {
  return useQuery({ queryKey: organizationKeys.settings, queryFn: () => unwrap(api.organization.$get()) });
}

export function useUpdateOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: z.input<typeof updateOrganizationSettingsInput>) =>
      unwrap(api.organization.$patch({ json })),
    onSuccess: (settings) => {
      queryClient.setQueryData(organizationKeys.settings, settings);
      // The header shows the organization's name, and whether MFA is required decides where members may go.
      return queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}
