import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * The command that runs Ward's server, from the repository root. The one place to change when `npm start` runs a
 * compiled build: the load should measure what operators run.
 */
export function wardServerCommand(): { command: string; args: string[]; shown: string } {
  // `npm start`'s compiled server, built by `buildWard` first.
  const args = ["apps/api/dist/server.js"];
  return { command: process.execPath, args, shown: ["node", ...args].join(" ") };
}

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

export interface RunningWard {
  url: string;
  /** Process id of the server itself, whose CPU time the benchmark reads. */
  pid: number;
  output(): string;
  /** Stops Ward as an operator would (SIGTERM), killing it if it has not exited in 20 s. */
  stop(): Promise<void>;
}

/** Starts Ward with `env` on a free port and waits until `/api/health` answers. */
export async function startWard(env: Record<string, string>, password: string): Promise<RunningWard> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { command, args } = wardServerCommand();
  let output = "";
  const child: ChildProcess = spawn(command, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      WARD_PUBLIC_URL: url,
      WARD_DEMO_PASSWORD: password,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Ward exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) })).ok) {
        if (child.pid === undefined) throw new Error("Ward's process has no id");
        return { url, pid: child.pid, output: () => output, stop };
      }
    } catch {
      // Not listening yet, or too busy to answer within 5 s.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`Ward did not become healthy in time:\n${output}`);
}

/** A signed-in demo member's session, as headers autocannon sends with every request. */
export async function signIn(
  ward: RunningWard,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const headers = { origin: ward.url, "content-type": "application/json" };
  const res = await fetch(`${ward.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  // Writes need the Origin header (the server refuses cross-site writes); reads simply carry it too.
  return { ...headers, cookie };
}

/** Builds what `npm start` runs (the web app and the compiled API), so the figures describe today's code. */
export function buildWard(): void {
  execFileSync("npx", ["turbo", "run", "build", "--filter=@ward/web", "--filter=@ward/api"], {
    cwd: repoRoot,
    stdio: "ignore",
  });
}
