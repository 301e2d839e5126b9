import type { HealthResponse } from "@ward/contracts";
import { type DatabaseKind, migrationLevel, type WardDb } from "@ward/db";

/** Answers whether Ward is up, which database it runs on and how far that database is migrated. */
export async function getHealth(
  db: WardDb,
  database: DatabaseKind,
  version: string,
): Promise<HealthResponse> {
  return { status: "ok", database, version, migrations: await migrationLevel(db) };
}
