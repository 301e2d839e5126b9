import { claimStaleVendors, type VendorRef, type WardDb } from "@ward/db";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import { z } from "zod";
import { checkVendorScoreAgeing } from "../services/score-ageing";
import { recomputeVendorScore } from "../services/scores";
import { defineJob, idempotentJobId, type JobDeps, type JobQueue } from "./job-definition";

/** Vendors per job: small enough that a retry redoes little, large enough that 5,000 vendors make 50 jobs. */
export const RESCORE_BATCH_SIZE = 100;

const payload = z.object({
  organizationId: z.uuid(),
  vendorIds: z.array(z.uuid()).min(1).max(1000),
  /** `methodology`: score vendors whose stored score is missing or older; `ageing`: the daily check. */
  mode: z.enum(["methodology", "ageing"]),
});
export type RescorePayload = z.infer<typeof payload>;

/**
 * Rescores one organization's batch of vendors, one transaction each. Idempotent per vendor: a vendor already
 * scored with the current methodology (or already checked today) is left alone, so a retried batch or two
 * instances meeting on one vendor store one snapshot.
 */
export const rescoreVendorsJob = defineJob({
  name: "rescore-vendors",
  title: "Rescore vendors",
  payload,
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  workers: 2,
  expireInSeconds: 900,
  run: (deps, input) => rescoreBatch(deps, input),
});

export async function rescoreBatch(
  deps: Pick<JobDeps, "db" | "clock">,
  input: RescorePayload,
): Promise<void> {
  const ctx = { org: { id: input.organizationId }, clock: deps.clock };
  for (const vendorId of input.vendorIds) {
    await deps.db.transaction(async (tx) => {
      const db = tx as unknown as WardDb;
      if (input.mode === "methodology") await recomputeVendorScore(db, ctx, vendorId, "methodology");
      else await checkVendorScoreAgeing(db, ctx, vendorId);
    });
    await giveWayToRequests();
  }
}

/**
 * Lets the event loop read sockets and fire timers before the next vendor. On PGlite a statement runs on this
 * thread and resolves without I/O, so a loop of transactions is one unbroken chain of promise callbacks; and
 * pg-boss's worker fetches the next batch at once when a batch outlasts its polling interval. Without this turn
 * no request was read until the whole queue was done. A request whose statements are queued by the time the turn
 * ends goes before the next vendor's transaction, as PGlite serves its queue in order. On PostgreSQL each
 * statement is I/O already, and the turn costs microseconds.
 */
const giveWayToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Splits vendors into per-organization batches with ids derived from `key`, so queuing them twice queues once. */
export function rescoreBatches(
  refs: VendorRef[],
  mode: RescorePayload["mode"],
  key: string,
): { id: string; payload: RescorePayload }[] {
  const byOrg = new Map<string, string[]>();
  for (const r of refs) byOrg.set(r.organizationId, [...(byOrg.get(r.organizationId) ?? []), r.vendorId]);
  const batches: { id: string; payload: RescorePayload }[] = [];
  for (const [organizationId, ids] of byOrg) {
    for (let i = 0; i < ids.length; i += RESCORE_BATCH_SIZE) {
      const vendorIds = ids.slice(i, i + RESCORE_BATCH_SIZE);
      batches.push({
        id: idempotentJobId(`rescore:${mode}:${key}:${organizationId}:${vendorIds[0]}`),
        payload: { organizationId, vendorIds, mode },
      });
    }
  }
  return batches;
}

/**
 * Queues every vendor whose score is missing or from an older methodology, in batches, in one transaction
 * that also marks them queued: instances starting together split the vendors and none is queued twice.
 * Returns how many vendors this call queued.
 */
export async function queueStaleRescoring(deps: { db: WardDb; queue: JobQueue }): Promise<number> {
  return deps.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as WardDb;
    const stale = await claimStaleVendors(tx, METHODOLOGY_VERSION);
    for (const batch of rescoreBatches(stale, "methodology", METHODOLOGY_VERSION)) {
      await deps.queue.enqueue(tx, rescoreVendorsJob, batch.payload, { id: batch.id });
    }
    return stale.length;
  });
}
