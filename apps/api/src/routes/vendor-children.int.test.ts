import type { DataHoldingDto, ErrorEnvelope, EvidenceDto, ProductDto } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("products, data holdings and evidence on $name", (database) => {
  let t: TestApp;
  let base: string;
  let otherBase: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    const a = await t.request("POST", "/api/vendors", { name: "Holder", category: "cloud" });
    const b = await t.request("POST", "/api/vendors", { name: "Other holder", category: "cloud" });
    base = `/api/vendors/${((await a.json()) as { id: string }).id}`;
    otherBase = `/api/vendors/${((await b.json()) as { id: string }).id}`;
  });
  afterAll(() => t.close());

  it("a product is created, listed, changed and deleted", async () => {
    const res = await t.request("POST", `${base}/products`, {
      name: "Archive Viewer",
      hostingModel: "on_premises",
      endOfSupport: "2024-12-31",
    });
    expect(res.status).toBe(201);
    const product = (await res.json()) as ProductDto;
    expect(product).toMatchObject({ isDemo: false, version: null, endOfSupport: "2024-12-31" });
    const patched = await t.request("PATCH", `${base}/products/${product.id}`, { version: "9.2" });
    expect(((await patched.json()) as ProductDto).version).toBe("9.2");
    const list = (await (await t.request("GET", `${base}/products`)).json()) as { items: ProductDto[] };
    expect(list.items.map((p) => p.id)).toEqual([product.id]);
    expect((await t.request("DELETE", `${base}/products/${product.id}`)).status).toBe(204);
    expect((await t.request("GET", `${base}/products/${product.id}`)).status).toBe(404);
  });

  it("a data holding defaults unknowns to unknown, never to safe", async () => {
    const res = await t.request("POST", `${base}/data-holdings`, {
      system: "Migration staging",
      environment: "migration_staging",
    });
    const holding = (await res.json()) as DataHoldingDto;
    expect(holding).toMatchObject({
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "unknown",
      phiCategories: [],
    });
  });

  it("a data holding cannot point at another vendor's product", async () => {
    const other = (await (
      await t.request("POST", `${otherBase}/products`, { name: "Theirs", hostingModel: "cloud" })
    ).json()) as ProductDto;
    const res = await t.request("POST", `${base}/data-holdings`, {
      system: "X",
      environment: "backup",
      productId: other.id,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorEnvelope).error.issues?.[0]?.path).toBe("productId");
  });

  it("a child is reachable only under its own vendor", async () => {
    const product = (await (
      await t.request("POST", `${base}/products`, { name: "Mine", hostingModel: "cloud" })
    ).json()) as ProductDto;
    expect((await t.request("GET", `${otherBase}/products/${product.id}`)).status).toBe(404);
    expect((await t.request("DELETE", `${otherBase}/products/${product.id}`)).status).toBe(404);
    expect((await t.request("GET", `${base}/products/${product.id}`)).status).toBe(200);
  });

  it("evidence keeps its factor, value, origin and source", async () => {
    const res = await t.request("POST", `${base}/evidence`, {
      factor: "mfa.remote_access",
      value: false,
      statement: "Remote access portal had no MFA",
      observedOn: "2024-02-12",
      origin: "public_record",
      sourceUrl: "https://example.org/testimony",
    });
    expect(res.status).toBe(201);
    expect((await res.json()) as EvidenceDto).toMatchObject({
      factor: "mfa.remote_access",
      value: false,
      origin: "public_record",
    });
    const bad = await t.request("POST", `${base}/evidence`, {
      factor: "MFA Remote",
      value: true,
      statement: "x",
      observedOn: "2024-01-01",
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorEnvelope).error.issues?.[0]?.path).toBe("factor");
  });
});
