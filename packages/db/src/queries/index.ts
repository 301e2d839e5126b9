export * from "./audit";
export * from "./incidents";
export * from "./organizations";
export * from "./vendor-children";
export * from "./vendors";
