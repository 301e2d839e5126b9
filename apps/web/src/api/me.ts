import { useQuery } from "@tanstack/react-query";
import type { Permission } from "@ward/contracts";
import { unwrap } from "./api-error";
import { api } from "./client";

export const meKeys = { all: ["me"] as const };

/** Who is signed in, their organization, role and permissions. Every app page waits for it (RequireMember). */
export function useMe() {
  return useQuery({
    queryKey: meKeys.all,
    queryFn: () => unwrap(api.me.$get()),
    staleTime: 60_000,
  });
}

/**
 * Whether the signed-in member's role grants `permission`. Only for hiding controls a person cannot use: the
 * server checks every request itself.
 */
export function useCan(permission: Permission): boolean {
  const me = useMe();
  return me.data?.permissions.includes(permission) ?? false;
}
