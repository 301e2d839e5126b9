import { asc, inArray } from "drizzle-orm";
import type { WardDb } from "../client";
import { signInThrottles } from "../schema";

export type SignInThrottleRow = typeof signInThrottles.$inferSelect;

/**
 * Locks the counters of `keys` until the transaction `tx` ends, creating missing ones at zero, and returns them.
 * Every sign-in attempt takes its locks in the same (sorted) order, so concurrent attempts queue on a counter
 * rather than deadlock, whichever Ward instance they reach.
 */
export async function lockThrottles(tx: WardDb, keys: string[], at: Date): Promise<SignInThrottleRow[]> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return [];
  await tx
    .insert(signInThrottles)
    .values(sorted.map((key) => ({ key, failures: 0, lastFailureAt: at })))
    .onConflictDoNothing();
  return tx
    .select()
    .from(signInThrottles)
    .where(inArray(signInThrottles.key, sorted))
    .orderBy(asc(signInThrottles.key))
    .for("update");
}

/** Writes back a counter locked with `lockThrottles`. */
export async function saveThrottle(tx: WardDb, row: SignInThrottleRow): Promise<void> {
  await tx
    .insert(signInThrottles)
    .values(row)
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: { failures: row.failures, lastFailureAt: row.lastFailureAt, blockedUntil: row.blockedUntil },
    });
}

export async function deleteThrottles(tx: WardDb, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.delete(signInThrottles).where(inArray(signInThrottles.key, keys));
}
