import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { databaseErrorLog } from "./database-error";
import { testDatabases } from "./testing/test-databases";

const PATIENT = "Jane Doe, born 1961-04-02";

describe.each(testDatabases())("a database error's log description on $name", (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());

  const failure = async () => {
    try {
      await handle.db.execute(sql`select ${PATIENT}::int as n`);
    } catch (error) {
      return error;
    }
    throw new Error("the query should have failed");
  };

  it("keeps the SQL text and the SQLSTATE", async () => {
    const log = databaseErrorLog(await failure());
    expect(log?.sql).toMatch(/select \$1::int as n/);
    expect(log?.code).toBe("22P02");
    expect(log?.stack).toMatch(/^\s+at /);
  });

  it("carries no parameter, neither as a field nor quoted in a message", async () => {
    const error = await failure();
    // The raw error does carry it: that is what this description exists to leave out.
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).toContain("Jane Doe");
    expect(JSON.stringify(databaseErrorLog(error))).not.toContain("Jane Doe");
  });

  it("describes nothing for an error that did not come from the database", () => {
    expect(databaseErrorLog(new Error("boom"))).toBeUndefined();
    expect(databaseErrorLog("boom")).toBeUndefined();
  });
});
