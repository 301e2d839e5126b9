import type { AuditEventDto } from "@ward/contracts";
import { schema } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("the audit log on $name", (database) => {
  let t: TestApp;
  let vendorId: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    const analyst = await t.as("analyst");
    t.clock.set("2026-02-01T10:00:00.000Z");
    const res = await analyst.request("POST", "/api/vendors", { name: '=HYPERLINK("x")', category: "ehr" });
    vendorId = ((await res.json()) as { id: string }).id;
    t.clock.set("2026-02-03T10:00:00.000Z");
    await t.request("PATCH", `/api/vendors/${vendorId}`, { criticality: "critical" });
  });
  afterAll(() => t.close());

  const list = async (query: string) =>
    (await (await t.request("GET", `/api/audit-events?${query}`)).json()) as {
      items: AuditEventDto[];
      total: number;
    };

  it("filters by entity, person and date", async () => {
    expect((await list(`entityId=${vendorId}`)).items.map((e) => e.action)).toEqual([
      "vendor.update",
      "vendor.create",
    ]);
    expect((await list(`entityId=${vendorId}&actorId=${t.userId}`)).items.map((e) => e.action)).toEqual([
      "vendor.update",
    ]);
    expect((await list(`entityId=${vendorId}&from=2026-02-02&to=2026-02-04`)).total).toBe(1);
  });

  it("viewers may read it, and other organizations never see it", async () => {
    const viewer = await t.as("viewer");
    expect((await viewer.request("GET", "/api/audit-events")).status).toBe(200);
    const other = await t.otherTenant();
    const theirs = (await (await other.request("GET", `/api/audit-events?entityId=${vendorId}`)).json()) as {
      total: number;
    };
    expect(theirs.total).toBe(0);
  });

  it("exports the filtered events as CSV, newest first", async () => {
    const res = await t.request("GET", `/api/audit-events/export.csv?entityId=${vendorId}`);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]?.split(",").slice(0, 5)).toEqual(["at", "actorType", "actorLabel", "actorId", "action"]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("vendor.update");
    expect(lines[2]).toContain("vendor.create");
  });

  it("the database refuses to change or delete an audit record", async () => {
    const [event] = (await list(`entityId=${vendorId}`)).items;
    await expect(
      t.handle.db
        .update(schema.auditEvents)
        .set({ action: "forged" })
        .where(eq(schema.auditEvents.id, event?.id ?? "")),
    ).rejects.toThrow();
    await expect(
      t.handle.db.delete(schema.auditEvents).where(eq(schema.auditEvents.id, event?.id ?? "")),
    ).rejects.toThrow();
    expect((await list(`entityId=${vendorId}`)).total).toBe(2);
  });
});
