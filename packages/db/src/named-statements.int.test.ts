import { sql } from "drizzle-orm";
import type pg from "pg";
import { describe, expect, it } from "vitest";
import { createDb } from "./client";
import { nameRepeatedStatements } from "./named-statements";

/** A stand-in connection that records what it is asked to run. */
function recordingClient() {
  const seen: unknown[] = [];
  const client = { query: (config: unknown) => seen.push(config) } as unknown as pg.PoolClient;
  nameRepeatedStatements(client, 2);
  return { client, seen };
}

describe("statements named after their text", () => {
  it("names a parameterized statement, the same text the same name, up to the limit", () => {
    const { client, seen } = recordingClient();
    const run = (text: string, values?: unknown[]) =>
      (client.query as (c: unknown, v?: unknown) => unknown)({ text }, values);
    run("select $1::int", [1]);
    run("select $1::int", [2]);
    run("select $1::text", ["a"]);
    run("select $1::date", ["2026-01-01"]);
    run("select 1; select 2");
    const names = seen.map((c) => (c as pg.QueryConfig).name);
    expect(names[0]).toMatch(/^ward_[\w-]{27}$/);
    expect(names[1]).toBe(names[0]);
    expect(names[2]).not.toBe(names[0]);
    // Past two texts, and without parameters, statements run unnamed as pg sends them by default.
    expect(names.slice(3)).toEqual([undefined, undefined]);
  });

  it("keeps a name its caller chose", () => {
    const { client, seen } = recordingClient();
    (client.query as (c: unknown, v?: unknown) => unknown)({ text: "select $1::int", name: "mine" }, [1]);
    expect((seen[0] as pg.QueryConfig).name).toBe("mine");
  });
});

const url = process.env.TEST_DATABASE_URL;
describe.runIf(url)("on PostgreSQL", () => {
  it("prepares a repeated statement once on the connection and still runs unparameterized scripts", async () => {
    const h = await createDb({ databaseUrl: url, dataDir: "", poolSize: 1 });
    try {
      for (const n of [1, 2, 3]) {
        const result = (await h.db.execute(sql`select ${n}::int as n, 'named-statement-probe' as probe`)) as {
          rows: { n: number }[];
        };
        expect(result.rows[0]?.n).toBe(n);
      }
      const prepared = (await h.db.execute(
        sql`select count(*)::int as count from pg_prepared_statements where statement like ${"%named-statement-probe%"} and statement not like ${"%pg_prepared_statements%"}`,
      )) as { rows: { count: number }[] };
      expect(prepared.rows[0]?.count).toBe(1);
      // Two statements in one text: a named (extended protocol) statement could not hold them.
      const script = (await h.executeSql("select 1 as a; select 2 as b")) as unknown as { rows: unknown[] }[];
      expect(script.map((r) => r.rows)).toEqual([[{ a: 1 }], [{ b: 2 }]]);
    } finally {
      await h.close();
    }
  });
});
