import { readFileSync } from "node:fs";
import { mkdir, realpath } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { lockDataFolder } from "./data-folder-lock";
import { upkeepEmbeddedDatabase } from "./embedded-upkeep";
import { nameRepeatedStatements } from "./named-statements";
import { defaultTemplateFolder, startFromTemplate } from "./pglite-template";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A database or an open transaction: every query function accepts either. */
export type WardDb = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

/** A raw SQL runner over the handle's own connections, the shape pg-boss's `db` option asks for. */
export interface RawSql {
  /** Runs `text` with `$1…$n` placeholders; without values, `text` may hold several statements. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface DbHandle extends RawSql {
  db: WardDb;
  kind: DatabaseKind;
  /**
   * Runs `fn` while no other Ward process (or other call in this one) runs under the same key. On PostgreSQL it
   * holds a session advisory lock on a connection of its own, outside the pool, so `fn` may use the pool freely,
   * including code such as better-auth's that cannot join a transaction. On PGlite the data-folder lock already
   * keeps other processes out, so calls in this process queue.
   */
  withLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /**
   * How far the schema is migrated, for the health check. On PGlite it is the level read once at open (the
   * data-folder lock keeps every other process, and so every other migration, out), so health never waits behind
   * the requests' statements on the one PGlite connection; on PostgreSQL it is read from the database each time.
   */
  migrationLevel(): Promise<MigrationLevel>;
  close(): Promise<void>;
}

export interface MigrationLevel {
  applied: number;
  latest: string | null;
}

export interface DbConfig {
  /** A `postgres://` URL selects PostgreSQL; without it Ward uses embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files. `memory://` keeps the database in memory (tests). */
  dataDir: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  /**
   * Data folder a new PGlite data folder starts as a copy of, instead of initdb and the migrations made before it
   * (pglite-template.ts). Defaults to the one the build wrote; `null` always runs initdb.
   */
  pgliteTemplate?: string | null;
}

const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Arbitrary constant shared by every Ward process so only one of them migrates at a time. */
const MIGRATION_LOCK_KEY = 7_345_001;

/** Opens the database the configuration names and brings its schema up to date. */
export async function createDb(config: DbConfig): Promise<DbHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.poolSize ?? 10);
  return openPglite(
    config.dataDir,
    config.pgliteTemplate === undefined ? defaultTemplateFolder : config.pgliteTemplate,
  );
}

/**
 * PostgreSQL settings of the embedded database, sized for one backend in Ward's own process rather than initdb's
 * server defaults. PGlite allocates and zeroes PostgreSQL's shared memory up front, so every megabyte of it is
 * resident from the first second: with initdb's 128 MB of shared buffers and 100 connections' worth of process and
 * lock tables, a started Ward stood at 385–400 MB RSS (issue 9 asks for under 350). Pages beyond the buffers are
 * read through the operating system's file cache, and a Ward database of a few thousand vendors has its working set
 * well inside 16 MB. `max_connections` sizes tables for sessions PGlite never opens (it runs one); 20 still leaves
 * room for about 3,000 locks in one transaction (64 per slot), far more than all migrations together take.
 */
export const pgliteSettings: Readonly<Record<string, string>> = {
  shared_buffers: "16MB",
  max_connections: "20",
};

const pgliteSettingArgs = Object.entries(pgliteSettings).flatMap(([name, value]) => [
  "-c",
  `${name}=${value}`,
]);

async function openPglite(dataDir: string, template: string | null): Promise<DbHandle> {
  let release = async () => {};
  if (!dataDir.startsWith("memory://")) {
    await mkdir(dataDir, { recursive: true });
    // PGlite is one PostgreSQL backend in this process: a second process on the same files would silently lose
    // its writes or corrupt the database, so the folder belongs to whoever opened it first.
    release = await lockDataFolder(await realpath(dataDir));
  }
  try {
    await startFromTemplate(dataDir, template);
    // pg_trgm backs vendor search (migration 0008); PGlite ships it but loads only the extensions it is given.
    const client = await PGlite.create(dataDir, {
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, ...pgliteSettingArgs],
    });
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    // No autovacuum runs inside PGlite: statistics left stale since the last start are gathered before the first
    // request plans with them (about 0.3 s at 5,000 vendors, only after the portfolio changed by a tenth).
    await upkeepEmbeddedDatabase(db as unknown as WardDb, { vacuum: false });
    const queue = inProcessQueue();
    const level = await readMigrationLevel(db as unknown as WardDb);
    return {
      db: db as unknown as WardDb,
      kind: "pglite",
      withLock: (_key, fn) => queue(fn),
      migrationLevel: async () => level,
      close: async () => {
        await client.close();
        await release();
      },
      // PGlite's `query` takes parameters but one statement; `exec` takes several but no parameters. Both wait
      // their turn on the one PGlite instance, so raw SQL and drizzle's transactions never interleave.
      executeSql: async (text, values) => {
        if (values && values.length > 0) return client.query(text, values);
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/** Runs the functions given to it one after another, whatever their keys. */
function inProcessQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => {});
    return run;
  };
}

async function withSessionLock<T>(url: string, key: number, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [key]);
    // Closing the connection releases the lock, also when `fn` throws.
    return await fn();
  } finally {
    await client.end();
  }
}

async function openPostgres(url: string, max: number): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("connect", (client) => nameRepeatedStatements(client));
  try {
    const client = await pool.connect();
    try {
      // Several API instances may start together against one server; the lock lets one migrate while the
      // others wait, then find nothing left to do.
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzlePg(pool, { schema });
  return {
    db: db as unknown as WardDb,
    kind: "postgres",
    withLock: (key, fn) => withSessionLock(url, key, fn),
    // Another instance may migrate the database, so the level is asked each time, like any request would.
    migrationLevel: () => readMigrationLevel(db as unknown as WardDb),
    close: () => pool.end(),
    executeSql: (text, values) => pool.query(text, values),
  };
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

let journalTags: string[] | undefined;

/** The migrations' names in order, read once from the journal drizzle-kit writes beside them. */
function migrationTags(): string[] {
  journalTags ??= (
    JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as Journal
  ).entries.map((e) => e.tag);
  return journalTags;
}

/** How far the database's schema has been migrated, asked of `db`. */
export async function readMigrationLevel(db: WardDb): Promise<MigrationLevel> {
  // Both drivers answer raw SQL with `{ rows }`.
  const result = (await db.execute(sql`select count(*)::int as count from drizzle.__drizzle_migrations`)) as {
    rows: { count: number }[];
  };
  const applied = Number(result.rows[0]?.count ?? 0);
  return { applied, latest: migrationTags()[applied - 1] ?? null };
}
