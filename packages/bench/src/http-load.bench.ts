import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@ward/db";
import autocannon from "autocannon";
import {
  type EndpointRow,
  formatSpread,
  type LoadResult,
  loadTable,
  ratioToHealth,
  type SideBySide,
  type Spread,
  sideBySideTable,
  spread,
  summarize,
  type Target,
} from "./http-load";
import { freshPostgres, type PreparedPortfolio, preparePortfolio } from "./load-portfolio";
import { processCpuMs } from "./proc-stat";
import { type BenchSection, machineLine } from "./report";
import { buildWard, type RunningWard, signIn, startWard, wardServerCommand } from "./ward-process";

const GENERATED_VENDORS = 5_000;
const CONNECTIONS = 50;
const ROUNDS = 3;
/**
 * Connections of the health probe held against a search: few, as a load balancer's checks are, so its latency
 * shows whether a search holds other requests up rather than how health queues behind itself at 50.
 */
const PROBE_CONNECTIONS = 2;
const WARM_UP_SECONDS = 2;
const PASSWORD = "bench-demo-password-2026";
const ANALYST = "analyst@demo.ward.test";
const ADMIN = "admin@demo.ward.test";
/** Matches a handful of generated vendors by name (the section reports how many). */
const SEARCH_TERM = "medcore systems";
/** The PATCH load edits these many vendors in turn, as a team edits different vendors, not one row all at once. */
const PATCH_VENDORS = 200;
/** The name of the fresh database on the PostgreSQL server of BENCH_DATABASE_URL. */
const POSTGRES_DATABASE = "ward_bench_http";

type Endpoint = "health" | "list" | "search" | "score" | "patch" | "rescore";

const labels: Record<Endpoint, string> = {
  health: "health `GET /api/health`",
  list: "list `GET /api/vendors`",
  search: `search \`GET /api/vendors?q=${SEARCH_TERM}\``,
  score: "score `GET /api/vendors/:id/score`",
  patch: "edit `PATCH /api/vendors/:id` (description)",
  rescore: "rescoring edit `PATCH /api/vendors/:id` (criticality)",
};

/** Issue 9's targets per database. Reads (list, search, score) share the CPU target. */
const targets: Record<"postgres" | "pglite", Record<Endpoint, Target>> = {
  postgres: {
    health: {},
    list: { minRatio: 0.25, maxP99Ms: 100, maxCpuMs: 2 },
    search: { minRatio: 0.15, maxCpuMs: 2 },
    score: { minRatio: 0.25, maxP99Ms: 100, maxCpuMs: 2 },
    patch: { minRatio: 0.1 },
    rescore: { minRatio: 0.1 },
  },
  pglite: {
    health: { maxP99Ms: 500 },
    list: { maxP99Ms: 500, maxCpuMs: 2 },
    search: { maxP99Ms: 500, maxCpuMs: 2 },
    score: { maxP99Ms: 500, maxCpuMs: 2 },
    patch: { maxP99Ms: 500 },
    rescore: { maxP99Ms: 500 },
  },
};

/**
 * Seconds each load runs: `WARD_BENCH_SECONDS`, 6 unless set. Three rounds of eight loads on two databases are
 * 288 s at 6 s, which with preparing the portfolios keeps the benchmark near seven minutes.
 */
function loadSeconds(): number {
  const raw = process.env.WARD_BENCH_SECONDS;
  if (raw === undefined || raw === "") return 6;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 600) {
    throw new Error(`WARD_BENCH_SECONDS must be a number of seconds from 1 to 600, not "${raw}"`);
  }
  return seconds;
}

/** PATCH requests to `ids` in turn, the n-th with the body `body(n, ids.length)`. */
function editsInTurn(ids: string[], body: (edits: number, vendors: number) => object): autocannon.Request[] {
  let edits = 0;
  return [
    {
      method: "PATCH",
      setupRequest: (request) => {
        edits += 1;
        return {
          ...request,
          path: `/api/vendors/${ids[edits % ids.length]}`,
          body: JSON.stringify(body(edits, ids.length)),
        };
      },
    },
  ];
}

/**
 * The requests of one endpoint's load. The edits go to a different vendor each time: one changes its description,
 * which scoring does not read; the other moves its criticality between high and critical, so nearly every request
 * rescores the vendor and stores a snapshot.
 */
function requestsFor(endpoint: Endpoint, portfolio: PreparedPortfolio): autocannon.Request[] {
  switch (endpoint) {
    case "health":
      return [{ method: "GET", path: "/api/health" }];
    case "list":
      return [{ method: "GET", path: "/api/vendors" }];
    case "search":
      return [{ method: "GET", path: `/api/vendors?q=${encodeURIComponent(SEARCH_TERM)}` }];
    case "score":
      return [{ method: "GET", path: `/api/vendors/${portfolio.scoreVendorId}/score` }];
    case "patch":
      return editsInTurn(portfolio.patchVendorIds, (edits) => ({
        description: `Load benchmark edit ${edits} at ${Date.now()}`,
      }));
    case "rescore":
      // Each pass over the vendors sets the other level, so a vendor's criticality changes at every edit.
      return editsInTurn(portfolio.patchVendorIds, (edits, vendors) => ({
        criticality: Math.floor(edits / vendors) % 2 === 0 ? "critical" : "high",
      }));
  }
}

