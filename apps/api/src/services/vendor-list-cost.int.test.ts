import type { VendorListResponse } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatements } from "../testing/count-statements";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("the cost of the portfolio list on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
    const vendors = [
      { name: "Counted Health", category: "ehr", criticality: "critical" },
      { name: "Counted Billing", category: "billing", criticality: "low" },
      { name: "Other Transcripts", category: "transcription", criticality: "low" },
    ];
    for (const vendor of vendors) expect((await t.request("POST", "/api/vendors", vendor)).status).toBe(201);
  });
  afterAll(() => t.close());

  async function list(query: string) {
    const recorder = recordStatements(t.handle.db);
    try {
      const res = await t.request("GET", `/api/vendors?${query}`);
      expect(res.status).toBe(200);
      return { body: (await res.json()) as VendorListResponse, statements: [...recorder.statements] };
    } finally {
      recorder.stop();
    }
  }

  it("lists the whole portfolio with the facets' sum as its total and no count statement", async () => {
    const { body, statements } = await list("pageSize=2");
    expect(body.items).toHaveLength(2);
    expect(body.total).toBe(3);
    // The session, the facets and the page: the total comes from the facets.
    expect(statements).toHaveLength(3);
    expect(statements.some((s) => /^select count\(\*\)::int from "vendor"/i.test(s))).toBe(false);
  });

  it("still counts what a search or filter matches", async () => {
    expect((await list("q=co&pageSize=1")).body.total).toBe(2);
    expect((await list("criticality=low&pageSize=1")).body.total).toBe(2);
    expect((await list("hasIncidents=false&pageSize=1")).body.total).toBe(3);
    expect((await list("hasIncidents=true")).body.total).toBe(0);
    expect((await list("category=transcription")).body.total).toBe(1);
  });
});
