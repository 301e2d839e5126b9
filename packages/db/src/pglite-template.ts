import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

/**
 * A new embedded database costs PGlite's initdb plus every migration: 16.6 to 19.1 s of a first start in issue 9.
 * The build runs both once and keeps the result as a tarball; a fresh data folder starts from a copy of it, and
 * the migrator then applies whatever migrations came after the template was made. The template is never
 * committed: it belongs to the PGlite version and migrations it was built with, and the build remakes it when
 * either changes.
 */
export const defaultTemplateFile = fileURLToPath(new URL("../dist/pglite-template.tar.gz", import.meta.url));

const defaultMigrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Makes the template: a new database with every migration in `migrationsFolder` applied, as a gzipped tarball. */
export async function writePgliteTemplate(
  target: string = defaultTemplateFile,
  migrationsFolder: string = defaultMigrationsFolder,
): Promise<void> {
  // The same extensions openPglite loads: a migration that needs one PGlite was not given fails here, at build.
  const client = await PGlite.create("memory://", { extensions: { pg_trgm } });
  try {
    await migrate(drizzle(client), { migrationsFolder });
    const tarball = await client.dumpDataDir("gzip");
    await mkdir(dirname(target), { recursive: true });
    // Written beside the target and renamed, so a start never reads half a template.
    const partial = `${target}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await tarball.arrayBuffer()));
    await rename(partial, target);
  } finally {
    await client.close();
  }
}

/**
 * The tarball a data folder should start from: the template when the folder holds no database yet and a template
 * was built, otherwise nothing (PGlite then opens the database there, or runs initdb).
 */
export async function templateForFolder(dataDir: string, template: string | null): Promise<Blob | undefined> {
  if (!template || dataDir.startsWith("memory://")) return undefined;
  if (existsSync(join(dataDir, "PG_VERSION")) || !existsSync(template)) return undefined;
  return new Blob([await readFile(template)]);
}
