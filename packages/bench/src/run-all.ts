import { fileURLToPath } from "node:url";
import { benchScoring } from "@ward/scoring/bench";
import { writeSection } from "./report";
import { benchVendorList } from "./vendor-list.bench";

const target = fileURLToPath(new URL("../../../docs/benchmarks.md", import.meta.url));

/** Runs every benchmark and writes its section of docs/benchmarks.md. BENCH_DATABASE_URL adds PostgreSQL. */
async function main() {
  const benches = [benchScoring, () => benchVendorList(process.env.BENCH_DATABASE_URL)];
  for (const bench of benches) {
    const section = await bench();
    await writeSection(target, section);
    console.log(`${section.title}\n${section.body}\n`);
  }
}

await main();
