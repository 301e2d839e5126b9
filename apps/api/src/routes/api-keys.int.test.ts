import type { ApiKeyDto, CreatedApiKeyResponse } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("API keys on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  const create = async (scope: "read" | "read_write") => {
    const res = await t.request("POST", "/api/api-keys", { name: `integration ${scope}`, scope });
    expect(res.status).toBe(201);
    return (await res.json()) as CreatedApiKeyResponse;
  };
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

  it("shows a key once and stores only its hash", async () => {
    const { apiKey, key } = await create("read");
    expect(key).toMatch(/^ward_[A-Za-z0-9_-]{40,}$/);
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const listed = await (await t.request("GET", "/api/api-keys")).text();
    expect(listed).not.toContain(key);
    const stored = await t.handle.db.query.apiKeys.findFirst({ where: (k, { eq }) => eq(k.id, apiKey.id) });
    expect(stored?.keyHash).not.toContain(key.slice(5));
  });

  it("a read-only key reads but cannot write; a read-write key can", async () => {
    const read = await create("read");
    expect((await t.anonymous.request("GET", "/api/vendors", undefined, bearer(read.key))).status).toBe(200);
    const refused = await t.anonymous.request(
      "POST",
      "/api/vendors",
      { name: "By key", category: "ehr" },
      bearer(read.key),
    );
    expect(refused.status).toBe(403);
    const write = await create("read_write");
    const created = await t.anonymous.request(
      "POST",
      "/api/vendors",
      { name: "By key", category: "ehr" },
      bearer(write.key),
    );
    expect(created.status).toBe(201);
    expect((await t.anonymous.request("GET", "/api/api-keys", undefined, bearer(write.key))).status).toBe(
      403,
    );
  });

  it("records when a key was last used, and the audit trail names the key", async () => {
    const { apiKey, key } = await create("read_write");
    expect(apiKey.lastUsedAt).toBeNull();
    await t.anonymous.request(
      "POST",
      "/api/vendors",
      { name: "Audited by key", category: "ehr" },
      bearer(key),
    );
    const keys = (await (await t.request("GET", "/api/api-keys")).json()) as { items: ApiKeyDto[] };
    expect(keys.items.find((k) => k.id === apiKey.id)?.lastUsedAt).toBe(t.clock.now().toISOString());
    const audit = (await (await t.request("GET", `/api/audit-events?actorId=${apiKey.id}`)).json()) as {
      items: { actorType: string; action: string }[];
    };
    expect(audit.items[0]).toMatchObject({ actorType: "api_key", action: "vendor.create" });
  });

  it("a revoked key stops working at once, and an unknown one never worked", async () => {
    const { apiKey, key } = await create("read");
    expect((await t.request("POST", `/api/api-keys/${apiKey.id}/revoke`)).status).toBe(200);
    expect((await t.anonymous.request("GET", "/api/vendors", undefined, bearer(key))).status).toBe(401);
    expect(
      (await t.anonymous.request("GET", "/api/vendors", undefined, bearer("ward_made_up_key"))).status,
    ).toBe(401);
  });

  it("a key of one organization sees nothing of another", async () => {
    const other = await t.otherTenant();
    const mine = (await (
      await t.request("POST", "/api/vendors", { name: "Only mine", category: "ehr" })
    ).json()) as { id: string };
    const theirs = await other.withApiKey("read");
    expect((await theirs.request("GET", `/api/vendors/${mine.id}`)).status).toBe(404);
  });
});
