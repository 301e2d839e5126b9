import type { HealthResponse } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("health, OpenAPI and headers on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  it("reports the database kind and migration level", async () => {
    const res = await t.request("GET", "/api/health");
    expect(res.status).toBe(200);
    const body = (await res.json()) as HealthResponse;
    expect(body.status).toBe("ok");
    expect(body.database).toBe(database.name);
    expect(body.migrations.applied).toBeGreaterThan(0);
    expect(body.migrations.latest).toMatch(/^\d{4}_/);
  });

  // PGlite has one connection, and a request's statements queue on it; the level cannot change while this process
  // holds the data folder, so health answers without joining that queue. On PostgreSQL health asks the database,
  // as every request does, and the benchmark holds the endpoints' throughput to it.
  if (database.name === "pglite")
    it("on PGlite, answers while the database is held by other work", async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const holder = t.handle.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await gate;
      });
      try {
        await new Promise((r) => setTimeout(r, 100));
        const answered = await Promise.race([
          t.request("GET", "/api/health").then((res) => res.status),
          new Promise<string>((r) => setTimeout(() => r("still waiting after 3 s"), 3_000)),
        ]);
        expect(answered).toBe(200);
      } finally {
        release();
        await holder;
      }
    });

  it("puts a request id and security headers on every response", async () => {
    const res = await t.request("GET", "/api/health");
    expect(res.headers.get("x-request-id")).toMatch(/.+/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("keeps a request id the caller sends", async () => {
    const res = await t.request("GET", "/api/health", undefined, { "x-request-id": "trace-123" });
    expect(res.headers.get("x-request-id")).toBe("trace-123");
  });

  it("publishes an OpenAPI 3.1 document covering every resource", async () => {
    const res = await t.request("GET", "/api/openapi.json");
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    for (const child of ["products", "data-holdings", "incidents", "evidence"]) {
      expect(Object.keys(doc.paths[`/api/vendors/{id}/${child}/{childId}`] ?? {}).sort()).toEqual([
        "delete",
        "get",
        "patch",
      ]);
    }
    expect(Object.keys(doc.paths["/api/vendors"] ?? {}).sort()).toEqual(["get", "post"]);
  });

  it("serves the interactive reference from Ward itself", async () => {
    const page = await t.request("GET", "/api/docs");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("/api/docs/swagger-ui-bundle.js");
    const bundle = await t.request("GET", "/api/docs/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    expect((await t.request("GET", "/api/docs/..%2Fpackage.json")).status).toBe(404);
  });
});
