import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatements } from "../testing/count-statements";
import { openTestApp, type TestApp } from "../testing/test-app";

/** Statements that open or end a transaction; PostgreSQL sends them as statements, PGlite does not. */
const transactionControl = /^(begin|commit|rollback|savepoint|release)/i;

describe.each(testDatabases())("the cost of a vendor change on $name", (database) => {
  let t: TestApp;
  let vendorId: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    const res = await t.request("POST", "/api/vendors", { name: "Counted Health", category: "ehr" });
    vendorId = ((await res.json()) as { id: string }).id;
  });
  afterAll(() => t.close());

  async function patchStatements(body: unknown) {
    const recorder = recordStatements(t.handle.db);
    try {
      expect((await t.request("PATCH", `/api/vendors/${vendorId}`, body)).status).toBe(200);
      return recorder.statements.filter((s) => !transactionControl.test(s.trim()));
    } finally {
      recorder.stop();
    }
  }

  it("a vendor change reads the vendor once and only the hash of the stored score", async () => {
    const statements = await patchStatements({ description: "Counted" });
    expect(statements.filter((s) => /from "score_snapshot"/.test(s) && /"result"/.test(s))).toEqual([]);
    expect(statements.filter((s) => /^select .* from "vendor" where/.test(s))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(10);
  });

  it("a change to a field scoring does not read runs no rescoring at all", async () => {
    const statements = await patchStatements({
      description: "Only words",
      website: "https://counted.example",
    });
    expect(
      statements.filter((s) => /"score_snapshot"|"product"|"data_holding"|"incident"|"evidence"/.test(s)),
    ).toEqual([]);
    // The session, the vendor as it was, the change and its audit event.
    expect(statements).toHaveLength(4);
  });

  it("a change scoring reads still stores a snapshot in the same request", async () => {
    const statements = await patchStatements({ criticality: "critical" });
    expect(statements.filter((s) => /^insert into "score_snapshot"/.test(s))).toHaveLength(1);
    const score = await t.request("GET", `/api/vendors/${vendorId}/score`);
    expect(((await score.json()) as { reason: string }).reason).toBe("vendor.update");
  });
});
