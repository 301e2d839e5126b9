import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("who may ask for a score as of a date on $name", (database) => {
  let mine: TestApp;
  let theirs: TestApp;
  let base: string;
  let incidentId: string;

  beforeAll(async () => {
    mine = await openTestApp(database);
    theirs = await mine.otherTenant();
    const vendor = await mine.request("POST", "/api/vendors", { name: "Private Vendor", category: "ehr" });
    base = `/api/vendors/${((await vendor.json()) as { id: string }).id}`;
    const incident = await mine.request("POST", `${base}/incidents`, {
      title: "Private breach",
      entryRoute: "phishing",
    });
    incidentId = ((await incident.json()) as { id: string }).id;
  });
  afterAll(() => mine.close());

  it("another organization gets 404 for the vendor's score as of a date and its dated what-if", async () => {
    const score = await theirs.request("GET", `${base}/score?asOf=2025-06-01`);
    expect(score.status).toBe(404);
    expect(JSON.stringify(await score.json())).not.toContain("Private");
    const whatIf = await theirs.request("POST", `${base}/what-if`, {
      changes: [{ kind: "remove_incident", incidentId }],
      asOf: "2025-06-01",
    });
    expect(whatIf.status).toBe(404);
  });

  it("another organization's vendor's incident cannot be named from one's own vendor", async () => {
    const own = await theirs.request("POST", "/api/vendors", { name: "Their Vendor", category: "ehr" });
    const ownBase = `/api/vendors/${((await own.json()) as { id: string }).id}`;
    const res = await theirs.request("POST", `${ownBase}/what-if`, {
      changes: [{ kind: "remove_incident", incidentId }],
    });
    expect(res.status).toBe(400);
  });

  it("a viewer and a read-only API key may ask, as they may read the score", async () => {
    const viewer = await mine.as("viewer");
    expect((await viewer.request("GET", `${base}/score?asOf=2025-06-01`)).status).toBe(200);
    const key = await mine.withApiKey("read");
    expect((await key.request("GET", `${base}/score?asOf=2025-06-01`)).status).toBe(200);
    expect((await key.request("POST", `${base}/what-if`, { changes: [], asOf: "2025-06-01" })).status).toBe(
      200,
    );
  });

  it("an anonymous caller gets 401", async () => {
    expect((await mine.anonymous.request("GET", `${base}/score?asOf=2025-06-01`)).status).toBe(401);
    expect(
      (await mine.anonymous.request("POST", `${base}/what-if`, { changes: [], asOf: "2025-06-01" })).status,
    ).toBe(401);
  });
});
