import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, TEST_PASSWORD, type TestApp } from "./testing/test-app";

describe.each(testDatabases())("response headers on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  it("no API answer or export may be stored by a browser or proxy", async () => {
    const viewer = await t.as("viewer");
    const answers = [
      await t.request("GET", "/api/vendors"),
      await t.request("GET", "/api/audit-events/export.csv"),
      await t.anonymous.request("GET", "/api/health"),
      await t.anonymous.request("GET", "/api/no-such-route"),
      await t.signIn(viewer.email ?? "", TEST_PASSWORD),
    ];
    expect(answers.map((res) => res.headers.get("cache-control"))).toEqual(
      Array(answers.length).fill("no-store"),
    );
  });

  it("every response carries a Permissions-Policy that turns off camera, microphone and location", async () => {
    const res = await t.anonymous.request("GET", "/api/health");
    const policy = res.headers.get("permissions-policy") ?? "";
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()"]) {
      expect(policy).toContain(feature);
    }
  });
});
