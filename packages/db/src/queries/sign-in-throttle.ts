import { eq, inArray, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { signInThrottles } from "../schema";

export type SignInThrottleRow = typeof signInThrottles.$inferSelect;

export async function getThrottles(db: WardDb, keys: string[]): Promise<SignInThrottleRow[]> {
  if (keys.length === 0) return [];
  return db.select().from(signInThrottles).where(inArray(signInThrottles.key, keys));
}

/**
 * Counts one more failure for `key` in a single statement (safe with concurrent sign-ins) and returns the
 * new count. A failure after `resetAfterMs` of quiet starts counting from one again.
 */
export async function recordThrottleFailure(
  db: WardDb,
  key: string,
  at: Date,
  resetAfterMs: number,
): Promise<number> {
  const quietSince = new Date(at.getTime() - resetAfterMs);
  const [row] = await db
    .insert(signInThrottles)
    .values({ key, failures: 1, lastFailureAt: at })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${signInThrottles.lastFailureAt} < ${quietSince} then 1 else ${signInThrottles.failures} + 1 end`,
        lastFailureAt: at,
      },
    })
    .returning({ failures: signInThrottles.failures });
  return row?.failures ?? 1;
}

export async function setThrottleBlock(db: WardDb, key: string, until: Date): Promise<void> {
  await db.update(signInThrottles).set({ blockedUntil: until }).where(eq(signInThrottles.key, key));
}

export async function clearThrottle(db: WardDb, key: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, key));
}
