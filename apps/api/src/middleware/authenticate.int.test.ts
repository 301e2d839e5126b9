import { schema } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { recordStatements } from "../testing/count-statements";
import { openTestApp, TEST_PASSWORD, type TestApp } from "../testing/test-app";

const HOUR = 60 * 60 * 1000;
/** Ward's default session lifetime and better-auth's refresh age as configured in auth/better-auth.ts. */
const SESSION_TTL = 12 * HOUR;
const UPDATE_AGE = HOUR;

describe.each(testDatabases())("signed-in requests on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  async function statementsOf(method: string, path: string) {
    const recorder = recordStatements(t.handle.db);
    try {
      expect((await t.request(method, path)).status).toBe(200);
      return [...recorder.statements];
    } finally {
      recorder.stop();
    }
  }

  /** Signs a new viewer in and returns the raw cookie header and the session's token. */
  async function signedInViewer(body: Record<string, unknown> = {}) {
    const viewer = await t.as("viewer");
    const res = await t.anonymous.request("POST", "/api/auth/sign-in/email", {
      email: viewer.email,
      password: TEST_PASSWORD,
      ...body,
    });
    expect(res.status).toBe(200);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const signed = decodeURIComponent(/ward\.session_token=([^;]+)/.exec(cookie)?.[1] ?? "");
    return { cookie, token: signed.slice(0, signed.lastIndexOf(".")) };
  }
  const get = (cookie: string, path = "/api/vendors") =>
    t.anonymous.request("GET", path, undefined, { cookie });
  const sessionRow = async (token: string) =>
    (await t.handle.db.select().from(schema.sessions).where(eq(schema.sessions.token, token)))[0];
  const setExpiry = (token: string, expiresAt: Date) =>
    t.handle.db.update(schema.sessions).set({ expiresAt }).where(eq(schema.sessions.token, token));

  it("a signed-in read asks the database once before its handler", async () => {
    const statements = await statementsOf("GET", "/api/vendors");
    const handlerStarts = statements.findIndex((s) => /\bfrom "vendor(_facet_count)?"/.test(s));
    expect(handlerStarts).toBe(1);
  });

  it("a signed-out session stops working at once", async () => {
    const { cookie } = await signedInViewer();
    expect((await get(cookie)).status).toBe(200);
    const out = await t.anonymous.request("POST", "/api/auth/sign-out", {}, { cookie });
    expect(out.status).toBe(200);
    expect((await get(cookie)).status).toBe(401);
  });

  it("an expired session is refused and removed", async () => {
    const { cookie, token } = await signedInViewer();
    await setExpiry(token, new Date(Date.now() - 1000));
    expect((await get(cookie)).status).toBe(401);
    expect(await sessionRow(token)).toBeUndefined();
  });

  it("a session older than an hour has its expiry pushed out, as better-auth would", async () => {
    const { cookie, token } = await signedInViewer();
    await setExpiry(token, new Date(Date.now() + SESSION_TTL - UPDATE_AGE - 60_000));
    expect((await get(cookie)).status).toBe(200);
    const refreshed = (await sessionRow(token))?.expiresAt.getTime() ?? 0;
    expect(refreshed).toBeGreaterThan(Date.now() + SESSION_TTL - 60_000);
  });

  it("a session whose owner asked not to be remembered is not pushed out", async () => {
    const { cookie, token } = await signedInViewer({ rememberMe: false });
    const stale = new Date(Date.now() + SESSION_TTL - UPDATE_AGE - 60_000);
    await setExpiry(token, stale);
    expect((await get(cookie)).status).toBe(200);
    expect((await sessionRow(token))?.expiresAt.getTime()).toBe(stale.getTime());
  });

  it("checks a cookie's signature once, and still refuses another signature on a token it has seen", async () => {
    const { cookie, token } = await signedInViewer();
    const verify = vi.spyOn(crypto.subtle, "verify");
    try {
      expect((await get(cookie)).status).toBe(200);
      const checksOfFirst = verify.mock.calls.length;
      expect(checksOfFirst).toBeGreaterThan(0);
      expect((await get(cookie)).status).toBe(200);
      expect(verify.mock.calls.length).toBe(checksOfFirst);
      const forged = `ward.session_token=${encodeURIComponent(`${token}.${"B".repeat(43)}=`)}`;
      expect((await get(forged)).status).toBe(401);
      expect(verify.mock.calls.length).toBeGreaterThan(checksOfFirst);
    } finally {
      verify.mockRestore();
    }
  });

  it("a session cookie with a forged signature is refused", async () => {
    const { token } = await signedInViewer();
    const forged = `ward.session_token=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`;
    expect((await get(forged)).status).toBe(401);
    expect((await get(`ward.session_token=${token}`)).status).toBe(401);
  });
});
