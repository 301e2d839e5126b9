import type { ErrorEnvelope } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../app";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("vendor routes reject bad input on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  const vendorCount = async () =>
    ((await (await t.request("GET", "/api/vendors")).json()) as { total: number }).total;

  it("answers malformed JSON with 400 in the envelope and creates nothing", async () => {
    const before = await vendorCount();
    const res = await t.request("POST", "/api/vendors", "{ not json");
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
    expect(await vendorCount()).toBe(before);
  });

  it("names every failing field", async () => {
    const res = await t.request("POST", "/api/vendors", {
      name: "",
      category: "spaceship",
      website: "ftp://x",
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.issues?.map((i) => i.path).sort()).toEqual(["category", "name", "website"]);
  });

  it("refuses an empty PATCH", async () => {
    const created = await t.request("POST", "/api/vendors", { name: "Empty patch", category: "ehr" });
    const { id } = (await created.json()) as { id: string };
    const res = await t.request("PATCH", `/api/vendors/${id}`, {});
    expect(res.status).toBe(400);
  });

  it("answers a duplicate name, in any case, with 409 on the name field", async () => {
    expect(
      (await t.request("POST", "/api/vendors", { name: "Duplicate Health", category: "ehr" })).status,
    ).toBe(201);
    const res = await t.request("POST", "/api/vendors", { name: "DUPLICATE health", category: "ehr" });
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.issues).toEqual([{ path: "name", message: expect.any(String) }]);
  });

  it("refuses renaming onto another vendor's name", async () => {
    await t.request("POST", "/api/vendors", { name: "Taken Name", category: "ehr" });
    const other = (await (
      await t.request("POST", "/api/vendors", { name: "Free Name", category: "ehr" })
    ).json()) as {
      id: string;
    };
    const res = await t.request("PATCH", `/api/vendors/${other.id}`, { name: "taken name" });
    expect(res.status).toBe(409);
  });

  it("answers unknown and malformed ids with 404", async () => {
    for (const path of ["/api/vendors/00000000-0000-4000-8000-000000000000", "/api/vendors/not-a-uuid"]) {
      const res = await t.request("GET", path);
      expect(res.status).toBe(404);
      expect(((await res.json()) as ErrorEnvelope).error.code).toBe("NOT_FOUND");
    }
    const res = await t.request("PATCH", "/api/vendors/00000000-0000-4000-8000-000000000000", { name: "x" });
    expect(res.status).toBe(404);
  });

  it("answers an oversized body with 413", async () => {
    const res = await t.request("POST", "/api/vendors", {
      name: "Big",
      category: "ehr",
      description: "x".repeat(MAX_BODY_BYTES + 10),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers bad query parameters with 400", async () => {
    const res = await t.request("GET", "/api/vendors?pageSize=1000&sort=colour");
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.issues?.map((i) => i.path).sort()).toEqual(["pageSize", "sort"]);
  });

  it("answers an unknown API path with a 404 envelope", async () => {
    const res = await t.request("GET", "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("NOT_FOUND");
  });
});
