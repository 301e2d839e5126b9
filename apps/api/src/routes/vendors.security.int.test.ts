import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("tenant isolation on $name", (database) => {
  let mine: TestApp;
  let theirs: TestApp;
  let vendorId: string;
  let incidentId: string;
  beforeAll(async () => {
    mine = await openTestApp(database);
    theirs = await mine.otherTenant();
    const res = await mine.request("POST", "/api/vendors", { name: "Private Vendor", category: "ehr" });
    vendorId = ((await res.json()) as { id: string }).id;
    const inc = await mine.request("POST", `/api/vendors/${vendorId}/incidents`, {
      title: "Secret",
      entryRoute: "unknown",
    });
    incidentId = ((await inc.json()) as { id: string }).id;
  });
  afterAll(() => mine.close());

  it("another organization's vendor answers 404 to every verb", async () => {
    expect((await theirs.request("GET", `/api/vendors/${vendorId}`)).status).toBe(404);
    expect((await theirs.request("PATCH", `/api/vendors/${vendorId}`, { name: "Stolen" })).status).toBe(404);
    expect((await theirs.request("DELETE", `/api/vendors/${vendorId}`)).status).toBe(404);
    expect((await mine.request("GET", `/api/vendors/${vendorId}`)).status).toBe(200);
  });

  it("another organization cannot list, read or add records under the vendor", async () => {
    for (const child of ["products", "data-holdings", "incidents", "evidence"]) {
      expect((await theirs.request("GET", `/api/vendors/${vendorId}/${child}`)).status).toBe(404);
    }
    expect((await theirs.request("GET", `/api/vendors/${vendorId}/incidents/${incidentId}`)).status).toBe(
      404,
    );
    const add = await theirs.request("POST", `/api/vendors/${vendorId}/products`, {
      name: "Implant",
      hostingModel: "cloud",
    });
    expect(add.status).toBe(404);
    const products = (await (await mine.request("GET", `/api/vendors/${vendorId}/products`)).json()) as {
      items: unknown[];
    };
    expect(products.items).toHaveLength(0);
  });

  it("the list and search never show another organization's vendors", async () => {
    const res = await theirs.request("GET", "/api/vendors?q=Private");
    expect(((await res.json()) as { total: number }).total).toBe(0);
  });

  it("two organizations may each have a vendor of the same name", async () => {
    expect(
      (await theirs.request("POST", "/api/vendors", { name: "Private Vendor", category: "ehr" })).status,
    ).toBe(201);
  });
});
