import { deleteThrottles, lockThrottles, type SignInThrottleRow, saveThrottle, type WardDb } from "@ward/db";
import type { Clock } from "./context";
import { RateLimitedError } from "./errors";

/**
 * How many password attempts go unchecked before backoff starts, and how the wait grows: 1 s, 2 s, 4 s … up to
 * 15 minutes. docs/security.md explains the numbers.
 */
export const throttlePolicy = {
  /** Attempts at one account, from anywhere, before its backoff starts. */
  account: { freeFailures: 5 },
  /**
   * Failed attempts from one address, across accounts, before the address's backoff starts. Generous, because a
   * hospital behind one NAT shares it.
   */
  address: { freeFailures: 30 },
  /**
   * At most this many failures of one account count toward its address's budget, so one person's typos or one
   * attacker's guesses at one account cannot use up the budget colleagues share.
   */
  addressShareOfOneAccount: 5,
  maxBlockMs: 15 * 60 * 1000,
  /** A quiet spell this long forgets earlier failures. */
  resetAfterMs: 15 * 60 * 1000,
} as const;

export function blockFor(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(1000 * 2 ** (failures - freeFailures), throttlePolicy.maxBlockMs);
}

type Counter = Pick<SignInThrottleRow, "failures" | "lastFailureAt" | "blockedUntil">;

/** The counter after one more attempt at `now`: quiet long enough starts again from one. */
export function countAttempt(counter: Counter, now: Date, freeFailures: number): Counter {
  const quiet = now.getTime() - counter.lastFailureAt.getTime() > throttlePolicy.resetAfterMs;
  const failures = quiet ? 1 : counter.failures + 1;
  const wait = blockFor(failures, freeFailures);
  return { failures, lastFailureAt: now, blockedUntil: wait > 0 ? new Date(now.getTime() + wait) : null };
}

/** Counter keys; `email:` and `ip:` are the keys Ward has always used, so existing counters carry over. */
export function throttleKeys(email: string, ip: string | null) {
  const account = email.trim().toLowerCase();
  const address = ip ?? "unknown";
  return { account: `email:${account}`, pair: `ip+email:${address} ${account}`, address: `ip:${address}` };
}

function row(rows: SignInThrottleRow[], key: string): SignInThrottleRow {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`throttle counter ${key} was not locked`);
  return found;
}

/**
 * Counts a sign-in attempt before its password is checked, as if it will fail, or refuses it while the account or
 * the address waits out a backoff. The count and the check are one transaction holding the counters' row locks,
 * so guesses sent at once, to one Ward instance or several, cannot all slip past the check.
 */
export async function beginSignInAttempt(
  db: WardDb,
  clock: Clock,
  email: string,
  ip: string | null,
): Promise<void> {
  const keys = throttleKeys(email, ip);
  const now = clock.now();
  const waitSeconds = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as WardDb;
    const rows = await lockThrottles(tx, [keys.account, keys.pair, keys.address], now);
    const [account, pair, address] = [row(rows, keys.account), row(rows, keys.pair), row(rows, keys.address)];
    const blockedUntil = Math.max(account.blockedUntil?.getTime() ?? 0, address.blockedUntil?.getTime() ?? 0);
    if (blockedUntil > now.getTime()) return Math.ceil((blockedUntil - now.getTime()) / 1000);
    await saveThrottle(tx, {
      ...account,
      ...countAttempt(account, now, throttlePolicy.account.freeFailures),
    });
    const nextPair = { ...pair, ...countAttempt(pair, now, Number.POSITIVE_INFINITY) };
    await saveThrottle(tx, nextPair);
    if (nextPair.failures <= throttlePolicy.addressShareOfOneAccount) {
      await saveThrottle(tx, {
        ...address,
        ...countAttempt(address, now, throttlePolicy.address.freeFailures),
      });
    }
    return 0;
  });
  if (waitSeconds > 0) {
    throw new RateLimitedError(`Too many failed sign-ins. Try again in ${waitSeconds} seconds.`, waitSeconds);
  }
}

/**
 * A right password: the account's own counters go, and the address gets back what this account's attempts from it
 * had taken from its budget. Other accounts' counts, and other people's failures from the address, stay.
 */
export async function recordSignInSuccess(
  db: WardDb,
  clock: Clock,
  email: string,
  ip: string | null,
): Promise<void> {
  const keys = throttleKeys(email, ip);
  const now = clock.now();
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as WardDb;
    const rows = await lockThrottles(tx, [keys.account, keys.pair, keys.address], now);
    const pair = row(rows, keys.pair);
    const address = row(rows, keys.address);
    const returned = Math.min(pair.failures, throttlePolicy.addressShareOfOneAccount);
    const failures = Math.max(0, address.failures - returned);
    const stillBlocked = failures >= throttlePolicy.address.freeFailures;
    await saveThrottle(tx, {
      ...address,
      failures,
      blockedUntil: stillBlocked ? address.blockedUntil : null,
    });
    await deleteThrottles(tx, [keys.account, keys.pair]);
  });
}
