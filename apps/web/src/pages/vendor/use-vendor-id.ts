import { useParams } from "react-router";

/** The `:id` of every /vendors/:id/... route; the router guarantees it is there. */
export function useVendorId(): string {
  return useParams<{ id: string }>().id ?? "";
}
