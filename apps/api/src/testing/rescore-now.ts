import { claimStaleVendors, type WardDb } from "@ward/db";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import { rescoreBatch, rescoreBatches } from "../jobs/rescore-vendors";
import type { Clock } from "../services/context";

/** Runs the start-up rescoring of one organization inline, as the queued jobs would, for tests. */
export async function rescoreStaleNow(db: WardDb, clock: Clock, organizationId: string): Promise<number> {
  const stale = await claimStaleVendors(db, METHODOLOGY_VERSION, organizationId);
  for (const batch of rescoreBatches(stale, "methodology", METHODOLOGY_VERSION)) {
    await rescoreBatch({ db, clock }, batch.payload);
  }
  return stale.length;
}
