import { readFile, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";

export interface BenchSection {
  /** Stable id of the benchmark; its section in the document is replaced on each run. */
  id: string;
  title: string;
  /** Markdown body: what was measured, how, and the figures. */
  body: string;
}

/** One line naming the machine and the date, so figures are never read without their context. */
export function machineLine(now: Date): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const memory = Math.round(totalmem() / 2 ** 30);
  return `Measured ${now.toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${memory} GiB, Node ${process.version}.`;
}

const begin = (id: string) => `<!-- bench:${id} -->`;
const end = (id: string) => `<!-- /bench:${id} -->`;

/** Puts a section into the benchmarks document, replacing the previous run of the same benchmark. */
export function upsertSection(document: string, section: BenchSection): string {
  const block = `${begin(section.id)}\n## ${section.title}\n\n${section.body.trim()}\n${end(section.id)}`;
  const start = document.indexOf(begin(section.id));
  const stop = document.indexOf(end(section.id));
  if (start >= 0 && stop > start)
    return document.slice(0, start) + block + document.slice(stop + end(section.id).length);
  return `${document.trimEnd()}\n\n${block}\n`;
}

const header = `# Benchmarks

Written by \`npm run bench\`; each section is replaced when its benchmark runs again. Figures are from the machine
named in each section and are not targets for other machines.
`;

export async function writeSection(path: string, section: BenchSection): Promise<void> {
  const current = await readFile(path, "utf8").catch(() => header);
  await writeFile(path, upsertSection(current, section));
}

/** Percentile of already sorted samples, nearest-rank. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
