import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Asks the operating system for a port nobody is listening on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface WardServer {
  url: string;
  dataDir: string;
  output(): string;
  /** Stops Ward as an operator would (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Sends `signal` (SIGKILL for a crash) and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** The demo accounts' password in browser tests. */
export const DEMO_PASSWORD = "e2e-demo-password-2026";

export interface StartOptions {
  /** Data folder of the embedded database; a new temporary one when unset. */
  dataDir?: string;
  /** Further environment, e.g. DATABASE_URL to run on PostgreSQL. */
  env?: Record<string, string>;
  /** `compiled` (default) runs apps/api/dist/server.js as `npm start` does; `source` runs the TypeScript under tsx, as `npm run dev` does. */
  runtime?: "compiled" | "source";
}

const compiledServer = "apps/api/dist/server.js";

/** The command line of Ward's server in the given runtime. */
function serverArgs(runtime: "compiled" | "source"): string[] {
  if (runtime === "source") return ["--import", "tsx", "apps/api/src/server.ts"];
  if (!existsSync(join(repoRoot, compiledServer))) {
    throw new Error(
      `${compiledServer} is missing: build it with npm run build -w @ward/api (npm run test:e2e does)`,
    );
  }
  return [compiledServer];
}

interface Spawned {
  child: ChildProcess;
  url: string;
  dataDir: string;
  output(): string;
  exited: Promise<number | null>;
}

/** Spawns `npm start`'s server (built web, API, embedded database unless DATABASE_URL) on a free port. */
async function spawnWard(options: StartOptions): Promise<Spawned> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "ward-e2e-")));
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, serverArgs(options.runtime ?? "compiled"), {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      WARD_PUBLIC_URL: `http://127.0.0.1:${port}`,
      WARD_DATA_DIR: dataDir,
      WARD_DEMO_PASSWORD: DEMO_PASSWORD,
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, url: `http://127.0.0.1:${port}`, dataDir, output: () => output, exited };
}

/** Starts Ward as `npm start` does (built web, API, embedded database) in a data folder of the test's own. */
export async function startWard(options: StartOptions = {}): Promise<WardServer> {
  const { child, url, dataDir, output, exited } = await spawnWard(options);
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Ward exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= deadline) {
    child.kill("SIGKILL");
    throw new Error(`Ward did not become healthy in time:\n${output()}`);
  }
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      await exited;
    }
  };
  return { url, dataDir, output, stop: () => kill("SIGTERM"), kill };
}

/** Starts Ward expecting it to stop by itself (a refused start); resolves with its exit code and output. */
export async function runWardUntilExit(
  options: StartOptions = {},
): Promise<{ code: number | null; output: string }> {
  const { child, output, exited } = await spawnWard(options);
  const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}

/** Removes a data folder and the lock files Ward keeps beside it. */
export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.lock`, { recursive: true, force: true });
  await rm(`${dir}.lock.json`, { force: true });
}
