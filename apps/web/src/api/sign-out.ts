import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";

/**
 * Signs out, leaves for /sign-in, then forgets every cached answer so the next person on this browser sees none
 * of them. Leaving first unmounts the pages, so nothing refetches in between.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      // better-auth's client is fetched when someone signs out, not with every page that offers the button.
      const { authClient, unwrapAuth } = await import("./auth-client");
      await unwrapAuth(authClient.signOut());
      await navigate("/sign-in", { replace: true });
      queryClient.clear();
    },
  });
}
