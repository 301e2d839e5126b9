import { createDb, type DbHandle } from "../client";

export interface TestDatabase {
  /** `pglite` always; `postgres` when TEST_DATABASE_URL is set. */
  name: "pglite" | "postgres";
  open(): Promise<DbHandle>;
}

/**
 * The databases every integration test runs against. Tests isolate themselves by creating their own
 * organization, never by relying on rows another test made.
 */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: "pglite", open: () => createDb({ dataDir: "memory://" }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url)
    list.push({ name: "postgres", open: () => createDb({ databaseUrl: url, dataDir: "", poolSize: 4 }) });
  return list;
}
