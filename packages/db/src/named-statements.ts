import { createHash } from "node:crypto";
import type pg from "pg";

/** Statements a connection keeps prepared at most; past it, new texts run unnamed as before. */
export const NAMED_STATEMENTS_PER_CONNECTION = 500;

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * Makes `client` send each parameterized statement under a name derived from its text, so PostgreSQL parses and
 * plans it once per connection instead of on every call, and later calls send only Bind and Execute. Ward's
 * statements are built by drizzle from a small set of shapes, so a connection meets a few hundred texts at most;
 * past `limit` distinct texts the rest run unnamed, so a caller producing endless texts (an IN list of every
 * length) cannot grow the connection without bound. Statements without parameters are left to the simple protocol,
 * which also runs several statements in one text (pg-boss's schema, migrations).
 */
export function nameRepeatedStatements(client: pg.PoolClient, limit = NAMED_STATEMENTS_PER_CONNECTION): void {
  const names = new Map<string, string>();
  const query = client.query.bind(client) as Query;
  (client as unknown as { query: Query }).query = (config, values, callback) => {
    if (typeof config === "object" && config !== null && !("submit" in config)) {
      const statement = config as pg.QueryConfig;
      const params = Array.isArray(values) ? values : statement.values;
      if (!statement.name && params && params.length > 0) {
        let name = names.get(statement.text);
        if (name === undefined && names.size < limit) {
          name = `ward_${createHash("sha1").update(statement.text).digest("base64url")}`;
          names.set(statement.text, name);
        }
        if (name !== undefined) return query({ ...statement, name }, values, callback);
      }
    }
    return query(config, values, callback);
  };
}
