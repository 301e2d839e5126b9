import { useQuery } from "@tanstack/react-query";
import { unwrap } from "./api-error";
import { api } from "./client";

/** Ward's public health answer; the sign-in page reads `demo` from it. */
export function useHealth() {
  return useQuery({ queryKey: ["health"], queryFn: () => unwrap(api.health.$get()), staleTime: 5 * 60_000 });
}
