import { fileURLToPath } from "node:url";
import { type BenchSection, writeSection } from "./report";

const target = fileURLToPath(new URL("../../../docs/benchmarks.md", import.meta.url));

/**
 * Every benchmark, each imported only when its turn comes: loading the database stack for the portfolio queries
 * made the scoring figures 5 to 8% slower, so the pure engine is timed before any of it is in the process.
 */
const benches: Record<string, () => Promise<BenchSection>> = {
  scoring: async () => (await import("@ward/scoring/bench")).benchScoring(),
  "vendor-list": async () =>
    (await import("./vendor-list.bench")).benchVendorList(process.env.BENCH_DATABASE_URL),
  "web-bundle": async () => (await import("./web-bundle.bench")).benchWebBundle(),
  "vendor-search": async () =>
    (await import("./vendor-search.bench")).benchVendorSearch(process.env.BENCH_DATABASE_URL),
  "http-load": async () => (await import("./http-load.bench")).benchHttpLoad(process.env.BENCH_DATABASE_URL),
  "start-up": async () => (await import("./start-up.bench")).benchStartUp(process.env.BENCH_DATABASE_URL),
};

/**
 * Runs every benchmark (or those `BENCH_ONLY` names, comma-separated) and writes its section of
 * docs/benchmarks.md. BENCH_DATABASE_URL adds PostgreSQL.
 */
async function main() {
  const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
  const unknown = only?.filter((name) => !(name in benches)) ?? [];
  if (unknown.length > 0) {
    console.error(
      `BENCH_ONLY names no benchmark: ${unknown.join(", ")}. Known: ${Object.keys(benches).join(", ")}`,
    );
    process.exit(2);
  }
  for (const [name, bench] of Object.entries(benches)) {
    if (only && !only.includes(name)) continue;
    const section = await bench();
    await writeSection(target, section);
    console.log(`${section.title}\n${section.body}\n`);
  }
}

await main();
