import type {
  DataHoldingDto,
  IncidentDto,
  ScoreHistoryPoint,
  VendorScoreResponse,
  WhatIfResponse,
} from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("scores as of a date and the v2 what-if changes on $name", (database) => {
  let t: TestApp;
  let base: string;
  let holding: DataHoldingDto;
  let incident: IncidentDto;

  beforeAll(async () => {
    t = await openTestApp(database);
    const vendor = (await (
      await t.request("POST", "/api/vendors", { name: "Dated Vendor", category: "ehr", criticality: "high" })
    ).json()) as { id: string };
    base = `/api/vendors/${vendor.id}`;
    holding = (await (
      await t.request("POST", `${base}/data-holdings`, {
        system: "Old lab archive",
        environment: "legacy",
        recordCount: 300_000,
        phiCategories: ["name", "diagnosis"],
        reachableWithCustomerCredentials: "yes",
        migrationStatus: "stalled",
      })
    ).json()) as DataHoldingDto;
    incident = (await (
      await t.request("POST", `${base}/incidents`, {
        title: "Archive entered with stolen credentials",
        entryRoute: "stolen_credentials",
        recordsAffected: 120_000,
        dataTaken: "yes",
        dates: [
          { kind: "intrusion_start", date: "2025-10-01" },
          { kind: "vendor_discovery", date: "2025-11-20" },
        ],
      })
    ).json()) as IncidentDto;
  });
  afterAll(() => t.close());

  const history = async () =>
    ((await (await t.request("GET", `${base}/score/history`)).json()) as { items: ScoreHistoryPoint[] })
      .items;

  it("scores the vendor's records as of an earlier day without storing the score", async () => {
    const points = (await history()).length;
    const stored = (await (await t.request("GET", `${base}/score`)).json()) as VendorScoreResponse;
    const res = await t.request("GET", `${base}/score?asOf=2025-09-01`);
    expect(res.status).toBe(200);
    const dated = (await res.json()) as VendorScoreResponse;
    expect(dated.snapshotId).toBeNull();
    expect(dated.reason).toBe("as_of");
    expect(dated.beingRescored).toBe(false);
    expect(dated.score.asOf).toBe("2025-09-01");
    expect(dated.score.methodologyVersion).toBe(METHODOLOGY_VERSION);
    // The incident began after that day, so it does not count yet.
    expect(dated.score.dimensions.breachHistory.score).toBeLessThan(
      stored.score.dimensions.breachHistory.score,
    );
    expect(dated.score.dimensions.breachHistory.contributions.some((c) => c.source.id === incident.id)).toBe(
      false,
    );
    expect(await history()).toHaveLength(points);
  });

  it("scores today's date as the stored score does", async () => {
    const stored = (await (await t.request("GET", `${base}/score`)).json()) as VendorScoreResponse;
    const today = t.clock.now().toISOString().slice(0, 10);
    const dated = (await (
      await t.request("GET", `${base}/score?asOf=${today}`)
    ).json()) as VendorScoreResponse;
    expect(dated.score).toEqual(stored.score);
  });

  it("what-if changes a holding's record count, an incident's impact, and removes an incident", async () => {
    const points = (await history()).length;
    const ask = async (changes: unknown[]) => {
      const res = await t.request("POST", `${base}/what-if`, { changes });
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as WhatIfResponse;
    };
    const fewer = await ask([{ kind: "set_record_count", holdingId: holding.id, recordCount: 10 }]);
    expect(fewer.deltas.legacyDataExposure).toBeLessThan(0);
    const milder = await ask([
      { kind: "update_incident", incidentId: incident.id, recordsAffected: 5, dataTaken: "no" },
    ]);
    expect(milder.deltas.breachHistory).toBeLessThan(0);
    const removed = await ask([{ kind: "remove_incident", incidentId: incident.id }]);
    expect(removed.deltas.breachHistory).toBeLessThan(milder.deltas.breachHistory);
    expect(
      removed.after.dimensions.breachHistory.contributions.some((c) => c.source.id === incident.id),
    ).toBe(false);
    const assured = await ask([
      { kind: "set_evidence", factor: "mfa.remote_access", value: true, assurance: "self_attested" },
    ]);
    expect(assured.after.overall.range).toBeDefined();
    expect(await history()).toHaveLength(points);
  });

  it("what-if scores both sides as of the date asked", async () => {
    const res = await t.request("POST", `${base}/what-if`, {
      changes: [{ kind: "remove_incident", incidentId: incident.id }],
      asOf: "2025-09-01",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as WhatIfResponse;
    expect(body.before.asOf).toBe("2025-09-01");
    expect(body.after.asOf).toBe("2025-09-01");
    // On that day the incident had not begun, so removing it changes nothing.
    expect(body.deltas.breachHistory).toBe(0);
  });
});
