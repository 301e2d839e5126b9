import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "./client";
import { upkeepEmbeddedDatabase } from "./embedded-upkeep";
import { seedGeneratedPortfolio } from "./testing/generated-portfolio";
import { testDatabases } from "./testing/test-databases";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ward-upkeep-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function vendorStatistics(handle: DbHandle): Promise<{ counted: number; columns: number }> {
  const result = (await handle.db.execute(sql`select
      (select reltuples::float8 from pg_class where oid = 'public.vendor'::regclass) as counted,
      (select count(*)::int from pg_stats where schemaname = 'public' and tablename = 'vendor') as columns`)) as {
    rows: { counted: number; columns: number }[];
  };
  const row = result.rows[0];
  return { counted: Number(row?.counted), columns: Number(row?.columns) };
}

describe("the embedded database's upkeep", () => {
  it("gathers statistics at open when the portfolio changed since they were gathered", {
    timeout: 180_000,
  }, async () => {
    const dataDir = join(work, "folder");
    const first = await createDb({ dataDir });
    try {
      await seedGeneratedPortfolio(first.db, 300);
      // Nothing gathers statistics while Ward runs on PGlite: the 300 vendors are unknown to the planner.
      expect((await vendorStatistics(first)).counted).toBeLessThan(300);
    } finally {
      await first.close();
    }
    const second = await createDb({ dataDir });
    try {
      const stats = await vendorStatistics(second);
      expect(stats.counted).toBe(300);
      expect(stats.columns).toBeGreaterThan(0);
      // Fresh now: the next open and an hourly run leave them be.
      expect((await upkeepEmbeddedDatabase(second.db, { vacuum: false })).ran).toBeNull();
    } finally {
      await second.close();
    }
  });

  for (const database of testDatabases()) {
    it(`vacuums and gathers statistics when asked, on ${database.name}`, { timeout: 120_000 }, async () => {
      const handle = await database.open();
      try {
        await seedGeneratedPortfolio(handle.db, 60, 21);
        const result = await upkeepEmbeddedDatabase(handle.db, { vacuum: true });
        expect(result.ran).toBe("vacuum");
        const stats = await vendorStatistics(handle);
        // On the shared PostgreSQL test database other tests add vendors meanwhile; PGlite's is this test's own.
        if (database.name === "pglite") expect(stats.counted).toBe(result.vendors);
        expect(stats.columns).toBeGreaterThan(0);
      } finally {
        await handle.close();
      }
    });
  }
});
