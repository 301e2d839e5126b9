export type { DatabaseKind, DbConfig, DbHandle, MigrationLevel, RawSql, WardDb } from "./client";
export { createDb, readMigrationLevel } from "./client";
export { type DatabaseErrorLog, databaseErrorLog } from "./database-error";
export * from "./queries";
export { rawSqlIn } from "./raw-sql";
export * as schema from "./schema";
export * from "./seed";
