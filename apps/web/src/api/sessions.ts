import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { authClient, unwrapAuth } from "./auth-client";

const sessionKeys = { all: ["sessions"] as const };

/** One signed-in browser or device, as the sessions page lists it. */
export interface SessionRow {
  id: string;
  /** What `revokeSession` takes; better-auth lists it only to the session's own user. */
  token: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  expiresAt: Date;
  current: boolean;
}

async function listSessions(): Promise<SessionRow[]> {
  const [sessions, current] = await Promise.all([
    unwrapAuth(authClient.listSessions()),
    unwrapAuth(authClient.getSession()),
  ]);
  return sessions
    .map((s) => ({
      id: s.id,
      token: s.token,
      // better-auth stores an empty string when the request carried no address or user agent.
      userAgent: s.userAgent || null,
      ipAddress: s.ipAddress || null,
      createdAt: new Date(s.createdAt),
      expiresAt: new Date(s.expiresAt),
      current: s.id === current?.session.id,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.createdAt.getTime() - a.createdAt.getTime());
}

export function useSessions() {
  return useQuery({ queryKey: sessionKeys.all, queryFn: listSessions, staleTime: 0 });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrapAuth(authClient.revokeSession({ token })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapAuth(authClient.revokeOtherSessions()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
