import { clearThrottle, getThrottles, recordThrottleFailure, setThrottleBlock, type WardDb } from "@ward/db";
import type { Clock } from "./context";
import { RateLimitedError } from "./errors";

/** Failures allowed before backoff starts, and how the wait grows: 1 s, 2 s, 4 s … up to 15 minutes. */
export const throttlePolicy = {
  account: { freeFailures: 5 },
  address: { freeFailures: 20 },
  maxBlockMs: 15 * 60 * 1000,
  /** A quiet spell this long forgets earlier failures. */
  resetAfterMs: 15 * 60 * 1000,
} as const;

export function blockFor(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(1000 * 2 ** (failures - freeFailures), throttlePolicy.maxBlockMs);
}

const keysOf = (email: string, ip: string | null) => ({
  account: `email:${email.trim().toLowerCase()}`,
  address: `ip:${ip ?? "unknown"}`,
});

/** Refuses a sign-in attempt while the account or the address is in backoff. */
export async function assertSignInAllowed(
  db: WardDb,
  clock: Clock,
  email: string,
  ip: string | null,
): Promise<void> {
  const keys = keysOf(email, ip);
  const now = clock.now().getTime();
  const blockedUntil = Math.max(
    0,
    ...(await getThrottles(db, [keys.account, keys.address])).map((t) => t.blockedUntil?.getTime() ?? 0),
  );
  if (blockedUntil > now) {
    const seconds = Math.ceil((blockedUntil - now) / 1000);
    throw new RateLimitedError(`Too many failed sign-ins. Try again in ${seconds} seconds.`, seconds);
  }
}

/** Counts a failed attempt against the account and the address, and starts or lengthens their backoff. */
export async function recordSignInFailure(
  db: WardDb,
  clock: Clock,
  email: string,
  ip: string | null,
): Promise<void> {
  const keys = keysOf(email, ip);
  const now = clock.now();
  for (const [key, free] of [
    [keys.account, throttlePolicy.account.freeFailures],
    [keys.address, throttlePolicy.address.freeFailures],
  ] as const) {
    const failures = await recordThrottleFailure(db, key, now, throttlePolicy.resetAfterMs);
    const wait = blockFor(failures, free);
    if (wait > 0) await setThrottleBlock(db, key, new Date(now.getTime() + wait));
  }
}

/** A successful sign-in clears the account's count; the address keeps its own. */
export async function recordSignInSuccess(db: WardDb, email: string, ip: string | null): Promise<void> {
  await clearThrottle(db, keysOf(email, ip).account);
}
