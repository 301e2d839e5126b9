import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { unwrap } from "../../api/api-error";
import { api } from "../../api/client";
import { vendorKeys } from "../../api/vendors";
import { describeScoreChange, type OverallScore, overallScoreOf } from "./score-change-notice";

/**
 * Runs a change to a vendor's records and then shows one success message that names the score change. The score
 * before comes from the cache when the vendor page loaded it (fetched otherwise); the score after is fetched
 * fresh, since the API rescores the vendor in the same transaction as the change.
 */
export function useScoreChangeNotice(vendorId: string) {
  const queryClient = useQueryClient();

  const readScore = useCallback(
    async (fresh: boolean): Promise<OverallScore | null> => {
      try {
        const response = await queryClient.fetchQuery({
          queryKey: vendorKeys.score(vendorId),
          queryFn: () => unwrap(api.vendors[":id"].score.$get({ param: { id: vendorId }, query: {} })),
          staleTime: fresh ? 0 : Number.POSITIVE_INFINITY,
        });
        return overallScoreOf(response);
      } catch {
        // A vendor never scored answers 404; the message then says what the score is now, without a before.
        return null;
      }
    },
    [queryClient, vendorId],
  );

  return useCallback(
    async <Result>(title: string, change: () => Promise<Result>): Promise<Result> => {
      const before = await readScore(false);
      const result = await change();
      const after = await readScore(true);
      notifications.show({ color: "green", title, message: describeScoreChange(before, after) });
      return result;
    },
    [readScore],
  );
}
