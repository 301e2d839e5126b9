import { randomBytes, randomUUID } from "node:crypto";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { throttlePolicy } from "../services/sign-in-throttle";
import { openTestApp, TEST_PASSWORD, type TestApp } from "../testing/test-app";

/**
 * An address no earlier run has used: on PostgreSQL the throttle's counters outlive a test run, and the test
 * clock starts at the same instant every time.
 */
const freshAddress = () => `2001:db8:${randomBytes(12).toString("hex").match(/.{4}/g)?.join(":")}`;

describe.each(testDatabases())("sign-in throttling on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  const guess = (email: string, i: number, from: string, form = i % 2 === 1) =>
    t.anonymous.request(
      "POST",
      "/api/auth/sign-in/email",
      form
        ? new URLSearchParams({ email, password: `wrong password ${i}` }).toString()
        : { email, password: `wrong password ${i}` },
      {
        "x-forwarded-for": from,
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    );
  const signInFrom = (email: string, from: string, password = TEST_PASSWORD) =>
    t.anonymous.request("POST", "/api/auth/sign-in/email", { email, password }, { "x-forwarded-for": from });

  it("form-encoded and JSON guesses from rotating addresses count against the same account", async () => {
    const target = await t.as("viewer");
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await guess(target.email ?? "", i, freshAddress())).status);
    const free = throttlePolicy.account.freeFailures;
    expect(statuses.slice(0, free)).toEqual(Array(free).fill(401));
    expect(statuses.slice(free)).toEqual(Array(12 - free).fill(429));
  });

  it("guesses against one account by form do not block another account's form sign-in", async () => {
    const target = await t.as("viewer");
    const colleague = await t.as("analyst");
    const shared = freshAddress();
    for (let i = 0; i < 8; i++) await guess(target.email ?? "", i, shared, true);
    const form = new URLSearchParams({ email: colleague.email ?? "", password: TEST_PASSWORD }).toString();
    const res = await t.anonymous.request("POST", "/api/auth/sign-in/email", form, {
      "x-forwarded-for": shared,
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(200);
  });

  it("a successful sign-in clears only its own account's count, whatever the encoding", async () => {
    const target = await t.as("viewer");
    const colleague = await t.as("analyst");
    const shared = freshAddress();
    for (let i = 0; i < throttlePolicy.account.freeFailures; i++)
      await guess(target.email ?? "", i, shared, true);
    const form = new URLSearchParams({ email: colleague.email ?? "", password: TEST_PASSWORD }).toString();
    const signedIn = await t.anonymous.request("POST", "/api/auth/sign-in/email", form, {
      "x-forwarded-for": shared,
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(signedIn.status).toBe(200);
    expect((await guess(target.email ?? "", 99, freshAddress(), true)).status).toBe(429);
  });

  it("guesses sent all at once are counted before any password is checked", async () => {
    const target = await t.as("viewer");
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => guess(target.email ?? "", i, freshAddress())),
    ).then((all) => all.map((r) => r.status));
    expect(statuses.filter((s) => s === 401).length).toBe(throttlePolicy.account.freeFailures);
    expect(statuses.filter((s) => s === 429).length).toBe(20 - throttlePolicy.account.freeFailures);
  });

  it("an attacker grinding at one account for an hour does not lock colleagues on the same address out", async () => {
    const target = await t.as("viewer");
    const colleague = await t.as("analyst");
    const shared = freshAddress();
    for (let i = 0; i < throttlePolicy.address.freeFailures + 10; i++) {
      let res = await guess(target.email ?? "", i, shared);
      // Wait out each backoff, as a patient attacker would, so that every round is a real guess.
      while (res.status === 429) {
        t.clock.advance(Number(res.headers.get("retry-after")) * 1000);
        res = await guess(target.email ?? "", i, shared);
      }
      expect(res.status).toBe(401);
    }
    expect((await signInFrom(colleague.email ?? "", shared)).status).toBe(200);
  });

  it("colleagues' typos on a shared address are forgiven once they sign in", async () => {
    const shared = freshAddress();
    for (let n = 0; n < 8; n++) {
      const colleague = await t.as("viewer");
      for (let i = 0; i < 4; i++) expect((await guess(colleague.email ?? "", i, shared)).status).toBe(401);
      expect((await signInFrom(colleague.email ?? "", shared)).status).toBe(200);
    }
    const last = await t.as("viewer");
    expect((await signInFrom(last.email ?? "", shared)).status).toBe(200);
  });

  it("guesses spread over many accounts from one address meet the address's ceiling", async () => {
    const shared = freshAddress();
    const run = randomUUID();
    const statuses: number[] = [];
    for (let i = 0; i < throttlePolicy.address.freeFailures + 5; i++) {
      statuses.push((await guess(`sprayed-${i}-${run}@hospital.test`, i, shared)).status);
    }
    const free = throttlePolicy.address.freeFailures;
    expect(statuses.slice(0, free)).toEqual(Array(free).fill(401));
    expect(statuses.slice(free)).toEqual(Array(5).fill(429));
  });

  it("guesses split between two Ward instances on one database meet the same limit", async () => {
    const target = await t.as("viewer");
    const second = await t.otherTenant();
    const statuses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 === 0 ? t : second).anonymous.request(
          "POST",
          "/api/auth/sign-in/email",
          { email: target.email, password: `wrong password ${i}` },
          { "x-forwarded-for": freshAddress() },
        ),
      ),
    ).then((all) => all.map((r) => r.status));
    expect(statuses.filter((s) => s === 401).length).toBe(throttlePolicy.account.freeFailures);
  });
});
