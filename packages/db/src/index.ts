export { createDb, migrationLevel } from "./client";
export type { DatabaseKind, DbConfig, DbHandle, WardDb } from "./client";
export * from "./queries";
export * as schema from "./schema";
