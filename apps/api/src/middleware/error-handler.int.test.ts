import { Writable } from "node:stream";
import type { DbHandle } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleError } from "./error-handler";
import { requestLog } from "./request-log";
import type { AppEnv } from "./types";

const PATIENT = "Jane Doe, born 1961-04-02";

describe.each(testDatabases())("database errors are logged without user content on $name", (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());

  it("the log line carries the SQL, the SQLSTATE and the request id, never the query's parameters", async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const app = new Hono<AppEnv>()
      .use("*", requestId(), requestLog(pino({ level: "info" }, sink)))
      .get("/boom", async () => {
        await handle.db.execute(sql`select ${PATIENT}::int as n`);
        throw new Error("the query should have failed");
      })
      .onError(handleError);

    const res = await app.request("/boom");
    expect(res.status).toBe(500);
    const logged = lines.find((line) => line.level === 50);
    expect(logged).toBeDefined();
    expect(logged?.requestId).toBe(res.headers.get("x-request-id"));
    expect(JSON.stringify(logged)).toMatch(/select \$1::int as n/);
    expect(JSON.stringify(logged)).toContain("22P02");
    expect(JSON.stringify(lines)).not.toContain("Jane Doe");
    expect(await res.text()).not.toContain("Jane Doe");
  });
});
