import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Ward's migrations folder, as the database package ships it. */
export const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

/**
 * A copy of the migrations, in `work`, that stops before `tag`: a database migrated with it is one made by the
 * release before that migration, for tests of what the migration does to existing data.
 */
export async function migrationsBefore(work: string, tag: string): Promise<string> {
  const folder = join(work, "before");
  await cp(migrationsFolder, folder, { recursive: true });
  const journalFile = join(folder, "meta/_journal.json");
  const journal = JSON.parse(await readFile(journalFile, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  if (at <= 0) throw new Error(`No migration before "${tag}" in ${migrationsFolder}`);
  journal.entries = journal.entries.slice(0, at);
  await writeFile(journalFile, JSON.stringify(journal));
  return folder;
}
