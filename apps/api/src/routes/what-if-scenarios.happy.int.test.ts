import type { AuditEventDto, DataHoldingDto, WhatIfScenarioDto } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("saving what-if scenarios on $name", (database) => {
  let t: TestApp;
  let base: string;
  let holding: DataHoldingDto;
  beforeAll(async () => {
    t = await openTestApp(database);
    const vendor = await t.request("POST", "/api/vendors", { name: "Planned Vendor", category: "ehr" });
    base = `/api/vendors/${((await vendor.json()) as { id: string }).id}`;
    const res = await t.request("POST", `${base}/data-holdings`, {
      system: "Old archive",
      environment: "legacy",
    });
    holding = (await res.json()) as DataHoldingDto;
  });
  afterAll(() => t.close());

  it("a scenario is saved with its changes in order, listed, and deleted", async () => {
    const changes = [
      { kind: "destroy_holding", holdingId: holding.id },
      { kind: "set_evidence", factor: "mfa.remote_access", value: true },
    ];
    const res = await t.request("POST", `${base}/scenarios`, { name: "  Archive first  ", changes });
    expect(res.status).toBe(201);
    const saved = (await res.json()) as WhatIfScenarioDto;
    expect(saved).toMatchObject({ name: "Archive first", changes, createdBy: expect.any(String) });

    const list = (await (await t.request("GET", `${base}/scenarios`)).json()) as {
      items: WhatIfScenarioDto[];
    };
    expect(list.items).toEqual([saved]);

    expect((await t.request("DELETE", `${base}/scenarios/${saved.id}`)).status).toBe(204);
    const after = (await (await t.request("GET", `${base}/scenarios`)).json()) as { items: unknown[] };
    expect(after.items).toEqual([]);
  });

  it("saving and deleting each leave an audit record of the scenario", async () => {
    const res = await t.request("POST", `${base}/scenarios`, {
      name: "Audited",
      changes: [{ kind: "encrypt_holding", holdingId: holding.id }],
    });
    const saved = (await res.json()) as WhatIfScenarioDto;
    await t.request("DELETE", `${base}/scenarios/${saved.id}`);
    const audit = (await (
      await t.request("GET", "/api/audit-events?entityType=what_if_scenario")
    ).json()) as { items: AuditEventDto[] };
    const actions = audit.items.filter((e) => e.entityId === saved.id).map((e) => e.action);
    expect(actions.sort()).toEqual(["what_if_scenario.create", "what_if_scenario.delete"]);
  });

  it("a vendor's scenarios go when the vendor is deleted", async () => {
    const vendor = await t.request("POST", "/api/vendors", { name: "Short-lived", category: "ehr" });
    const id = ((await vendor.json()) as { id: string }).id;
    await t.request("POST", `/api/vendors/${id}/scenarios`, {
      name: "Gone soon",
      changes: [{ kind: "set_evidence", factor: "mfa.remote_access", value: true }],
    });
    expect((await t.request("DELETE", `/api/vendors/${id}`)).status).toBe(204);
    expect((await t.request("GET", `/api/vendors/${id}/scenarios`)).status).toBe(404);
  });
});
