export type { DatabaseKind, DbConfig, DbHandle, RawSql, WardDb } from "./client";
export { createDb, migrationLevel } from "./client";
export { type DatabaseErrorLog, databaseErrorLog } from "./database-error";
export * from "./queries";
export { rawSqlIn } from "./raw-sql";
export * as schema from "./schema";
export * from "./seed";
