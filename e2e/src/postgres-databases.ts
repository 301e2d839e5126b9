import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server the reliability suite may use, from TEST_DATABASE_URL; undefined when unset. */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

export interface FreshDatabase {
  url: string;
  /** Runs one statement on the fresh database and returns its rows. */
  query<T extends object>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * Creates an empty database on TEST_DATABASE_URL's server, so a test that starts Ward processes on PostgreSQL
 * begins from nothing and leaves nothing behind.
 */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  if (!testDatabaseUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `ward_${label}_${randomBytes(4).toString("hex")}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  const admin = new URL(testDatabaseUrl);
  admin.pathname = "/postgres";
  const run = async (url: string, sql: string, params?: unknown[]) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  await run(admin.toString(), `create database ${name}`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    query: (sql, params) => run(url.toString(), sql, params),
    drop: async () => {
      await run(admin.toString(), `drop database if exists ${name} with (force)`);
    },
  };
}
