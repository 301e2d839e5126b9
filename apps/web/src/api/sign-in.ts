import { useMutation } from "@tanstack/react-query";
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
