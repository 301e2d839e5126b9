import type { AuditEventDto, ErrorEnvelope, OutboxMessageDto } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, TEST_PASSWORD, type TestApp } from "../testing/test-app";

type Client = Awaited<ReturnType<TestApp["as"]>>;

describe.each(testDatabases())("changes people make to their own account on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  const eventsOf = async (admin: TestApp, action: string, userId: string | null) => {
    const res = await admin.request("GET", `/api/audit-events?action=${action}&entityId=${userId}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: AuditEventDto[] }).items;
  };

  it("a new display name is audited in every organization the person belongs to", async () => {
    const person = await t.as("analyst");
    const other = await t.otherTenant();
    expect(
      (await other.request("POST", "/api/invitations", { email: person.email, role: "viewer" })).status,
    ).toBe(201);
    const outbox = (await (await other.request("GET", "/api/outbox")).json()) as {
      items: OutboxMessageDto[];
    };
    const token = outbox.items.find((m) => m.to === person.email)?.link?.split("/invitations/")[1];
    expect((await person.request("POST", "/api/invitations/accept", { token })).status).toBe(200);

    const renamed = await person.request("POST", "/api/auth/update-user", { name: "Renamed Analyst" });
    expect(renamed.status).toBe(200);
    for (const admin of [t, other]) {
      const [event, ...more] = await eventsOf(admin, "account.update", person.userId);
      expect(more).toEqual([]);
      expect(event).toMatchObject({
        actorType: "user",
        actorId: person.userId,
        entityType: "account",
        before: { name: "Test analyst" },
        after: { name: "Renamed Analyst" },
      });
      expect(event?.requestId).toEqual(expect.any(String));
    }
  });

  it("a password change is audited and ends the person's other sessions, whatever the client asked", async () => {
    const person = await t.as("viewer");
    const otherDevice = await t.signIn(person.email ?? "", TEST_PASSWORD);
    const otherCookie = otherDevice.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect((await t.anonymous.request("GET", "/api/me", undefined, { cookie: otherCookie })).status).toBe(
      200,
    );

    const changed = await person.request("POST", "/api/auth/change-password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "a brand new long password",
      revokeOtherSessions: false,
    });
    expect(changed.status).toBe(200);
    expect((await t.anonymous.request("GET", "/api/me", undefined, { cookie: otherCookie })).status).toBe(
      401,
    );
    expect((await person.request("GET", "/api/me")).status).toBe(200);
    const [event] = await eventsOf(t, "account.password_change", person.userId);
    expect(event).toMatchObject({ actorId: person.userId, before: null, after: null });
    expect(JSON.stringify(event)).not.toContain("brand new");
  });

  it("a refused password change records nothing", async () => {
    const person = await t.as("viewer");
    const refused = await person.request("POST", "/api/auth/change-password", {
      currentPassword: "not the current password",
      newPassword: "a brand new long password",
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(((await refused.json()) as ErrorEnvelope).error.reason).toBe("INVALID_PASSWORD");
    expect(await eventsOf(t, "account.password_change", person.userId)).toEqual([]);
  });

  it("turning two-factor authentication on and off is audited", async () => {
    const person: Client = await t.as("analyst");
    const enable = await person.request("POST", "/api/auth/two-factor/enable", { password: TEST_PASSWORD });
    const { totpURI } = (await enable.json()) as { totpURI: string };
    expect(await eventsOf(t, "account.two_factor_enable", person.userId)).toEqual([]);
    const code = OTPAuth.URI.parse(totpURI).generate();
    expect((await person.request("POST", "/api/auth/two-factor/verify-totp", { code })).status).toBe(200);
    expect(await eventsOf(t, "account.two_factor_enable", person.userId)).toHaveLength(1);

    const disable = await person.request("POST", "/api/auth/two-factor/disable", { password: TEST_PASSWORD });
    expect(disable.status).toBe(200);
    const [event] = await eventsOf(t, "account.two_factor_disable", person.userId);
    expect(event).toMatchObject({ before: { twoFactorEnabled: true }, after: { twoFactorEnabled: false } });
  });
});