async function cannon(
  ward: RunningWard,
  session: Record<string, string>,
  requests: autocannon.Request[],
  seconds: number,
  connections = CONNECTIONS,
): Promise<autocannon.Result> {
  return autocannon({
    url: ward.url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: session,
    requests,
  });
}

function asLoad(result: autocannon.Result, cpuMs: number | null): LoadResult {
  if (result.non2xx > 0) console.warn(`${result.title ?? ""} non-2xx statuses`, result.statusCodeStats);
  return {
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    sent: result.requests.sent,
    durationSeconds: result.duration,
    p99Ms: result.latency.p99,
    cpuMs,
  };
}

/**
 * Waits until Ward has finished the requests a load left unanswered when it stopped (it completes them although
 * their connections are gone), so they neither slow the next load nor leave its CPU time uncounted. Health's query
 * queues behind theirs, so its answer means they are done. Returns the seconds that took.
 */
async function drain(ward: RunningWard): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${ward.url}/api/health`, { signal: AbortSignal.timeout(180_000) });
  if (!res.ok) throw new Error(`health answered ${res.status} after a load`);
  return (performance.now() - started) / 1000;
}

/** One load, with the server's CPU time read before it and after Ward has finished its requests. */
async function measure(
  ward: RunningWard,
  session: Record<string, string>,
  requests: autocannon.Request[],
  seconds: number,
  drains: number[],
): Promise<LoadResult> {
  const before = await processCpuMs(ward.pid);
  const result = await cannon(ward, session, requests, seconds);
  drains.push(await drain(ward));
  return asLoad(result, (await processCpuMs(ward.pid)) - before);
}

/** Waits until Ward has scored every vendor with the current methodology (it queues them at start). */
async function waitForRescoring(ward: RunningWard): Promise<number> {
  const started = performance.now();
  const admin = await signIn(ward, ADMIN, PASSWORD);
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${ward.url}/api/jobs`, { headers: admin, signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`GET /api/jobs answered ${res.status}`);
    const { rescoring } = (await res.json()) as { rescoring: { total: number; current: number } };
    if (rescoring.total > 0 && rescoring.current === rescoring.total)
      return (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("Ward did not finish scoring the portfolio in 10 minutes");
}

interface DatabaseRun {
  label: string;
  rows: EndpointRow[];
  sideBySide: SideBySide;
  prepared: PreparedPortfolio;
  rescoringSeconds: number;
  /** How long Ward took to finish a load's unanswered requests after it stopped. */
  drainSeconds: Spread;
}

const endpoints: Endpoint[] = ["health", "list", "search", "score", "patch", "rescore"];

async function loadOneDatabase(
  label: string,
  kind: "postgres" | "pglite",
  prepared: PreparedPortfolio,
  env: Record<string, string>,
  seconds: number,
): Promise<DatabaseRun> {
  const ward = await startWard(env, PASSWORD);
  console.log(`${label}: Ward is up`);
  try {
    const rescoringSeconds = await waitForRescoring(ward);
    const session = await signIn(ward, ANALYST, PASSWORD);
    const all = endpoints.flatMap((e) => requestsFor(e, prepared));
    await cannon(ward, session, all, WARM_UP_SECONDS);
    const drains = [await drain(ward)];
    const rounds = new Map<
      Endpoint | "probeAlone" | "probeDuringSearch" | "searchDuringProbe",
      LoadResult[]
    >();
    const record = (key: Parameters<typeof rounds.get>[0], load: LoadResult) =>
      rounds.set(key, [...(rounds.get(key) ?? []), load]);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const endpoint of endpoints) {
        record(endpoint, await measure(ward, session, requestsFor(endpoint, prepared), seconds, drains));
      }
      const probe = () => cannon(ward, session, requestsFor("health", prepared), seconds, PROBE_CONNECTIONS);
      record("probeAlone", asLoad(await probe(), null));
      drains.push(await drain(ward));
      const [health, search] = await Promise.all([
        probe(),
        cannon(ward, session, requestsFor("search", prepared), seconds),
      ]);
      drains.push(await drain(ward));
      record("probeDuringSearch", asLoad(health, null));
      record("searchDuringProbe", asLoad(search, null));
      console.log(`${label}: round ${round} of ${ROUNDS} done`);
    }
    const summaries = new Map(endpoints.map((e) => [e, summarize(rounds.get(e) ?? [])]));
    const health = summaries.get("health") ?? summarize([]);
    const rows = endpoints.map((endpoint) => {
      const summary = summaries.get(endpoint) ?? summarize([]);
      return {
        database: label,
        endpoint: labels[endpoint],
        summary,
        ratio: ratioToHealth(summary, health),
        target: targets[kind][endpoint],
      };
    });
    const sideBySide = {
      database: label,
      alone: summarize(rounds.get("probeAlone") ?? []),
      duringSearch: summarize(rounds.get("probeDuringSearch") ?? []),
      search: summarize(rounds.get("searchDuringProbe") ?? []),
    };
    return { label, rows, sideBySide, prepared, rescoringSeconds, drainSeconds: spread(drains) };
  } finally {
    await ward.stop();
  }
}

