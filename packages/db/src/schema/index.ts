export * from "./audit";
export * from "./evidence";
export * from "./incidents";
export * from "./organizations";
export * from "./vendors";
