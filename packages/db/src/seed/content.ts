/**
 * The demo portfolio as plain data, with no database code: for tests and tools (the scoring engine's fixtures,
 * the methodology's worked example) that need the seeded facts without opening a database.
 */
export { type DemoVendor, type ParsedDemoVendor, parseDemoPortfolio } from "./demo-vendor";
export { DEMO_VENDORS } from "./demo-vendors";
