import { sql } from "drizzle-orm";
import type { WardDb } from "./client";

/**
 * PGlite runs PostgreSQL as one backend without its background workers, so nothing runs autovacuum: the planner
 * never gets statistics (it guessed 31 vendors in an organization of 5,000 and scanned all of them for a search
 * the trigram index answers) and dead rows are never reclaimed. Ward does that work itself on PGlite (ADR 22):
 * at open when the statistics are stale, and from the upkeep job.
 */

/**
 * Whether the vendor table's statistics are stale: never gathered, or the table has grown or shrunk since by more
 * than autovacuum's own threshold for an ANALYZE (50 rows and a tenth of the rows counted then).
 */
export function statisticsStale(countedRows: number, rows: number): boolean {
  if (countedRows < 0) return true;
  return Math.abs(rows - countedRows) > 50 + 0.1 * countedRows;
}

export interface UpkeepResult {
  /** What ran: ANALYZE, VACUUM (ANALYZE), or nothing when the statistics were fresh. */
  ran: "analyze" | "vacuum" | null;
  /** Vendors as the statistics counted them before (-1 when never gathered), and vendors now. */
  countedVendors: number;
  vendors: number;
}

/**
 * Gathers planner statistics when they are stale (`vacuum: false`), or always vacuums and gathers them
 * (`vacuum: true`). Runs outside any transaction: PostgreSQL refuses VACUUM inside one.
 */
export async function upkeepEmbeddedDatabase(
  db: WardDb,
  options: { vacuum: boolean },
): Promise<UpkeepResult> {
  const result =
    (await db.execute(sql`select c.reltuples::float8 as counted, (select count(*) from vendor)::int as rows
    from pg_class c where c.oid = 'public.vendor'::regclass`)) as {
      rows: { counted: number; rows: number }[];
    };
  const counted = Number(result.rows[0]?.counted ?? -1);
  const vendors = Number(result.rows[0]?.rows ?? 0);
  let ran: UpkeepResult["ran"] = null;
  if (options.vacuum) {
    await db.execute(sql`vacuum (analyze)`);
    ran = "vacuum";
  } else if (statisticsStale(counted, vendors)) {
    await db.execute(sql`analyze`);
    ran = "analyze";
  }
  return { ran, countedVendors: counted, vendors };
}
