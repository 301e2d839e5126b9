export type { DatabaseKind, DbConfig, DbHandle, MigrationLevel, RawSql, WardDb } from "./client";
export { createDb, readMigrationLevel } from "./client";
export { type DatabaseErrorLog, databaseErrorLog } from "./database-error";
export { statisticsStale, type UpkeepResult, upkeepEmbeddedDatabase } from "./embedded-upkeep";
export * from "./queries";
export { rawSqlIn } from "./raw-sql";
export * as schema from "./schema";
export * from "./seed";
