import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "./api-error";
import { api } from "./client";

const jobKeys = { all: ["jobs"] as const };

/** The jobs overview; refreshed every few seconds while open, so rescoring progress moves on screen. */
export function useJobs() {
  return useQuery({
    queryKey: jobKeys.all,
    queryFn: () => unwrap(api.jobs.$get()),
    refetchInterval: 5_000,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.jobs[":id"].retry.$post({ param: { id } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
