import { listAllVendorRefs, type WardDb } from "@ward/db";
import { z } from "zod";
import { dayOf } from "../services/scores";
import { defineJob } from "./job-definition";
import { rescoreBatches, rescoreVendorsJob } from "./rescore-vendors";

/**
 * Once a day, queues every vendor of every organization for an ageing check, so stored scores move as time
 * passes (ADR 8 left this open). Batch ids come from the clock's date: a retried or doubled run the same day
 * queues nothing new, and each vendor is checked at most once a day.
 */
export const rescoreDailyJob = defineJob({
  name: "rescore-daily",
  title: "Daily rescoring",
  payload: z.object({}),
  retry: { limit: 2, delaySeconds: 60, backoff: true },
  workers: 1,
  expireInSeconds: 600,
  async run(deps) {
    const day = dayOf(deps.clock.now());
    await deps.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as WardDb;
      const refs = await listAllVendorRefs(tx);
      for (const batch of rescoreBatches(refs, "ageing", day)) {
        await deps.queue.enqueue(tx, rescoreVendorsJob, batch.payload, { id: batch.id });
      }
    });
    deps.log.info({ day }, "daily rescoring queued");
  },
});
