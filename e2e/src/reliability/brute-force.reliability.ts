import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, removeDataDir, startWard, type WardServer } from "../ward-server";

/**
 * The sign-in policy as docs/security.md states it: failed attempts at one account before its backoff starts
 * (1 s, then doubling). A change of policy changes the document and this number together.
 */
const FREE_FAILURES_PER_ACCOUNT = 5;

const admin = "admin@demo.ward.test";
const analyst = "analyst@demo.ward.test";
const viewer = "viewer@demo.ward.test";

describe("password guessing against a real Ward behind one proxy", () => {
  let server: WardServer;
  beforeAll(async () => {
    server = await startWard({ env: { WARD_TRUST_PROXY: "1" } });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  /** One sign-in as the proxy would forward it: the client's own X-Forwarded-For entries, then the proxy's. */
  const signIn = (email: string, password: string, clientAddress: string, form: boolean) =>
    fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        origin: server.url,
        // Whatever a client writes on the left does not matter; the proxy appends the address it saw.
        "x-forwarded-for": `198.51.100.77, ${clientAddress}`,
        "content-type": form ? "application/x-www-form-urlencoded" : "application/json",
      },
      body: form ? new URLSearchParams({ email, password }).toString() : JSON.stringify({ email, password }),
    });

  it("form and JSON guesses from ever-new addresses meet 429 once the account's free attempts are used", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await signIn(admin, `guess number ${i}`, `203.0.113.${i + 1}`, i % 2 === 0);
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      await res.body?.cancel();
    }
    expect(statuses.slice(0, FREE_FAILURES_PER_ACCOUNT)).toEqual(Array(FREE_FAILURES_PER_ACCOUNT).fill(401));
    expect(statuses[FREE_FAILURES_PER_ACCOUNT]).toBe(429);
    // A slow machine may let one more guess through as the first 1-second wait runs out, never more.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(FREE_FAILURES_PER_ACCOUNT + 1);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it("a colleague behind the same address still signs in, by form and by JSON", async () => {
    const shared = "192.0.2.10";
    for (let i = 0; i < 12; i++)
      await (await signIn(admin, `shared guess ${i}`, shared, i % 2 === 1)).body?.cancel();
    expect((await signIn(viewer, DEMO_PASSWORD, shared, true)).status).toBe(200);
    expect((await signIn(viewer, DEMO_PASSWORD, shared, false)).status).toBe(200);
  });

  it("guesses sent all at once are stopped too", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signIn(analyst, `parallel guess ${i}`, `203.0.114.${i + 1}`, i % 2 === 0),
      ),
    );
    const statuses = responses.map((r) => r.status);
    await Promise.all(responses.map((r) => r.body?.cancel()));
    // Every guess is counted before any password is checked, so only the free ones get through, plus at most one
    // more if the first 1-second wait runs out while the queue of guesses is still being answered.
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeGreaterThanOrEqual(FREE_FAILURES_PER_ACCOUNT);
    expect(checked).toBeLessThanOrEqual(FREE_FAILURES_PER_ACCOUNT + 1);
    expect(statuses.filter((s) => s === 429).length).toBe(20 - checked);
  });
});
