import { type ApiKeyScope, apiKeyRole, type Permission, type Role, roleCan } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, openTestApp, type TestApp } from "../testing/test-app";
import type { Access } from "./router";

interface Operation {
  method: string;
  path: string;
  access: Access;
}

const roles: Role[] = ["viewer", "analyst", "admin"];
const keyScopes: ApiKeyScope[] = ["read", "read_write"];
type Caller = Role | "anonymous" | "outsider" | `key:${ApiKeyScope}` | "revokedKey";

/** Every documented operation with its declared access, read from the OpenAPI document the app serves. */
async function routeTable(t: TestApp): Promise<Operation[]> {
  const doc = (await (await t.anonymous.request("GET", "/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { "x-ward-access"?: Access }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      if (!op["x-ward-access"]) throw new Error(`${method.toUpperCase()} ${path} declares no x-ward-access`);
      return { method: method.toUpperCase(), path, access: op["x-ward-access"] };
    }),
  );
}

/** A read-write key of `t`'s organization, revoked by its admin before use. */
async function revokedKey(t: TestApp): Promise<Client> {
  const created = await t.request("POST", "/api/api-keys", { name: "revoked", scope: "read_write" });
  const { apiKey, key } = (await created.json()) as { apiKey: { id: string }; key: string };
  const revoked = await t.request("POST", `/api/api-keys/${apiKey.id}/revoke`, {});
  if (revoked.status !== 200) throw new Error(`could not revoke the key: ${revoked.status}`);
  return {
    userId: null,
    email: null,
    request: (method, path, body, headers = {}) =>
      t.anonymous.request(method, path, body, { ...headers, authorization: `Bearer ${key}` }),
  };
}

describe.each(testDatabases())("access matrix over every route on $name", (database) => {
  let t: TestApp;
  let ops: Operation[];
  let clients: Record<Caller, Client>;
  /** Records of `t`'s organization per resource, so an outsider asks for ids that exist. */
  let ids: Record<string, Record<string, string>>;

  beforeAll(async () => {
    t = await openTestApp(database);
    ops = await routeTable(t);
    const outsiderTenant = await t.otherTenant();
    clients = {
      anonymous: t.anonymous,
      viewer: await t.as("viewer"),
      analyst: await t.as("analyst"),
      admin: t,
      outsider: outsiderTenant,
      "key:read": await t.withApiKey("read"),
      "key:read_write": await t.withApiKey("read_write"),
      revokedKey: await revokedKey(t),
    };
    const vendor = (await (
      await t.request("POST", "/api/vendors", { name: "Matrix Vendor", category: "ehr" })
    ).json()) as { id: string };
    const product = (await (
      await t.request("POST", `/api/vendors/${vendor.id}/products`, { name: "P", hostingModel: "cloud" })
    ).json()) as { id: string };
    const members = (await (await t.request("GET", "/api/members")).json()) as {
      items: { id: string; role: string }[];
    };
    const viewerMember = members.items.find((m) => m.role === "viewer");
    const key = (await (
      await t.request("POST", "/api/api-keys", { name: "matrix", scope: "read" })
    ).json()) as { apiKey: { id: string } };
    const invitation = (await (
      await t.request("POST", "/api/invitations", { email: "invitee@hospital.test", role: "viewer" })
    ).json()) as { id: string };
    const token = "inv_not-a-real-token-but-long-enough";
    ids = {
      "/api/vendors": { id: vendor.id, childId: product.id },
      "/api/members": { id: viewerMember?.id ?? "" },
      "/api/api-keys": { id: key.apiKey.id },
      "/api/invitations": { id: invitation.id, token },
    };
  });
  afterAll(() => t.close());

  const fill = (path: string) => {
    const own = Object.entries(ids).find(([prefix]) => path.startsWith(prefix))?.[1] ?? {};
    return path.replace(
      /\{(\w+)\}/g,
      (_, name: string) => own[name] ?? "00000000-0000-4000-8000-000000000000",
    );
  };

  it("the route table covers the whole API and every route declares who may call it", () => {
    expect(ops.length).toBeGreaterThan(30);
    expect(
      ops.some((o) => o.path === "/api/vendors" && o.method === "POST" && o.access === "vendor:write"),
    ).toBe(true);
  });

  it("anonymous callers get 401 on every route that is not public", async () => {
    for (const op of ops.filter((o) => o.access !== "public")) {
      const res = await clients.anonymous.request(
        op.method,
        fill(op.path),
        op.method === "GET" ? undefined : {},
      );
      expect(res.status, `${op.method} ${op.path}`).toBe(401);
    }
  });

  it("a member of another organization gets 404 for this organization's records, never 403 or data", async () => {
    const withIds = ops.filter((o) => o.path.includes("{id}"));
    expect(withIds.length).toBeGreaterThan(15);
    for (const op of withIds) {
      const res = await clients.outsider.request(
        op.method,
        fill(op.path),
        op.method === "GET" ? undefined : {},
      );
      expect([400, 404], `${op.method} ${op.path}`).toContain(res.status);
      if (op.method === "GET") expect(res.status, `${op.method} ${op.path}`).toBe(404);
    }
    // The records exist: their owner still reads them.
    expect((await t.request("GET", fill("/api/vendors/{id}"))).status).toBe(200);
    const list = await clients.outsider.request("GET", "/api/vendors?q=Matrix");
    expect(((await list.json()) as { total: number }).total).toBe(0);
  });

  it("a revoked API key gets 401 on every route that is not public", async () => {
    for (const op of ops.filter((o) => o.access !== "public")) {
      const res = await clients.revokedKey.request(
        op.method,
        fill(op.path),
        op.method === "GET" ? undefined : {},
      );
      expect(res.status, `${op.method} ${op.path}`).toBe(401);
    }
  });

  it.each(keyScopes)("a %s API key gets 403 exactly where its role lacks the permission", async (scope) => {
    const role = apiKeyRole[scope];
    for (const op of ops.filter((o) => o.access !== "public")) {
      const res = await clients[`key:${scope}`].request(
        op.method,
        fill(op.path),
        op.method === "GET" ? undefined : {},
      );
      const where = `${scope} key ${op.method} ${op.path}`;
      expect(res.status, where).not.toBe(401);
      // A key stands for no person: routes about the signed-in person (a session, a profile) refuse it.
      if (op.access === "session" || op.access === "member") expect(res.status, where).toBe(403);
      else if (roleCan(role, op.access as Permission)) expect(res.status, where).not.toBe(403);
      else expect(res.status, where).toBe(403);
    }
  });

  // Runs last: the admin pass really deletes and revokes what it is allowed to.
  it.each(roles)("a %s gets 403 exactly where the role lacks the permission", async (role) => {
    for (const op of ops.filter((o) => o.access.includes(":"))) {
      const allowed = roleCan(role, op.access as Permission);
      // Writes are sent with an empty body: a permitted caller gets past authorization to validation (400) or
      // to the record (404 for the fake child ids); a refused one must be stopped before either.
      const res = await clients[role].request(op.method, fill(op.path), op.method === "GET" ? undefined : {});
      if (allowed) expect(res.status, `${role} ${op.method} ${op.path}`).not.toBe(403);
      else expect(res.status, `${role} ${op.method} ${op.path}`).toBe(403);
      expect(res.status, `${role} ${op.method} ${op.path}`).not.toBe(401);
    }
  });

  it("public routes answer without credentials", async () => {
    for (const op of ops.filter(
      (o) => o.access === "public" && o.method === "GET" && !o.path.includes("{"),
    )) {
      expect((await clients.anonymous.request("GET", op.path)).status, op.path).toBe(200);
    }
  });
});
