import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type WardDb } from "./client";
import { startFromTemplate, writePgliteTemplate } from "./pglite-template";

const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ward-template-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Everything the migrations define, as sorted text: tables, columns, constraints, indexes, functions, triggers. */
async function schemaOf(db: WardDb): Promise<string[]> {
  const queries = [
    sql`select concat_ws(' ', table_schema, table_name, column_name, data_type, column_default, is_nullable) as line
        from information_schema.columns where table_schema not in ('pg_catalog', 'information_schema')`,
    sql`select concat_ws(' ', n.nspname, c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)) as line
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname not in ('pg_catalog', 'information_schema')`,
    sql`select concat_ws(' ', schemaname, indexdef) as line from pg_indexes
        where schemaname not in ('pg_catalog', 'information_schema')`,
    sql`select concat_ws(' ', n.nspname, p.proname, md5(p.prosrc)) as line
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname not in ('pg_catalog', 'information_schema')`,
    sql`select concat_ws(' ', tgrelid::regclass::text, tgname) as line from pg_trigger where not tgisinternal`,
    sql`select concat_ws(' ', extname, extversion) as line from pg_extension`,
    sql`select concat_ws(' ', hash, created_at) as line from drizzle.__drizzle_migrations`,
  ];
  const lines: string[] = [];
  for (const query of queries) {
    const result = (await db.execute(query)) as unknown as { rows: { line: string }[] };
    lines.push(...result.rows.map((row) => row.line));
  }
  return lines.sort();
}

async function appliedMigrations(db: WardDb): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]?.n ?? 0;
}

describe("the PGlite template of a fresh data folder", () => {
  it("gives exactly the schema that initdb and the migrations give", { timeout: 300_000 }, async () => {
    const template = join(work, "all");
    await writePgliteTemplate(template, migrationsFolder);

    const fromTemplate = await createDb({ dataDir: join(work, "from-template"), pgliteTemplate: template });
    const fromMigrations = await createDb({ dataDir: join(work, "from-migrations"), pgliteTemplate: null });
    try {
      const expected = await schemaOf(fromMigrations.db);
      expect(expected.length).toBeGreaterThan(100);
      expect(await schemaOf(fromTemplate.db)).toEqual(expected);
    } finally {
      await fromTemplate.close();
      await fromMigrations.close();
    }
  });

  it("still receives the migrations written after the template was made", { timeout: 300_000 }, async () => {
    // A template from every migration but the last, as a build older than the code would have left.
    const older = join(work, "older-migrations");
    await cp(migrationsFolder, older, { recursive: true });
    const journalFile = join(older, "meta/_journal.json");
    const journal = JSON.parse(await readFile(journalFile, "utf8")) as { entries: unknown[] };
    const total = journal.entries.length;
    journal.entries.pop();
    await writeFile(journalFile, JSON.stringify(journal));
    const template = join(work, "older");
    await writePgliteTemplate(template, older);

    const handle = await createDb({ dataDir: join(work, "upgraded"), pgliteTemplate: template });
    try {
      expect(await appliedMigrations(handle.db)).toBe(total);
    } finally {
      await handle.close();
    }
  });

  it("is not used for a folder that already holds a database", { timeout: 120_000 }, async () => {
    const template = join(work, "all");
    const folder = join(work, "from-template");
    const empty = join(work, "empty");
    expect(await startFromTemplate(empty, template)).toBe(true);
    expect(existsSync(join(empty, "PG_VERSION"))).toBe(true);
    expect(await startFromTemplate(empty, template)).toBe(false);
    expect(await startFromTemplate(folder, template)).toBe(false);
    expect(await startFromTemplate("memory://", template)).toBe(false);
    expect(await startFromTemplate(join(work, "other"), join(work, "no-such-template"))).toBe(false);
  });

  it("copies again over a copy cut short, which holds no PG_VERSION yet", { timeout: 120_000 }, async () => {
    const template = join(work, "all");
    const folder = join(work, "cut-short");
    await cp(template, folder, { recursive: true, filter: (source) => !source.endsWith("PG_VERSION") });
    expect(await startFromTemplate(folder, template)).toBe(true);
    const handle = await createDb({ dataDir: folder, pgliteTemplate: template });
    try {
      expect(await appliedMigrations(handle.db)).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });
});
