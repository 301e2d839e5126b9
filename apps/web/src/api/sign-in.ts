import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { authClient, unwrapAuth } from "./auth-client";

/** Where a correct password leads: straight in, or on to the second factor. */
export type PasswordOutcome = "signed-in" | "second-factor";

export type SecondFactorMethod = "totp" | "backup-code";

// These forms show a wrong password or code themselves; a 401 here must not send the reader to /sign-in.
const formMeta = { handlesUnauthorized: true } as const;

export function useSignIn() {
  return useMutation({
    meta: formMeta,
    mutationFn: async (input: { email: string; password: string }): Promise<PasswordOutcome> => {
      const data = await unwrapAuth(authClient.signIn.email(input));
      return "twoFactorRedirect" in data && data.twoFactorRedirect ? "second-factor" : "signed-in";
    },
  });
}

export function useVerifySecondFactor() {
  return useMutation({
    meta: formMeta,
    mutationFn: ({ method, code }: { method: SecondFactorMethod; code: string }) =>
      method === "totp"
        ? unwrapAuth(authClient.twoFactor.verifyTotp({ code, trustDevice: false }))
        : unwrapAuth(authClient.twoFactor.verifyBackupCode({ code, trustDevice: false })),
  });
}

/**
 * Signs out, leaves for /sign-in, then forgets every cached answer so the next person on this browser sees none
 * of them. Leaving first unmounts the pages, so nothing refetches in between.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      await unwrapAuth(authClient.signOut());
      await navigate("/sign-in", { replace: true });
      queryClient.clear();
    },
  });
}
