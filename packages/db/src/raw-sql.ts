import { type SQL, sql } from "drizzle-orm";
import type { RawSql, WardDb } from "./client";

/**
 * Raw SQL with `$1…$n` placeholders run inside a drizzle database or transaction. pg-boss writes a job through
 * it, so a job queued by a service exists exactly when the service's transaction commits.
 */
export function rawSqlIn(db: WardDb): RawSql {
  return {
    executeSql: async (text, values = []) => {
      const chunks: SQL[] = [];
      let last = 0;
      for (const match of text.matchAll(/\$(\d+)/g)) {
        chunks.push(sql.raw(text.slice(last, match.index)));
        chunks.push(sql`${sql.param(values[Number(match[1]) - 1] ?? null)}`);
        last = match.index + match[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      const result = (await db.execute(sql.join(chunks))) as { rows: unknown[] };
      return { rows: result.rows };
    },
  };
}
