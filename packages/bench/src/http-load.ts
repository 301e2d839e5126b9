/** What one timed load (one endpoint, one round) measured. */
export interface LoadResult {
  /** Responses with a 2xx status. */
  ok: number;
  /** Responses with any other status. */
  non2xx: number;
  /** Connection errors and timeouts: requests that got no response at all. */
  errors: number;
  /**
   * Requests sent, including those still unanswered when the load stopped: the server finishes those too, and
   * its CPU time is read once it has.
   */
  sent: number;
  durationSeconds: number;
  /** 99th percentile of response time, milliseconds. */
  p99Ms: number;
  /** CPU the server process used for the load's requests, milliseconds; null when not measured. */
  cpuMs: number | null;
}

/** A load counts only when every request got a 2xx answer: a fast stream of errors is not a figure. */
export function loadFailed(load: LoadResult): boolean {
  return load.non2xx > 0 || load.errors > 0 || load.ok === 0;
}

export function requestsPerSecond(load: LoadResult): number {
  return load.ok / load.durationSeconds;
}

/** Server CPU milliseconds per request sent, or null when CPU was not measured. */
export function cpuMsPerRequest(load: LoadResult): number | null {
  return load.cpuMs === null || load.sent === 0 ? null : load.cpuMs / load.sent;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median (the mean of the middle two for an even count) and range. */
export function spread(values: number[]): Spread {
  if (values.length === 0) throw new Error("no values to summarise");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number };
}

/** An endpoint's rounds: either failed (with what failed) or its figures. */
export type EndpointSummary =
  | { failed: true; why: string }
  | { failed: false; rps: Spread; p99Ms: Spread; cpuMsPerRequest: number | null };

function failure(load: LoadResult): string {
  const all = load.ok + load.non2xx + load.errors;
  if (all === 0) return "no request answered during the load";
  return `${load.non2xx} non-2xx, ${load.errors} errors or timeouts of ${all}`;
}

export function summarize(rounds: LoadResult[]): EndpointSummary {
  const bad = rounds
    .map((load, i) => ({ load, round: i + 1 }))
    .filter(({ load }) => loadFailed(load))
    .map(({ load, round }) => `round ${round}: ${failure(load)}`);
  if (bad.length > 0 || rounds.length === 0) return { failed: true, why: bad.join("; ") || "no rounds" };
  const cpu = rounds.map(cpuMsPerRequest).filter((v): v is number => v !== null);
  return {
    failed: false,
    rps: spread(rounds.map(requestsPerSecond)),
    p99Ms: spread(rounds.map((r) => r.p99Ms)),
    cpuMsPerRequest: cpu.length === rounds.length ? spread(cpu).median : null,
  };
}

/** What issue 9 asks of one endpoint on one database. */
export interface Target {
  /** Lowest acceptable ratio of the endpoint's req/s median to health's, measured in the same run. */
  minRatio?: number;
  /** Highest acceptable p99 median, milliseconds. */
  maxP99Ms?: number;
  /** Highest acceptable server CPU per request, milliseconds. */
  maxCpuMs?: number;
}

const fixed = (value: number, digits: number) => value.toFixed(digits);

/** `12.3 (10.1–14.0)` */
export function formatSpread(s: Spread, digits: number): string {
  return `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;
}

/** The endpoint's ratio to health, null when either failed. */
export function ratioToHealth(endpoint: EndpointSummary, health: EndpointSummary): number | null {
  if (endpoint.failed || health.failed || health.rps.median === 0) return null;
  return endpoint.rps.median / health.rps.median;
}

/** The target column: each criterion with its verdict; a missed one in bold, as the other sections do. */
export function targetVerdicts(summary: EndpointSummary, ratio: number | null, target: Target): string {
  const parts: string[] = [];
  const mark = (met: boolean | null, missed: string) =>
    met === null ? "no figure" : met ? "met" : `**${missed}**`;
  if (target.minRatio !== undefined) {
    const met = ratio === null ? null : ratio >= target.minRatio;
    parts.push(`ratio ≥ ${target.minRatio}: ${mark(met, "under")}`);
  }
  if (target.maxP99Ms !== undefined) {
    const met = summary.failed ? null : summary.p99Ms.median < target.maxP99Ms;
    parts.push(`p99 < ${target.maxP99Ms} ms: ${mark(met, "over")}`);
  }
  if (target.maxCpuMs !== undefined) {
    const cpu = summary.failed ? null : summary.cpuMsPerRequest;
    parts.push(`CPU < ${target.maxCpuMs} ms: ${mark(cpu === null ? null : cpu < target.maxCpuMs, "over")}`);
  }
  return parts.join("; ");
}

export interface EndpointRow {
  database: string;
  endpoint: string;
  summary: EndpointSummary;
  ratio: number | null;
  target: Target;
}

/** The section's main table: one row per database and endpoint. */
export function loadTable(rows: EndpointRow[]): string {
  const lines = [
    "| database | endpoint | req/s median (range) | p99 ms median (range) | ratio to health | CPU ms/request | target |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const { summary } = row;
    const figures = summary.failed
      ? `**failed**: ${summary.why} | – | – | –`
      : `${formatSpread(summary.rps, 0)} | ${formatSpread(summary.p99Ms, 0)} | ${row.ratio === null ? "–" : fixed(row.ratio, 2)} | ${summary.cpuMsPerRequest === null ? "–" : fixed(summary.cpuMsPerRequest, 2)}`;
    lines.push(
      `| ${row.database} | ${row.endpoint} | ${figures} | ${targetVerdicts(summary, row.ratio, row.target) || "–"} |`,
    );
  }
  return lines.join("\n");
}

/** Health measured alone and while a search load runs, rounds side by side. */
export interface SideBySide {
  database: string;
  alone: EndpointSummary;
  duringSearch: EndpointSummary;
  /** The search load that ran meanwhile. */
  search: EndpointSummary;
}

/** Health counts as unaffected when its p99 during a search stays within this multiple of its p99 alone. */
export const UNAFFECTED_P99_FACTOR = 2;

export function sideBySideTable(rows: SideBySide[]): string {
  const cell = (s: EndpointSummary, pick: (f: Extract<EndpointSummary, { failed: false }>) => string) =>
    s.failed ? `**failed**: ${s.why}` : pick(s);
  const lines = [
    "| database | health alone req/s | health during search req/s | health alone p99 ms | health during search p99 ms | search meanwhile req/s | target |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const { alone, duringSearch, search } = row;
    const met =
      alone.failed || duringSearch.failed
        ? null
        : duringSearch.p99Ms.median <= UNAFFECTED_P99_FACTOR * alone.p99Ms.median;
    const verdict = met === null ? "no figure" : met ? "met" : "**over**";
    lines.push(
      `| ${row.database} | ${cell(alone, (s) => formatSpread(s.rps, 0))} | ${cell(duringSearch, (s) => formatSpread(s.rps, 0))} | ` +
        `${cell(alone, (s) => formatSpread(s.p99Ms, 0))} | ${cell(duringSearch, (s) => formatSpread(s.p99Ms, 0))} | ` +
        `${cell(search, (s) => formatSpread(s.rps, 0))} | p99 ≤ ${UNAFFECTED_P99_FACTOR} × alone: ${verdict} |`,
    );
  }
  return lines.join("\n");
}
