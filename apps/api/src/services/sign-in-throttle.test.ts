import { describe, expect, it } from "vitest";
import { blockFor, countAttempt, throttleKeys, throttlePolicy } from "./sign-in-throttle";

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 15, 12) + seconds * 1000);

describe("the sign-in backoff", () => {
  it("waits nothing for the free attempts, then 1 s, doubling up to 15 minutes", () => {
    const free = throttlePolicy.account.freeFailures;
    expect(Array.from({ length: free - 1 }, (_, i) => blockFor(i + 1, free))).toEqual(
      Array(free - 1).fill(0),
    );
    expect([free, free + 1, free + 2].map((n) => blockFor(n, free))).toEqual([1000, 2000, 4000]);
    expect(blockFor(free + 40, free)).toBe(throttlePolicy.maxBlockMs);
  });

  it("counts from one again after a quiet spell, and not before", () => {
    const counter = { failures: 9, lastFailureAt: at(0), blockedUntil: null };
    expect(countAttempt(counter, at(throttlePolicy.resetAfterMs / 1000), 5).failures).toBe(10);
    expect(countAttempt(counter, at(throttlePolicy.resetAfterMs / 1000 + 1), 5)).toEqual({
      failures: 1,
      lastFailureAt: at(throttlePolicy.resetAfterMs / 1000 + 1),
      blockedUntil: null,
    });
  });

  it("keys an account the same however its email is typed", () => {
    expect(throttleKeys(" Admin@Hospital.Test", "10.0.0.1")).toEqual(
      throttleKeys("admin@hospital.test", "10.0.0.1"),
    );
    expect(throttleKeys("a@b.test", null).address).toBe("ip:unknown");
  });
});
