import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateInvitationInput, InvitationSignUpInput, Role } from "@ward/contracts";
import { unwrap } from "./api-error";
import { api } from "./client";
import { meKeys } from "./me";

export const memberKeys = {
  members: ["members"] as const,
  invitations: ["invitations"] as const,
  outbox: ["outbox"] as const,
};

export function useMembers() {
  return useQuery({ queryKey: memberKeys.members, queryFn: () => unwrap(api.members.$get()) });
}

export function useChangeMemberRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      unwrap(api.members[":id"].$patch({ param: { id }, json: { role } })),
    // The admin may have changed their own role, which changes what the app shows them.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: memberKeys.members }),
        queryClient.invalidateQueries({ queryKey: meKeys.all }),
      ]),
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.members[":id"].$delete({ param: { id } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.members }),
  });
}

export function useInvitations() {
  return useQuery({ queryKey: memberKeys.invitations, queryFn: () => unwrap(api.invitations.$get()) });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: CreateInvitationInput) => unwrap(api.invitations.$post({ json })),
    // The invitation's message lands in the outbox too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: memberKeys.invitations }),
        queryClient.invalidateQueries({ queryKey: memberKeys.outbox }),
      ]),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.invitations[":id"].revoke.$post({ param: { id } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations }),
  });
}

/** What an invitation link offers; public, so it works before the person has an account. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ["invitation-preview", token],
    // POST with the token in the body: a URL would carry it into proxies' and servers' logs.
    queryFn: () => unwrap(api.invitations.preview.$post({ json: { token } })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Joins with an existing account: the signed-in person accepts the invitation addressed to them. */
export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (token: string) => unwrap(api.invitations.accept.$post({ json: { token } })),
  });
}

/** Creates the invited person's account from the link, joins, and signs in, in one request. */
export function useSignUpWithInvitation() {
  return useMutation({
    meta: { handlesUnauthorized: true },
    mutationFn: (json: InvitationSignUpInput) => unwrap(api.invitations["sign-up"].$post({ json })),
  });
}

/** Messages Ward sent; without SMTP, the only way invitation links reach people. */
export function useOutbox() {
  return useQuery({ queryKey: memberKeys.outbox, queryFn: () => unwrap(api.outbox.$get()) });
}
