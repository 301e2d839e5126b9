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

  const fact = {
    factor: "mfa.remote_access",
    value: true,
    statement: "MFA on remote access",
    observedOn: "2025-01-01",
  };

  it("evidence without an assurance takes what its origin can vouch for", async () => {
    const post = async (origin: string) =>
      (await (await t.request("POST", `${base}/evidence`, { ...fact, origin })).json()) as EvidenceDto;
    expect(await post("vendor_attestation")).toMatchObject({ assurance: "self_attested", document: null });
    expect(await post("analyst")).toMatchObject({ assurance: "self_attested", document: null });
    expect(await post("public_record")).toMatchObject({ assurance: "public_record", document: null });
    expect(await post("breach_import")).toMatchObject({ assurance: "public_record", document: null });
  });

  it("documented evidence keeps its document", async () => {
    const res = await t.request("POST", `${base}/evidence`, {
      ...fact,
      origin: "vendor_attestation",
      assurance: "documented",
      document: "soc2_type2",
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as EvidenceDto;
    expect(created).toMatchObject({ assurance: "documented", document: "soc2_type2" });
    const fetched = (await (await t.request("GET", `${base}/evidence/${created.id}`)).json()) as EvidenceDto;
    expect(fetched).toMatchObject({ assurance: "documented", document: "soc2_type2" });
  });

  it.each([
    [{ assurance: "documented" }],
    [{ assurance: "documented", document: null }],
    [{ assurance: "verified", document: "hitrust" }],
    [{ document: "hitrust" }],
  ])("a document that does not fit the assurance is refused naming the document (%j)", async (extra) => {
    const before = ((await (await t.request("GET", `${base}/evidence`)).json()) as { items: unknown[] })
      .items;
    const res = await t.request("POST", `${base}/evidence`, { ...fact, ...extra });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorEnvelope).error.issues?.map((i) => i.path)).toEqual(["document"]);
    const after = ((await (await t.request("GET", `${base}/evidence`)).json()) as { items: unknown[] }).items;
    expect(after).toHaveLength(before.length);
  });

  it("an update checks the assurance against the document as stored", async () => {
    const created = (await (await t.request("POST", `${base}/evidence`, fact)).json()) as EvidenceDto;
    const url = `${base}/evidence/${created.id}`;

    const undocumented = await t.request("PATCH", url, { assurance: "documented" });
    expect(undocumented.status).toBe(400);
    expect(((await undocumented.json()) as ErrorEnvelope).error.issues?.map((i) => i.path)).toEqual([
      "document",
    ]);
    const stray = await t.request("PATCH", url, { document: "penetration_test" });
    expect(stray.status).toBe(400);

    const documented = await t.request("PATCH", url, {
      assurance: "documented",
      document: "penetration_test",
    });
    expect((await documented.json()) as EvidenceDto).toMatchObject({ assurance: "documented" });
    const verified = await t.request("PATCH", url, { assurance: "verified" });
    expect((await verified.json()) as EvidenceDto).toMatchObject({ assurance: "verified", document: null });
  });
});
