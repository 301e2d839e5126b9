import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchSection, machineLine } from "./report";
import { freePort } from "./ward-process";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const RUNS = 3;

type Runtime = "compiled" | "tsx";
const runtimes: Record<Runtime, string[]> = {
  compiled: ["apps/api/dist/server.js"],
  tsx: ["--import", "tsx", "apps/api/src/server.ts"],
};

interface Start {
  /** Milliseconds from spawn to the first 200 on /api/health. */
  ms: number;
  /** Resident set size in bytes when /api/health first answered 200, read from /proc. */
  rss: number;
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb * 1024;
}

/** Starts Ward as `npm start` (compiled) or `npm run dev` (tsx) does, waits for its first 200, then stops it. */
async function timeStart(runtime: Runtime, env: Record<string, string>): Promise<Start> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, runtimes[runtime], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      WARD_DEMO_PASSWORD: "start-up-benchmark",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk) => (errors += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Ward exited with ${child.exitCode}: ${errors}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const ms = performance.now() - started;
    return { ms, rss: await rssOf(child.pid as number) };
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

async function removeFolder(dir: string) {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.lock`, { recursive: true, force: true });
  await rm(`${dir}.lock.json`, { force: true });
}

interface Case {
  name: string;
  /** Environment of one run; may prepare a folder first. */
  prepare(): Promise<Record<string, string>>;
  cleanUp(): Promise<void>;
}

async function cases(databaseUrl: string | undefined): Promise<Case[]> {
  const work = await mkdtemp(join(tmpdir(), "ward-start-up-"));
  const existing = join(work, "existing");
  let fresh = 0;
  const list: Case[] = [
    {
      name: "PGlite, existing data",
      prepare: async () => ({ WARD_DATA_DIR: existing }),
      cleanUp: () => removeFolder(existing),
    },
    {
      name: "PGlite, fresh folder",
      prepare: async () => {
        const dir = join(work, `fresh-${fresh++}`);
        return { WARD_DATA_DIR: dir };
      },
      cleanUp: () => rm(work, { recursive: true, force: true }),
    },
  ];
  if (databaseUrl) {
    list.push({
      name: "PostgreSQL, existing database",
      prepare: async () => ({ DATABASE_URL: databaseUrl }),
      cleanUp: async () => {},
    });
  }
  return list;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

function summary(values: number[], format: (n: number) => string | number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return `${format(median)} (${format(sorted[0] as number)}–${format(sorted.at(-1) as number)})`;
}

/** Times Ward's start-up, compiled against tsx, on PGlite (existing and fresh) and on PostgreSQL when given. */
export async function benchStartUp(databaseUrl: string | undefined): Promise<BenchSection> {
  // Always from a fresh build, as npm start does (Turborepo skips what has not changed).
  execFileSync("npx", ["turbo", "run", "build", "--filter=@ward/web", "--filter=@ward/api"], {
    cwd: repoRoot,
    stdio: "ignore",
  });
  const rows: string[] = [];
  const loadBefore = loadavg()[0] as number;
  for (const c of await cases(databaseUrl)) {
    // The first start of the existing-data cases creates the data; it is not counted.
    if (!c.name.includes("fresh")) await timeStart("compiled", await c.prepare());
    const results: Record<Runtime, Start[]> = { compiled: [], tsx: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const runtime of ["compiled", "tsx"] as const) {
        results[runtime].push(await timeStart(runtime, await c.prepare()));
      }
    }
    const cells = (["compiled", "tsx"] as const).map((runtime) => {
      const starts = results[runtime];
      return `${summary(
        starts.map((s) => s.ms),
        seconds,
      )} s | ${summary(
        starts.map((s) => s.rss),
        mb,
      )} MB`;
    });
    rows.push(`| ${c.name} | ${cells.join(" | ")} |`);
    await c.cleanUp();
  }

  // Start-up is mostly CPU-bound: on a shared machine the other workloads' load is part of the figure.
  const load = `Load average (1 min) ${loadBefore.toFixed(1)} before the runs, ${(loadavg()[0] as number).toFixed(1)} after.`;
  return {
    id: "start-up",
    title: "Start-up: spawn to first 200 on /api/health",
    body: `${machineLine(new Date())}

Time from spawning the server to its first 200 on \`GET /api/health\` (polled every 25 ms), and its resident set size
(VmRSS from /proc) at that moment, with the demo data on. "compiled" is \`npm start\`'s
\`node apps/api/dist/server.js\`, "tsx" the TypeScript source as \`npm run dev\` runs it. Existing data: a folder or
database a previous start created (that first start is not counted); fresh folder: a new PGlite folder each run,
which starts from the build's migrated template (packages/db/src/pglite-template.ts). ${RUNS} runs each, alternating
compiled and tsx; median (range). ${load}${databaseUrl ? "" : " PostgreSQL was not measured (BENCH_DATABASE_URL unset)."}

| case | compiled: start-up | compiled: RSS | tsx: start-up | tsx: RSS |
| ---- | -----------------: | ------------: | ------------: | -------: |
${rows.join("\n")}
`,
  };
}
