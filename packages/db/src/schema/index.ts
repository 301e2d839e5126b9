export * from "./audit";
export * from "./auth";
export * from "./evidence";
export * from "./incidents";
export * from "./organizations";
export * from "./scenarios";
export * from "./scores";
export * from "./vendors";
