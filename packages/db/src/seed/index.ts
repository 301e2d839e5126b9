export type { SeedDemoOptions, SeedDemoResult } from "./seed-demo";
export { DEMO_ORGANIZATION, DEMO_SEED_VERSION, seedDemo } from "./seed-demo";
