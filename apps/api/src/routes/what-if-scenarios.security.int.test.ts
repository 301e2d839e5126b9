import type { WhatIfScenarioDto } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("who may read and change what-if scenarios on $name", (database) => {
  let mine: TestApp;
  let theirs: TestApp;
  let base: string;
  let scenario: WhatIfScenarioDto;
  const body = {
    name: "Plan",
    changes: [{ kind: "set_evidence", factor: "mfa.remote_access", value: true }],
  };
  beforeAll(async () => {
    mine = await openTestApp(database);
    theirs = await mine.otherTenant();
    const vendor = await mine.request("POST", "/api/vendors", { name: "Guarded Vendor", category: "ehr" });
    base = `/api/vendors/${((await vendor.json()) as { id: string }).id}`;
    scenario = (await (await mine.request("POST", `${base}/scenarios`, body)).json()) as WhatIfScenarioDto;
  });
  afterAll(() => mine.close());

  const names = async () =>
    (
      (await (await mine.request("GET", `${base}/scenarios`)).json()) as { items: WhatIfScenarioDto[] }
    ).items.map((s) => s.id);

  it("another organization cannot list, save or delete scenarios of the vendor", async () => {
    expect((await theirs.request("GET", `${base}/scenarios`)).status).toBe(404);
    expect((await theirs.request("POST", `${base}/scenarios`, body)).status).toBe(404);
    expect((await theirs.request("DELETE", `${base}/scenarios/${scenario.id}`)).status).toBe(404);
    expect(await names()).toEqual([scenario.id]);
  });

  it("a scenario cannot be deleted through another vendor's address", async () => {
    const other = await mine.request("POST", "/api/vendors", { name: "Neighbour", category: "ehr" });
    const otherId = ((await other.json()) as { id: string }).id;
    expect((await mine.request("DELETE", `/api/vendors/${otherId}/scenarios/${scenario.id}`)).status).toBe(
      404,
    );
    expect(await names()).toEqual([scenario.id]);
  });

  it("a viewer reads scenarios but cannot save or delete one", async () => {
    const viewer = await mine.as("viewer");
    expect((await viewer.request("GET", `${base}/scenarios`)).status).toBe(200);
    expect((await viewer.request("POST", `${base}/scenarios`, body)).status).toBe(403);
    expect((await viewer.request("DELETE", `${base}/scenarios/${scenario.id}`)).status).toBe(403);
    expect(await names()).toEqual([scenario.id]);
  });

  it("a read-only API key reads scenarios but cannot save one; an analyst can", async () => {
    const key = await mine.withApiKey("read");
    expect((await key.request("GET", `${base}/scenarios`)).status).toBe(200);
    expect((await key.request("POST", `${base}/scenarios`, body)).status).toBe(403);
    const analyst = await mine.as("analyst");
    expect((await analyst.request("POST", `${base}/scenarios`, body)).status).toBe(201);
  });

  it("an anonymous caller gets 401 on every route", async () => {
    expect((await mine.anonymous.request("GET", `${base}/scenarios`)).status).toBe(401);
    expect((await mine.anonymous.request("POST", `${base}/scenarios`, body)).status).toBe(401);
    expect((await mine.anonymous.request("DELETE", `${base}/scenarios/${scenario.id}`)).status).toBe(401);
  });
});
