import type { ErrorEnvelope, MeResponse } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, TEST_PASSWORD, type TestApp } from "../testing/test-app";

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

const codeFor = (totpURI: string) => OTPAuth.URI.parse(totpURI).generate();

describe.each(testDatabases())("two-factor authentication on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  async function enableTotp(client: Awaited<ReturnType<TestApp["as"]>>) {
    const enable = await client.request("POST", "/api/auth/two-factor/enable", { password: TEST_PASSWORD });
    expect(enable.status, await enable.clone().text()).toBe(200);
    const { totpURI, backupCodes } = (await enable.json()) as { totpURI: string; backupCodes: string[] };
    expect(backupCodes.length).toBeGreaterThanOrEqual(5);
    const verify = await client.request("POST", "/api/auth/two-factor/verify-totp", {
      code: codeFor(totpURI),
    });
    expect(verify.status, await verify.clone().text()).toBe(200);
    return totpURI;
  }

  it("with TOTP on, the password alone gives no session; the code completes the sign-in", async () => {
    const analyst = await t.as("analyst");
    const totpURI = await enableTotp(analyst);
    const first = await t.signIn(analyst.email ?? "", TEST_PASSWORD);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { twoFactorRedirect?: boolean }).twoFactorRedirect).toBe(true);
    const pending = cookiesOf(first);
    expect((await t.anonymous.request("GET", "/api/vendors", undefined, { cookie: pending })).status).toBe(
      401,
    );

    const wrong = await t.anonymous.request(
      "POST",
      "/api/auth/two-factor/verify-totp",
      { code: "000000" },
      { cookie: pending },
    );
    expect(wrong.status).toBe(401);
    const second = await t.anonymous.request(
      "POST",
      "/api/auth/two-factor/verify-totp",
      { code: codeFor(totpURI) },
      { cookie: pending },
    );
    expect(second.status).toBe(200);
    const session = cookiesOf(second);
    expect((await t.anonymous.request("GET", "/api/vendors", undefined, { cookie: session })).status).toBe(
      200,
    );
  });

  it("when the organization requires MFA, members without it are sent to set it up", async () => {
    const org = await t.otherTenant();
    const viewer = await org.as("viewer");
    const patched = await org.request("PATCH", "/api/organization", { requireMfa: true });
    expect(patched.status).toBe(200);

    const blocked = await viewer.request("GET", "/api/vendors");
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as ErrorEnvelope).error.code).toBe("MFA_REQUIRED");
    const me = (await (await viewer.request("GET", "/api/me")).json()) as MeResponse;
    expect(me.mfaSetupRequired).toBe(true);

    await enableTotp(viewer);
    expect((await viewer.request("GET", "/api/vendors")).status).toBe(200);
    const after = (await (await viewer.request("GET", "/api/me")).json()) as MeResponse;
    expect(after).toMatchObject({ mfaSetupRequired: false, user: { twoFactorEnabled: true } });
  });

  it("only an admin may require MFA, and the change is audited", async () => {
    const analyst = await t.as("analyst");
    expect((await analyst.request("PATCH", "/api/organization", { requireMfa: true })).status).toBe(403);
    expect((await t.request("PATCH", "/api/organization", { requireMfa: false })).status).toBe(200);
    const audit = (await (await t.request("GET", "/api/audit-events?entityType=organization")).json()) as {
      items: { action: string; after: { requireMfa: boolean } }[];
    };
    expect(audit.items[0]).toMatchObject({ action: "organization.update", after: { requireMfa: false } });
  });
});
