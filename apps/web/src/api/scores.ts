import { useQuery } from "@tanstack/react-query";
import { unwrap } from "./api-error";
import { api } from "./client";
import { vendorKeys } from "./vendors";

const scoreOf = api.vendors[":id"].score;

/**
 * The vendor's latest stored score with every contribution. A 404 means the vendor has not been scored yet, which
 * the page shows as a state of its own rather than an error.
 */
export function useVendorScore(vendorId: string) {
  return useQuery({
    queryKey: vendorKeys.score(vendorId),
    queryFn: () => unwrap(scoreOf.$get({ param: { id: vendorId }, query: {} })),
  });
}

/** Every stored score of the vendor, oldest first, for the trend chart. */
export function useScoreHistory(vendorId: string) {
  return useQuery({
    queryKey: vendorKeys.scoreHistory(vendorId),
    queryFn: () => unwrap(scoreOf.history.$get({ param: { id: vendorId } })),
  });
}

export type VendorScoreData = NonNullable<ReturnType<typeof useVendorScore>["data"]>;
export type ScoreHistoryData = NonNullable<ReturnType<typeof useScoreHistory>["data"]>;
