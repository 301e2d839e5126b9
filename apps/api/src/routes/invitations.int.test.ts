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

  const preview = (token: string) => t.anonymous.request("POST", "/api/invitations/preview", { token });
  const signUp = (token: string, name = "New Analyst") =>
    t.anonymous.request("POST", "/api/invitations/sign-up", { token, name, password });
  const cookiesOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");

  it("an invited person signs up through the link, joins with the invited role and is audited", async () => {
    // Unique per run: on PostgreSQL the database outlives a single test run.
    const email = `new.analyst.${randomUUID()}@hospital.test`;
    const token = await invite(email, "analyst");
    expect((await (await preview(token)).json()) as InvitationPreview).toMatchObject({
      email,
      role: "analyst",
      accountExists: false,
    });

    const joined = await signUp(token);
    expect(joined.status).toBe(201);
    expect(await joined.json()).toEqual({ organizationId: t.organizationId, role: "analyst" });
    const cookie = cookiesOf(joined);
    const me = (await (
      await t.anonymous.request("GET", "/api/me", undefined, { cookie })
    ).json()) as MeResponse;
    expect(me).toMatchObject({ role: "analyst", organization: { id: t.organizationId } });
    expect(me.permissions).toContain("vendor:write");
    expect((await t.signIn(email, password)).status).toBe(200);
    const audit = (await (await t.request("GET", "/api/audit-events?action=member.join")).json()) as {
      items: { actorLabel: string }[];
    };
    expect(audit.items[0]?.actorLabel).toContain(email);
  });

  it("a link creates one account only once: used, it is refused for sign-up, accept and preview", async () => {
    const email = `once.${randomUUID()}@hospital.test`;
    const token = await invite(email, "viewer");
    expect((await signUp(token)).status).toBe(201);
    expect((await signUp(token, "Second Try")).status).toBe(404);
    expect((await preview(token)).status).toBe(404);
    const outsider = await t.otherTenant();
    expect((await outsider.request("POST", "/api/invitations/accept", { token })).status).toBe(404);
  });

  it("two sign-ups with one link at once make one account", async () => {
    const email = `race.${randomUUID()}@hospital.test`;
    const token = await invite(email, "viewer");
    const statuses = (await Promise.all([signUp(token, "First"), signUp(token, "Second")])).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([201, 404]);
  });

  it("nobody can register an invited address ahead of the invitee through the sign-in library", async () => {
    const email = `invited.${randomUUID()}@hospital.test`;
    const token = await invite(email, "admin");
    const squatter = await t.anonymous.request("POST", "/api/auth/sign-up/email", {
      email,
      password: "the squatter's long password",
      name: "Squatter",
    });
    expect(squatter.status).toBe(403);
    expect(((await squatter.json()) as ErrorEnvelope).error.code).toBe("FORBIDDEN");
    expect((await t.signIn(email, "the squatter's long password")).status).toBe(401);
    // The invitee's link still works and the account is theirs.
    expect((await signUp(token, "The Invitee")).status).toBe(201);
    expect((await t.signIn(email, password)).status).toBe(200);
  });

  it("someone who has an account already signs in and accepts instead of signing up", async () => {
    const existing = await (await t.otherTenant()).as("viewer");
    const token = await invite(existing.email ?? "", "analyst");
    expect(((await (await preview(token)).json()) as InvitationPreview).accountExists).toBe(true);
    const refused = await signUp(token);
    expect(refused.status).toBe(409);
    expect((await existing.request("POST", "/api/invitations/accept", { token })).status).toBe(200);
  });

  it.each([
    ["no name", { name: " ", password }],
    ["a short password", { name: "Short", password: "too short" }],
    ["no token", { token: undefined, name: "No Token", password }],
  ])("a sign-up with %s is a 400 and creates nothing", async (_, body) => {
    const email = `bad.${randomUUID()}@hospital.test`;
    const token = await invite(email, "viewer");
    const res = await t.anonymous.request("POST", "/api/invitations/sign-up", { token, ...body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("VALIDATION_FAILED");
    expect(((await (await preview(token)).json()) as InvitationPreview).accountExists).toBe(false);
  });

  it("the preview takes the token in the body, not the URL", async () => {
    const token = await invite(`url.${randomUUID()}@hospital.test`, "viewer");
    const old = await t.anonymous.request("GET", `/api/invitations/preview/${token}`);
    expect(old.status).not.toBe(200);
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
    expect((await preview(token)).status).toBe(404);
    expect((await signUp(token)).status).toBe(404);
    expect((await preview("inv_unknown-token-of-some-length")).status).toBe(404);
  });

  it("an expired link is refused", async () => {
    const token = await invite("late@hospital.test", "viewer");
    t.clock.advance(8 * 24 * 3600 * 1000);
    expect((await preview(token)).status).toBe(404);
    expect((await signUp(token)).status).toBe(404);
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
