import { randomUUID } from "node:crypto";
import type {
  ErrorEnvelope,
  InvitationPreview,
  MemberDto,
  MeResponse,
  OutboxMessageDto,
} from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

const password = "invited person's long password";

describe.each(testDatabases())("invitations and members on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  const invite = async (email: string, role: string) => {
    const res = await t.request("POST", "/api/invitations", { email, role });
    expect(res.status).toBe(201);
    const outbox = (await (await t.request("GET", "/api/outbox")).json()) as { items: OutboxMessageDto[] };
    const message = outbox.items.find((m) => m.to === email);
    const token = message?.link?.split("/invitations/")[1] ?? "";
    expect(token).toMatch(/^inv_/);
    return token;
  };

  it("an invited person signs up through the link, joins with the invited role and is audited", async () => {
    // Unique per run: on PostgreSQL the database outlives a single test run.
    const email = `new.analyst.${randomUUID()}@hospital.test`;
    const token = await invite(email, "analyst");
    const preview = await t.anonymous.request("GET", `/api/invitations/preview/${token}`);
    expect((await preview.json()) as InvitationPreview).toMatchObject({
      email,
      role: "analyst",
      accountExists: false,
    });

    const signUp = await t.anonymous.request("POST", "/api/auth/sign-up/email", {
      email,
      password,
      name: "New Analyst",
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect((await t.anonymous.request("GET", "/api/me", undefined, { cookie })).status).toBe(403);
    const accept = await t.anonymous.request("POST", "/api/invitations/accept", { token }, { cookie });
    expect(accept.status).toBe(200);
    const me = (await (
      await t.anonymous.request("GET", "/api/me", undefined, { cookie })
    ).json()) as MeResponse;
    expect(me).toMatchObject({ role: "analyst", organization: { id: t.organizationId } });
    expect(me.permissions).toContain("vendor:write");
    expect((await t.anonymous.request("POST", "/api/invitations/accept", { token }, { cookie })).status).toBe(
      404,
    );
    const audit = (await (await t.request("GET", "/api/audit-events?action=member.join")).json()) as {
      items: { actorLabel: string }[];
    };
    expect(audit.items[0]?.actorLabel).toContain(email);
  });

  it("an invitation link works only for the invited email", async () => {
    const token = await invite("intended@hospital.test", "viewer");
    const outsider = await t.otherTenant();
    const res = await outsider.request("POST", "/api/invitations/accept", { token });
    expect(res.status).toBe(403);
  });

  it("revoked and unknown links are refused", async () => {
    const token = await invite("revoked@hospital.test", "viewer");
    const list = (await (await t.request("GET", "/api/invitations")).json()) as {
      items: { id: string; email: string }[];
    };
    const id = list.items.find((i) => i.email === "revoked@hospital.test")?.id;
    expect((await t.request("POST", `/api/invitations/${id}/revoke`)).status).toBe(200);
    expect((await t.anonymous.request("GET", `/api/invitations/preview/${token}`)).status).toBe(404);
    expect(
      (await t.anonymous.request("GET", "/api/invitations/preview/inv_unknown-token-of-some-length")).status,
    ).toBe(404);
  });

  it("an expired link is refused", async () => {
    const token = await invite("late@hospital.test", "viewer");
    t.clock.advance(8 * 24 * 3600 * 1000);
    expect((await t.anonymous.request("GET", `/api/invitations/preview/${token}`)).status).toBe(404);
    t.clock.advance(-8 * 24 * 3600 * 1000);
  });

  it("an admin changes roles, but the last admin cannot be demoted or removed", async () => {
    const viewer = await t.as("viewer");
    const members = (await (await t.request("GET", "/api/members")).json()) as { items: MemberDto[] };
    const viewerMember = members.items.find((m) => m.userId === viewer.userId);
    const promoted = await t.request("PATCH", `/api/members/${viewerMember?.id}`, { role: "analyst" });
    expect(((await promoted.json()) as MemberDto).role).toBe("analyst");

    const fresh = await t.otherTenant();
    const own = (await (await fresh.request("GET", "/api/members")).json()) as { items: MemberDto[] };
    const soleAdmin = own.items[0];
    const demote = await fresh.request("PATCH", `/api/members/${soleAdmin?.id}`, { role: "viewer" });
    expect(demote.status).toBe(409);
    expect(((await demote.json()) as ErrorEnvelope).error.issues?.[0]?.path).toBe("role");
    expect((await fresh.request("DELETE", `/api/members/${soleAdmin?.id}`)).status).toBe(409);
  });

  it("a removed member loses access at once", async () => {
    const analyst = await t.as("analyst");
    const members = (await (await t.request("GET", "/api/members")).json()) as { items: MemberDto[] };
    const member = members.items.find((m) => m.userId === analyst.userId);
    expect((await t.request("DELETE", `/api/members/${member?.id}`)).status).toBe(204);
    expect((await analyst.request("GET", "/api/vendors")).status).toBe(403);
  });
});
