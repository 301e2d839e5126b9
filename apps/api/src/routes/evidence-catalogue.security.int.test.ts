import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("who may read the evidence catalogue on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  it("anyone signed out is refused", async () => {
    const res = await t.anonymous.request("GET", "/api/evidence-catalogue");
    expect(res.status).toBe(401);
  });

  it("every role and a read-only API key may read it", async () => {
    for (const client of [await t.as("viewer"), await t.as("analyst"), t, await t.withApiKey("read")]) {
      const res = await client.request("GET", "/api/evidence-catalogue");
      expect(res.status).toBe(200);
      expect(((await res.json()) as { items: unknown[] }).items.length).toBeGreaterThan(20);
    }
  });

  it("a viewer learns it may not add evidence before learning what was wrong with it", async () => {
    const vendor = await t.request("POST", "/api/vendors", { name: "Guarded", category: "analytics" });
    const { id } = (await vendor.json()) as { id: string };
    const viewer = await t.as("viewer");
    const res = await viewer.request("POST", `/api/vendors/${id}/evidence`, {
      factor: "not.a_fact",
      value: true,
      statement: "x",
      observedOn: "2026-01-01",
    });
    expect(res.status).toBe(403);
  });

  it("another organization's vendor stays hidden even when the evidence is wrong", async () => {
    const vendor = await t.request("POST", "/api/vendors", { name: "Hidden", category: "pharmacy" });
    const { id } = (await vendor.json()) as { id: string };
    const theirs = await t.otherTenant();
    const res = await theirs.request("POST", `/api/vendors/${id}/evidence`, {
      factor: "not.a_fact",
      value: true,
      statement: "x",
      observedOn: "2026-01-01",
    });
    expect(res.status).toBe(404);
  });
});
