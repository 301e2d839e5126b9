import { fileURLToPath } from "node:url";
import { type BenchSection, writeSection } from "./report";

const target = fileURLToPath(new URL("../../../docs/benchmarks.md", import.meta.url));

/**
 * Every benchmark, each imported only when its turn comes: loading the database stack for the portfolio queries
 * made the scoring figures 5 to 8% slower, so the pure engine is timed before any of it is in the process.
 */
const benches: (() => Promise<BenchSection>)[] = [
  async () => (await import("@ward/scoring/bench")).benchScoring(),
  async () => (await import("./vendor-list.bench")).benchVendorList(process.env.BENCH_DATABASE_URL),
  async () => (await import("./web-bundle.bench")).benchWebBundle(),
  async () => (await import("./vendor-search.bench")).benchVendorSearch(process.env.BENCH_DATABASE_URL),
  async () => (await import("./start-up.bench")).benchStartUp(process.env.BENCH_DATABASE_URL),
];

/** Runs every benchmark and writes its section of docs/benchmarks.md. BENCH_DATABASE_URL adds PostgreSQL. */
async function main() {
  for (const bench of benches) {
    const section = await bench();
    await writeSection(target, section);
    console.log(`${section.title}\n${section.body}\n`);
  }
}

await main();
