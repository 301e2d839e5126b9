import { schema } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("audit trail on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  const eventsFor = (entityId: string) =>
    t.handle.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.organizationId, t.organizationId),
          eq(schema.auditEvents.entityId, entityId),
        ),
      )
      .orderBy(asc(schema.auditEvents.at), asc(schema.auditEvents.action));

  it("records who changed what, before and after, with the request id", async () => {
    const res = await t.request(
      "POST",
      "/api/vendors",
      { name: "Audited", category: "ehr" },
      { "x-request-id": "req-audit-1" },
    );
    const { id } = (await res.json()) as { id: string };
    t.clock.set("2026-01-16T09:00:00.000Z");
    await t.request(
      "PATCH",
      `/api/vendors/${id}`,
      { criticality: "high" },
      { "x-request-id": "req-audit-2" },
    );
    const events = await eventsFor(id);
    expect(events.map((e) => [e.action, e.requestId])).toEqual([
      ["vendor.create", "req-audit-1"],
      ["vendor.update", "req-audit-2"],
    ]);
    expect(events[1]?.before).toMatchObject({ criticality: "moderate" });
    expect(events[1]?.after).toMatchObject({ criticality: "high" });
    expect(events[1]?.at.toISOString()).toBe("2026-01-16T09:00:00.000Z");
  });

  it("a change that fails leaves no audit record", async () => {
    const first = (await (
      await t.request("POST", "/api/vendors", { name: "Keeper", category: "ehr" })
    ).json()) as { id: string };
    const second = (await (
      await t.request("POST", "/api/vendors", { name: "Mover", category: "ehr" })
    ).json()) as { id: string };
    expect((await t.request("PATCH", `/api/vendors/${second.id}`, { name: "Keeper" })).status).toBe(409);
    expect((await eventsFor(second.id)).map((e) => e.action)).toEqual(["vendor.create"]);
    expect((await eventsFor(first.id)).map((e) => e.action)).toEqual(["vendor.create"]);
  });

  it("changes under a vendor are audited under their own entity", async () => {
    const vendor = (await (
      await t.request("POST", "/api/vendors", { name: "Parent", category: "ehr" })
    ).json()) as { id: string };
    const holding = (await (
      await t.request("POST", `/api/vendors/${vendor.id}/data-holdings`, {
        system: "Tape",
        environment: "backup",
      })
    ).json()) as { id: string };
    await t.request("DELETE", `/api/vendors/${vendor.id}/data-holdings/${holding.id}`);
    expect((await eventsFor(holding.id)).map((e) => [e.action, e.entityType])).toEqual([
      ["data_holding.create", "data_holding"],
      ["data_holding.delete", "data_holding"],
    ]);
  });
});
