import type { HealthResponse } from "@ward/contracts";
import type { DatabaseKind, MigrationLevel } from "@ward/db";

/** Answers whether Ward is up, which database it runs on, how far it is migrated and whether demo data is on. */
export async function getHealth(
  migrationLevel: () => Promise<MigrationLevel>,
  database: DatabaseKind,
  version: string,
  demo: boolean,
): Promise<HealthResponse> {
  return { status: "ok", database, version, demo, migrations: await migrationLevel() };
}
