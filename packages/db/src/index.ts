export type { DatabaseKind, DbConfig, DbHandle, WardDb } from "./client";
export { createDb, migrationLevel } from "./client";
export * from "./queries";
export * as schema from "./schema";
export * from "./seed";
