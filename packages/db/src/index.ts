export type { DatabaseKind, DbConfig, DbHandle, WardDb } from "./client";
export { createDb, migrationLevel } from "./client";
export { type DatabaseErrorLog, databaseErrorLog } from "./database-error";
export * from "./queries";
export * as schema from "./schema";
export * from "./seed";
