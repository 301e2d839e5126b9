import { randomUUID } from "node:crypto";
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
    const unknownEmail = await t.signIn(
      `nobody-here-${randomUUID()}@hospital.test`,
      "not the password at all",
    );
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const answer = async (res: Response) => {
      const { error } = (await res.json()) as ErrorEnvelope;
      return { ...error, requestId: "(differs per request)" };
    };
    const wrong = await answer(wrongPassword);
    expect(wrong).toEqual(await answer(unknownEmail));
    expect(wrong.code).toBe("UNAUTHORIZED");
  });

  it.each([
    [
      "a wrong password",
      "/api/auth/sign-in/email",
      { email: `nobody-${randomUUID()}@hospital.test`, password: "x".repeat(12) },
    ],
    ["an unknown endpoint", "/api/auth/no-such-endpoint", {}],
    ["a bad body to two-factor", "/api/auth/two-factor/verify-totp", { code: 123 }],
  ])("the sign-in library's errors come in Ward's envelope: %s", async (_, path, body) => {
    const res = await t.anonymous.request("POST", path, body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const { error } = (await res.json()) as ErrorEnvelope;
    expect(error.requestId).toBe(res.headers.get("x-request-id"));
    expect(error.message).not.toBe("");
    expect(["BAD_REQUEST", "UNAUTHORIZED", "NOT_FOUND"]).toContain(error.code);
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

  it.each([
    ["null", "null", "application/json"],
    ["an array", "[]", "application/json"],
    ["a number", "42", "application/json"],
    ["broken JSON", "{", "application/json"],
    ["plain text", "email=a@b.c", "text/plain"],
    ["a form without an email", "password=x", "application/x-www-form-urlencoded"],
  ])("a sign-in body of %s is a 400 in the envelope", async (_, body, type) => {
    const res = await t.anonymous.request("POST", "/api/auth/sign-in/email", body, { "content-type": type });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("VALIDATION_FAILED");
  });

  it("a body that is not an object gets a 4xx in the envelope from every sign-in library endpoint", async () => {
    const person = await t.as("viewer");
    const paths = [
      "two-factor/verify-totp",
      "two-factor/enable",
      "change-password",
      "update-user",
      "revoke-session",
    ];
    for (const path of paths) {
      for (const body of ["null", "[]", "42", "{"]) {
        const res = await person.request("POST", `/api/auth/${path}`, body);
        expect(res.status, `${path} ${body}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${path} ${body}`).toBeLessThan(500);
        expect(((await res.json()) as ErrorEnvelope).error.code, `${path} ${body}`).toMatch(/^[A-Z_]+$/);
      }
    }
    expect((await person.request("GET", "/api/me")).status).toBe(200);
  });

  it("nobody can sign up without an invitation", async () => {
    const email = `walk-in-${randomUUID()}@hospital.test`;
    const res = await t.anonymous.request("POST", "/api/auth/sign-up/email", {
      email,
      password: "a perfectly long password",
      name: "Walk In",
    });
    expect(res.status).toBe(403);
    expect((await t.signIn(email, "a perfectly long password")).status).toBe(401);
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
