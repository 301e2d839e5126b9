import type { AuditEventDto } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("the audit log names its entities in words on $name", (database) => {
  let t: TestApp;
  const labelsOf = async (query: string) => {
    const body = (await (await t.request("GET", `/api/audit-events?${query}`)).json()) as {
      items: AuditEventDto[];
    };
    return body.items.map((e) => [e.action, e.entityLabel]);
  };
  const create = async (path: string, body: unknown) =>
    ((await (await t.request("POST", path, body)).json()) as { id: string }).id;

  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  it("a vendor's record is named 'Vendor › record', with the record's name as it is today", async () => {
    const vendorId = await create("/api/vendors", { name: "Oracle Health", category: "ehr" });
    const holdingId = await create(`/api/vendors/${vendorId}/data-holdings`, {
      system: "Cerner archive",
      environment: "archive",
    });
    await t.request("PATCH", `/api/vendors/${vendorId}/data-holdings/${holdingId}`, {
      system: "Legacy Cerner archive",
    });
    // Both events share the test clock's instant, so their order is not the point here.
    expect((await labelsOf(`entityId=${holdingId}`)).sort()).toEqual([
      ["data_holding.create", "Oracle Health › Legacy Cerner archive"],
      ["data_holding.update", "Oracle Health › Legacy Cerner archive"],
    ]);
    expect(await labelsOf(`entityId=${vendorId}`)).toEqual([["vendor.create", "Oracle Health"]]);
  });

  it("a deleted record keeps the name from the event's before state", async () => {
    const vendorId = await create("/api/vendors", { name: "Epic Systems", category: "ehr" });
    const productId = await create(`/api/vendors/${vendorId}/products`, {
      name: "MyChart",
      hostingModel: "cloud",
    });
    expect((await t.request("DELETE", `/api/vendors/${vendorId}/products/${productId}`)).status).toBe(204);
    expect(await labelsOf(`entityId=${productId}&action=product.delete`)).toEqual([
      ["product.delete", "Epic Systems › MyChart"],
    ]);
  });

  it("a deleted vendor's records are still named after the vendor", async () => {
    const vendorId = await create("/api/vendors", { name: "Gone Health", category: "ehr" });
    const productId = await create(`/api/vendors/${vendorId}/products`, {
      name: "Portal",
      hostingModel: "cloud",
    });
    expect((await t.request("DELETE", `/api/vendors/${vendorId}`)).status).toBe(204);
    expect(await labelsOf(`entityId=${productId}`)).toEqual([["product.create", "Gone Health › Portal"]]);
    expect(await labelsOf(`entityId=${vendorId}&action=vendor.delete`)).toEqual([
      ["vendor.delete", "Gone Health"],
    ]);
  });

  it("another organization's record of the same id is never used to name an event", async () => {
    const other = await t.otherTenant();
    const theirs = (await (
      await other.request("POST", "/api/vendors", { name: "Their Secret Vendor", category: "ehr" })
    ).json()) as { id: string };
    const labels = (await labelsOf("pageSize=200")).map(([, label]) => label);
    expect(labels).not.toContain("Their Secret Vendor");
    expect((await labelsOf(`entityId=${theirs.id}`)).length).toBe(0);
  });

  it("the CSV export carries the entity in words", async () => {
    const vendorId = await create("/api/vendors", { name: "Meditech", category: "ehr" });
    const csv = await (await t.request("GET", `/api/audit-events/export.csv?entityId=${vendorId}`)).text();
    const [header, row] = csv.trim().split("\r\n");
    expect(header?.split(",")).toContain("entityLabel");
    expect(row).toContain("Meditech");
  });
});
