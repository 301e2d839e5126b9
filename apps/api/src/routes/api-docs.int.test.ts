import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

interface Operation {
  security?: Record<string, string[]>[];
  "x-ward-access"?: string;
  requestBody?: unknown;
}
interface Document {
  components: { securitySchemes: Record<string, Record<string, string>> };
  paths: Record<string, Record<string, Operation>>;
}

describe.each(testDatabases())("the OpenAPI document's authentication on $name", (database) => {
  let t: TestApp;
  let doc: Document;
  beforeAll(async () => {
    t = await openTestApp(database);
    doc = (await (await t.anonymous.request("GET", "/api/openapi.json")).json()) as Document;
  });
  afterAll(() => t.close());

  it("declares the session cookie and the bearer API key as security schemes", () => {
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({
      type: "apiKey",
      in: "cookie",
      name: "ward.session_token",
    });
    expect(doc.components.securitySchemes.apiKey).toMatchObject({
      type: "http",
      scheme: "bearer",
      bearerFormat: "ward_…",
    });
  });

  it("documents the sign-in, two-factor and sign-out routes as public posts", () => {
    for (const path of [
      "/api/auth/sign-in/email",
      "/api/auth/two-factor/verify-totp",
      "/api/auth/sign-out",
    ]) {
      const op = doc.paths[path]?.post;
      expect(op, path).toBeDefined();
      expect(op?.security, path).toEqual([]);
      expect(op?.["x-ward-access"], path).toBe("public");
    }
    expect(doc.paths["/api/auth/sign-in/email"]?.post?.requestBody).toBeDefined();
  });

  it("offers an API key wherever one is accepted and only the session on routes about the signed-in person", () => {
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    for (const op of operations) {
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s)).sort();
      const access = op["x-ward-access"];
      if (access === "public") expect(schemes).toEqual([]);
      else if (access === "session" || access === "member") expect(schemes).toEqual(["sessionCookie"]);
      else expect(schemes).toEqual(["apiKey", "sessionCookie"]);
    }
    expect(doc.paths["/api/vendors"]?.get?.security).toEqual([{ sessionCookie: [] }, { apiKey: [] }]);
    expect(doc.paths["/api/me"]?.get?.security).toEqual([{ sessionCookie: [] }]);
  });

  it("a key sent as the documented bearer scheme reads the vendor list", async () => {
    const key = await t.withApiKey("read");
    expect((await key.request("GET", "/api/vendors")).status).toBe(200);
  });

  it("the reference keeps an entered key across reloads", async () => {
    const init = await (await t.anonymous.request("GET", "/api/docs/init.js")).text();
    expect(init).toContain("persistAuthorization: true");
  });
});
