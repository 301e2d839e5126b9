import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

/**
 * A new embedded database costs PGlite's initdb plus every migration: 16.6 to 19.1 s of a first start in issue 9.
 * The build runs both once and keeps the resulting data folder; a fresh data folder starts as a copy of it, and
 * the migrator then applies whatever migrations came after the template was made. The template is never
 * committed: it belongs to the PGlite version and migrations it was built with, and the build remakes it when
 * either changes.
 *
 * It is a folder rather than PGlite's tarball: PGlite unpacks a tarball in memory (the 42 MB it expands to, in
 * several copies), and a first start then stood at about 470 MB RSS until the garbage collector happened to run.
 * A file copy costs no memory.
 */
export const defaultTemplateFolder = fileURLToPath(new URL("../dist/pglite-template", import.meta.url));

const defaultMigrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** PGlite takes a folder that holds this file for a database, and runs initdb in one that does not. */
const VERSION_FILE = "PG_VERSION";

/** Makes the template: a data folder of a new database with every migration in `migrationsFolder` applied. */
export async function writePgliteTemplate(
  target: string = defaultTemplateFolder,
  migrationsFolder: string = defaultMigrationsFolder,
): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  // Made beside the target and renamed, so a start never copies half a template.
  const partial = `${target}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  // The same extensions openPglite loads: a migration that needs one PGlite was not given fails here, at build.
  const client = await PGlite.create(partial, { extensions: { pg_trgm } });
  try {
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.close();
  }
  await rm(target, { recursive: true, force: true });
  await rename(partial, target);
}

/**
 * Copies the template into `dataDir` when the folder holds no database yet and a template was built; returns
 * whether it did. Otherwise PGlite opens the database there, or runs initdb. PG_VERSION is copied last, so a copy
 * cut short leaves a folder that is still taken for empty and copied again, never a half database.
 */
export async function startFromTemplate(dataDir: string, template: string | null): Promise<boolean> {
  if (!template || dataDir.startsWith("memory://")) return false;
  if (existsSync(join(dataDir, VERSION_FILE)) || !existsSync(join(template, VERSION_FILE))) return false;
  await cp(template, dataDir, {
    recursive: true,
    force: true,
    filter: (source) => source !== join(template, VERSION_FILE),
  });
  await copyFile(join(template, VERSION_FILE), join(dataDir, VERSION_FILE));
  return true;
}
