import type { ErrorEnvelope } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { throttlePolicy } from "../services/sign-in-throttle";
import { openTestApp, TEST_PASSWORD, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("signing in on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  it("signed out, the vendor list answers 401 in the envelope", async () => {
    const res = await t.anonymous.request("GET", "/api/vendors");
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("UNAUTHORIZED");
  });

  it("a wrong password and an unknown email get the same answer", async () => {
    const viewer = await t.as("viewer");
    const wrongPassword = await t.signIn(viewer.email ?? "", "not the password at all");
    const unknownEmail = await t.signIn("nobody-here@hospital.test", "not the password at all");
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownEmail.json());
  });

  it("twenty wrong passwords in a row are slowed, and the right one works once the wait has passed", async () => {
    const analyst = await t.as("analyst");
    const email = analyst.email ?? "";
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await t.signIn(email, `wrong password ${i}`)).status);
    // The first failures are free; after that every attempt within the wait is refused without checking.
    expect(statuses.slice(0, throttlePolicy.account.freeFailures)).toEqual(
      Array(throttlePolicy.account.freeFailures).fill(401),
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(14);

    const refused = await t.signIn(email, TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as ErrorEnvelope).error.code).toBe("RATE_LIMITED");

    t.clock.advance(throttlePolicy.maxBlockMs + 1000);
    const accepted = await t.signIn(email, TEST_PASSWORD);
    expect(accepted.status).toBe(200);
  });

  it("backoff grows with every failure past the free ones", async () => {
    const viewer = await t.as("viewer");
    const email = viewer.email ?? "";
    for (let i = 0; i < throttlePolicy.account.freeFailures; i++) await t.signIn(email, "wrong wrong wrong");
    const first = Number((await t.signIn(email, "wrong wrong wrong")).headers.get("retry-after"));
    t.clock.advance(first * 1000);
    expect((await t.signIn(email, "wrong wrong wrong")).status).toBe(401);
    const second = Number((await t.signIn(email, "wrong wrong wrong")).headers.get("retry-after"));
    expect(second).toBeGreaterThan(first);
  });

  it("nobody can sign up without an invitation", async () => {
    const res = await t.anonymous.request("POST", "/api/auth/sign-up/email", {
      email: "walk-in@hospital.test",
      password: "a perfectly long password",
      name: "Walk In",
    });
    expect(res.status).toBe(403);
    expect((await t.signIn("walk-in@hospital.test", "a perfectly long password")).status).toBe(401);
  });

  it("a cross-site form post is refused even with a valid session", async () => {
    const res = await t.request(
      "POST",
      "/api/vendors",
      { name: "Forged", category: "ehr" },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    const none = await t.request("GET", "/api/vendors?q=Forged");
    expect(((await none.json()) as { total: number }).total).toBe(0);
  });

  it("a session revoked from the account page stops working at once", async () => {
    const analyst = await t.as("analyst");
    const sessions = (await (await analyst.request("GET", "/api/auth/list-sessions")).json()) as {
      token: string;
    }[];
    expect(sessions.length).toBeGreaterThan(0);
    expect((await analyst.request("GET", "/api/vendors")).status).toBe(200);
    for (const { token } of sessions) {
      expect((await analyst.request("POST", "/api/auth/revoke-session", { token })).status).toBe(200);
    }
    expect((await analyst.request("GET", "/api/vendors")).status).toBe(401);
  });

  it("session cookies are HttpOnly and SameSite=Lax", async () => {
    const viewer = await t.as("viewer");
    const res = await t.signIn(viewer.email ?? "", TEST_PASSWORD);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("ward.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});
