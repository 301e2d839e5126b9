import { useMutation, useQueryClient } from "@tanstack/react-query";
import { AuthError, authClient, unwrapAuth } from "./auth-client";
import { meKeys } from "./me";

// A wrong password or code is answered with 401 and shown beside the field, not by leaving for /sign-in.
const formMeta = { handlesUnauthorized: true } as const;

/** Starts TOTP set-up: the authenticator URI and backup codes. Nothing changes until a code confirms it. */
export function useStartTwoFactor() {
  return useMutation({
    meta: formMeta,
    mutationFn: async (password: string) => {
      const started = await unwrapAuth(authClient.twoFactor.enable({ password }));
      // better-auth can also answer with emailed one-time codes; Ward's server configures TOTP only.
      if (started.method !== "totp") {
        throw new AuthError(500, "INTERNAL", "The server did not offer an authenticator-app set-up.");
      }
      return started;
    },
  });
}

/** The first correct code from the authenticator turns two-factor authentication on. */
export function useConfirmTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: formMeta,
    mutationFn: (code: string) => unwrapAuth(authClient.twoFactor.verifyTotp({ code })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: formMeta,
    mutationFn: (password: string) => unwrapAuth(authClient.twoFactor.disable({ password })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}
