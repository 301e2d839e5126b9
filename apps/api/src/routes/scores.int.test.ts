import type {
  DataHoldingDto,
  ScoreHistoryPoint,
  VendorListResponse,
  VendorScoreResponse,
  WhatIfResponse,
} from "@ward/contracts";
import { schema } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatements } from "../testing/count-statements";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("scores on $name", (database) => {
  let t: TestApp;
  let base: string;
  let legacy: DataHoldingDto;

  beforeAll(async () => {
    t = await openTestApp(database);
    const vendor = (await (
      await t.request("POST", "/api/vendors", {
        name: "Legacy Host",
        category: "ehr",
        criticality: "critical",
      })
    ).json()) as { id: string };
    base = `/api/vendors/${vendor.id}`;
    const res = await t.request("POST", `${base}/data-holdings`, {
      system: "Unmigrated archive servers",
      environment: "legacy",
      recordCount: 400_000,
      phiCategories: ["name", "ssn", "diagnosis", "medication"],
      encryptedAtRest: "unknown",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "stalled",
      endOfSupport: "2024-12-31",
    });
    legacy = (await res.json()) as DataHoldingDto;
    await t.request("POST", `${base}/incidents`, {
      title: "Legacy servers entered with stolen customer credentials",
      entryRoute: "stolen_credentials",
      legacySystemInvolved: "yes",
      recordsAffected: 250_000,
      dataTypes: ["name", "ssn"],
      dates: [
        { kind: "intrusion_start", date: "2025-10-01" },
        { kind: "vendor_discovery", date: "2025-11-20" },
      ],
    });
  });
  afterAll(() => t.close());

  const score = async () => (await (await t.request("GET", `${base}/score`)).json()) as VendorScoreResponse;
  const history = async () =>
    ((await (await t.request("GET", `${base}/score/history`)).json()) as { items: ScoreHistoryPoint[] })
      .items;

  it("explains every dimension with sourced contributions and names the methodology", async () => {
    const { score: s } = await score();
    expect(s.methodologyVersion).toMatch(/^\d{4}\.\d+$/);
    expect(s.asOf).toBe("2026-01-15");
    expect(["high", "critical"]).toContain(s.dimensions.legacyDataExposure.tier);
    const fromHolding = s.dimensions.legacyDataExposure.contributions.filter(
      (c) => c.source.id === legacy.id,
    );
    expect(fromHolding.length).toBeGreaterThan(0);
    expect(fromHolding.every((c) => c.explanation.endsWith("."))).toBe(true);
    const questions = s.dimensions.credentialHygiene.contributions.filter((c) => c.question !== null);
    expect(questions.length).toBeGreaterThan(0);
  });

  it("reads a score in one statement after the session, and still tells the two kinds of missing apart", async () => {
    const recorder = recordStatements(t.handle.db);
    try {
      expect((await t.request("GET", `${base}/score`)).status).toBe(200);
      expect(recorder.statements.length).toBe(2);
    } finally {
      recorder.stop();
    }
    // In another organization, so this test's vendor without a score does not join the portfolio of the rest.
    const other = await t.otherTenant();
    const [unscored] = await t.handle.db
      .insert(schema.vendors)
      .values({
        organizationId: other.organizationId,
        name: "Not Scored Yet",
        category: "ehr",
        relationshipStatus: "active",
        criticality: "low",
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .returning({ id: schema.vendors.id });
    const notScored = await other.request("GET", `/api/vendors/${unscored?.id}/score`);
    expect(notScored.status).toBe(404);
    expect(JSON.stringify(await notScored.json())).toContain("not been scored");
    const theirs = await other.request("GET", `${base}/score`);
    expect(theirs.status).toBe(404);
    expect(JSON.stringify(await theirs.json())).not.toContain("scored");
    const missing = await t.request("GET", "/api/vendors/00000000-0000-4000-8000-000000000000/score");
    expect(missing.status).toBe(404);
    expect(JSON.stringify(await missing.json())).not.toContain("scored");
  });

  it("destroying the legacy data lowers the score and adds a history point", async () => {
    const before = await score();
    const points = (await history()).length;
    t.clock.set("2026-02-01T09:00:00.000Z");
    const patched = await t.request("PATCH", `${base}/data-holdings/${legacy.id}`, {
      destroyedOn: "2026-01-30",
      destructionEvidence: "Certificate of destruction from the vendor, reviewed by the privacy office",
      // Only documented or verified destruction counts under methodology 2026.2; the vendor's word alone does not.
      destructionAssurance: "documented",
    });
    expect(patched.status).toBe(200);
    const after = await score();
    expect(after.score.dimensions.legacyDataExposure.score).toBeLessThan(
      before.score.dimensions.legacyDataExposure.score,
    );
    expect(after.reason).toBe("data_holding.update");
    const items = await history();
    expect(items).toHaveLength(points + 1);
    expect(items.at(-1)?.legacyDataExposure).toBeLessThan(items.at(-2)?.legacyDataExposure ?? 0);
  });

  it("a change that scoring does not read adds no history point", async () => {
    const points = (await history()).length;
    await t.request("PATCH", base, { website: "https://legacy-host.example" });
    expect(await history()).toHaveLength(points);
  });

  it("the portfolio carries score and tier and sorts by them", async () => {
    await t.request("POST", "/api/vendors", {
      name: "Quiet Vendor",
      category: "billing",
      criticality: "low",
    });
    const res = await t.request("GET", "/api/vendors?sort=riskScore&order=desc");
    const page = (await res.json()) as VendorListResponse;
    expect(page.items[0]?.name).toBe("Legacy Host");
    expect(page.items.every((v) => v.riskScore !== null && v.riskTier !== null)).toBe(true);
    const scores = page.items.map((v) => v.riskScore ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("what-if scores hypothetical changes without storing them", async () => {
    const points = (await history()).length;
    const res = await t.request("POST", `${base}/what-if`, {
      changes: [
        { kind: "set_evidence", factor: "mfa.remote_access", value: true },
        { kind: "set_evidence", factor: "mfa.phishing_resistant", value: true },
      ],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as WhatIfResponse;
    expect(body.deltas.credentialHygiene).toBeLessThan(0);
    expect(body.after.dimensions.credentialHygiene.score).toBeCloseTo(
      body.before.dimensions.credentialHygiene.score + body.deltas.credentialHygiene,
      6,
    );
    expect(await history()).toHaveLength(points);
    const none = (await (
      await t.request("POST", `${base}/what-if`, { changes: [] })
    ).json()) as WhatIfResponse;
    expect(none.deltas.overall).toBe(0);
  });

  it("what-if refuses changes it cannot read", async () => {
    const res = await t.request("POST", `${base}/what-if`, { changes: [{ kind: "paint_it_green" }] });
    expect(res.status).toBe(400);
  });
});
