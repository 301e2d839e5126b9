import type { ErrorEnvelope } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("what-if scenario routes reject bad input on $name", (database) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    const vendor = await t.request("POST", "/api/vendors", { name: "Strict Vendor", category: "ehr" });
    base = `/api/vendors/${((await vendor.json()) as { id: string }).id}`;
  });
  afterAll(() => t.close());

  const count = async () =>
    ((await (await t.request("GET", `${base}/scenarios`)).json()) as { items: unknown[] }).items.length;
  const mfa = { kind: "set_evidence", factor: "mfa.remote_access", value: true };

  async function refused(body: unknown): Promise<string[]> {
    const before = await count();
    const res = await t.request("POST", `${base}/scenarios`, body);
    expect(res.status).toBe(400);
    expect(await count()).toBe(before);
    return ((await res.json()) as ErrorEnvelope).error.issues?.map((i) => i.path) ?? [];
  }

  it("names an empty or overlong name and an empty change list, and saves nothing", async () => {
    expect(await refused({ name: "   ", changes: [] })).toEqual(["name", "changes"]);
    expect(await refused({ name: "x".repeat(121), changes: [mfa] })).toEqual(["name"]);
  });

  it("names a change of an unknown kind or with a malformed holding id", async () => {
    expect(await refused({ name: "Bad", changes: [{ kind: "wish_harder" }] })).toEqual(["changes.0.kind"]);
    const paths = await refused({ name: "Bad", changes: [mfa, { kind: "destroy_holding", holdingId: "x" }] });
    expect(paths).toEqual(["changes.1.holdingId"]);
  });

  it("names a holding the vendor does not have and a factor the catalogue does not know", async () => {
    const paths = await refused({
      name: "Elsewhere",
      changes: [
        { kind: "encrypt_holding", holdingId: "6f1e0000-0000-4000-8000-000000000000" },
        { kind: "set_evidence", factor: "mfa.on_the_moon", value: true },
      ],
    });
    expect(paths).toEqual(["changes.0.holdingId", "changes.1.factor"]);
  });

  it("refuses more changes than a scenario holds", async () => {
    expect(await refused({ name: "Too many", changes: Array.from({ length: 51 }, () => mfa) })).toEqual([
      "changes",
    ]);
  });

  it("answers 404 for an unknown vendor and for an unknown or malformed scenario id", async () => {
    const missing = "6f1e0000-0000-4000-8000-000000000000";
    expect((await t.request("GET", `/api/vendors/${missing}/scenarios`)).status).toBe(404);
    expect(
      (await t.request("POST", `/api/vendors/${missing}/scenarios`, { name: "X", changes: [mfa] })).status,
    ).toBe(404);
    expect((await t.request("DELETE", `${base}/scenarios/${missing}`)).status).toBe(404);
    // As everywhere in the API, an id that cannot exist names no record rather than a bad request.
    expect((await t.request("DELETE", `${base}/scenarios/not-an-id`)).status).toBe(404);
  });
});
