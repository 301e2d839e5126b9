import type { ErrorEnvelope } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, TEST_PASSWORD, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("origins on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  // The test app's WARD_PUBLIC_URL is http://ward.test; these are the other ways people reach the same Ward.
  it.each(["http://localhost:3000", "http://127.0.0.1:3000", "http://192.168.1.20:3000"])(
    "sign-in works for someone who reached Ward at %s",
    async (address) => {
      const viewer = await t.as("viewer");
      const res = await t.anonymous.request(
        "POST",
        `${address}/api/auth/sign-in/email`,
        { email: viewer.email, password: TEST_PASSWORD },
        { origin: address },
      );
      expect(res.status).toBe(200);
    },
  );

  it("a request from the same host on another scheme is refused, naming the settings to change", async () => {
    const res = await t.request(
      "POST",
      "http://127.0.0.1:3000/api/vendors",
      { name: "Other scheme", category: "ehr" },
      { origin: "https://127.0.0.1:3000" },
    );
    expect(res.status).toBe(403);
    const { error } = (await res.json()) as ErrorEnvelope;
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain("WARD_TRUSTED_ORIGINS");
    expect(error.message).toContain("WARD_PUBLIC_URL");
  });

  it("a request from the same host on another port is refused", async () => {
    const res = await t.anonymous.request(
      "POST",
      "http://127.0.0.1:3000/api/auth/sign-in/email",
      { email: "nobody@hospital.test", password: TEST_PASSWORD },
      { origin: "http://127.0.0.1:4000" },
    );
    expect(res.status).toBe(403);
  });
});