async function onPglite(seconds: number): Promise<DatabaseRun> {
  const dataDir = await mkdtemp(join(tmpdir(), "ward-http-load-"));
  try {
    const prepared = await preparePortfolio(() => createDb({ dataDir }), GENERATED_VENDORS, {
      patchVendors: PATCH_VENDORS,
      searchTerm: SEARCH_TERM,
    });
    console.log("PGlite: portfolio prepared");
    return await loadOneDatabase(
      "PGlite (data folder)",
      "pglite",
      prepared,
      { WARD_DATA_DIR: dataDir },
      seconds,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(`${dataDir}.lock`, { recursive: true, force: true });
    await rm(`${dataDir}.lock.json`, { force: true });
  }
}

async function onPostgres(adminUrl: string, seconds: number): Promise<DatabaseRun> {
  const databaseUrl = await freshPostgres(adminUrl, POSTGRES_DATABASE);
  const prepared = await preparePortfolio(() => createDb({ databaseUrl, dataDir: "" }), GENERATED_VENDORS, {
    patchVendors: PATCH_VENDORS,
    searchTerm: SEARCH_TERM,
  });
  console.log("PostgreSQL: portfolio prepared");
  return loadOneDatabase(
    "PostgreSQL 127.0.0.1",
    "postgres",
    prepared,
    { DATABASE_URL: databaseUrl },
    seconds,
  );
}

/**
 * Ward's API under HTTP load: autocannon with 50 connections against a signed-in demo member's 5,000-vendor
 * portfolio, on PGlite and (with BENCH_DATABASE_URL) on PostgreSQL, each figure held against health's in the
 * same run.
 */
export async function benchHttpLoad(databaseUrl: string | undefined): Promise<BenchSection> {
  buildWard();
  const now = new Date();
  const seconds = loadSeconds();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
  const runs = [await onPglite(seconds)];
  if (databaseUrl) runs.push(await onPostgres(databaseUrl, seconds));
  const server = wardServerCommand().shown;
  const first = runs[0]?.prepared;
  const rescoring = runs.map((r) => `${r.label} ${r.rescoringSeconds.toFixed(0)} s`).join(", ");
  const drained = runs.map((r) => `${r.label} ${formatSpread(r.drainSeconds, 1)} s`).join(", ");
  return {
    id: "http-load",
    title: "HTTP load on the API",
    body: `${machineLine(now)} Load average when the benchmark started: ${load} (1, 5, 15 minutes).

Ward's server (\`${server}\`) runs as a child process on a database prepared before it starts: migrated, the
demo organization seeded, and ${GENERATED_VENDORS.toLocaleString("en")} generated vendors (\`seedGeneratedPortfolio\`)
moved into it, ${first?.vendors.toLocaleString("en")} vendors in all. The generated vendors' scores are marked as
the current methodology's, so Ward does not spend the load rescoring them in the background; the demo vendors are
scored after start as on any first start, and the load waits for that (${rescoring}). Signed in over the API as
the demo analyst, autocannon runs ${CONNECTIONS} connections (10 s timeout) for ${seconds} s per load, in ${ROUNDS}
interleaved rounds of health, list (first page, default sort), search (\`${SEARCH_TERM}\`, ${first?.searchMatches}
matching vendors), the score of the demo vendor with the most incidents, and two PATCHes over ${PATCH_VENDORS} vendors in turn: one
changes the description (a different text each time; scoring does not read it, so Ward writes the change and its
audit event and rescores nothing), the other moves the criticality between high and critical (so nearly every
request rescores the vendor and stores a snapshot); after one ${WARM_UP_SECONDS} s warm-up of all six together.

After each load the next waits until Ward has finished the requests still open when autocannon stopped (it
completes them although their connections are gone); that took ${drained}, median (range).

req/s counts 2xx answers; a load with any other status, a connection error or a timeout is reported as failed,
never as a figure. Ratio is the endpoint's req/s median over health's median on the same database. CPU is the
server process's user plus system time (\`/proc/<pid>/stat\`) from the load's start until its requests are done,
divided by the requests sent;
on PGlite it includes the database, which runs inside that process. Medians of the ${ROUNDS} rounds, range in
parentheses. Targets are issue 9's.

${loadTable(runs.flatMap((r) => r.rows))}

Health as a probe of ${PROBE_CONNECTIONS} connections, alone and while a search load of ${CONNECTIONS} connections
runs against the same server, both as the last loads of each round; health counts as unaffected when its p99
median during the search stays within twice its p99 median alone:

${sideBySideTable(runs.map((r) => r.sideBySide))}
`,
  };
}
