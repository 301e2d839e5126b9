import { describe, expect, it } from "vitest";
import {
  type EndpointSummary,
  type LoadResult,
  loadTable,
  ratioToHealth,
  sideBySideTable,
  spread,
  summarize,
  targetVerdicts,
} from "./http-load";

const load = (overrides: Partial<LoadResult> = {}): LoadResult => ({
  ok: 800,
  non2xx: 0,
  errors: 0,
  sent: 800,
  durationSeconds: 8,
  p99Ms: 40,
  cpuMs: 1600,
  ...overrides,
});

const figures = (rps: number, p99: number, cpu: number | null = 1): EndpointSummary => ({
  failed: false,
  rps: { median: rps, min: rps, max: rps },
  p99Ms: { median: p99, min: p99, max: p99 },
  cpuMsPerRequest: cpu,
});

describe("median and range", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even one", () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
    expect(spread([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10 });
  });

  it("refuses to summarise nothing", () => {
    expect(() => spread([])).toThrow();
  });
});

describe("summarising an endpoint's rounds", () => {
  it("gives req/s from 2xx answers over the duration, p99 and CPU per request sent as medians", () => {
    const summary = summarize([
      load(),
      load({ ok: 400, sent: 450, cpuMs: 900 }),
      load({ ok: 1600, sent: 1600, p99Ms: 90 }),
    ]);
    expect(summary).toEqual({
      failed: false,
      rps: { median: 100, min: 50, max: 200 },
      p99Ms: { median: 40, min: 40, max: 90 },
      cpuMsPerRequest: 2,
    });
  });

  it("reports a load with a single non-2xx answer or connection error as failed, never as a figure", () => {
    const summary = summarize([load(), load({ non2xx: 1 }), load({ errors: 2 })]);
    expect(summary.failed).toBe(true);
    expect(summary).toMatchObject({
      why: expect.stringMatching(/round 2: 1 non-2xx.*round 3: 0 non-2xx, 2 errors or timeouts of 802/),
    });
  });

  it("reports a load that got no answer at all as failed", () => {
    expect(summarize([load({ ok: 0 })])).toEqual({
      failed: true,
      why: "round 1: no request answered during the load",
    });
  });

  it("leaves CPU out when a round did not measure it", () => {
    const summary = summarize([load(), load({ cpuMs: null })]);
    expect(summary).toMatchObject({ failed: false, cpuMsPerRequest: null });
  });
});

describe("targets", () => {
  it("divides by health's median from the same run, and has no ratio when either failed", () => {
    expect(ratioToHealth(figures(250, 10), figures(1000, 5))).toBe(0.25);
    expect(ratioToHealth({ failed: true, why: "x" }, figures(1000, 5))).toBeNull();
    expect(ratioToHealth(figures(250, 10), { failed: true, why: "x" })).toBeNull();
  });

  it("marks each missed criterion in bold and a met one plainly", () => {
    const target = { minRatio: 0.25, maxP99Ms: 100, maxCpuMs: 2 };
    expect(targetVerdicts(figures(250, 99, 1.5), 0.25, target)).toBe(
      "ratio ≥ 0.25: met; p99 < 100 ms: met; CPU < 2 ms: met",
    );
    expect(targetVerdicts(figures(200, 100, 2), 0.2, target)).toBe(
      "ratio ≥ 0.25: **under**; p99 < 100 ms: **over**; CPU < 2 ms: **over**",
    );
  });

  it("gives a failed endpoint no verdict rather than a pass", () => {
    expect(targetVerdicts({ failed: true, why: "x" }, null, { minRatio: 0.1, maxP99Ms: 500 })).toBe(
      "ratio ≥ 0.1: no figure; p99 < 500 ms: no figure",
    );
  });
});

describe("report tables", () => {
  it("writes a failed endpoint's failure in place of its figures", () => {
    const table = loadTable([
      { database: "PGlite", endpoint: "health", summary: figures(1000, 20), ratio: 1, target: {} },
      {
        database: "PGlite",
        endpoint: "search",
        summary: { failed: true, why: "round 1: 3 non-2xx, 0 errors of 90" },
        ratio: null,
        target: { maxP99Ms: 500 },
      },
    ]);
    expect(table).toContain("| PGlite | health | 1000 (1000–1000) | 20 (20–20) | 1.00 | 1.00 | – |");
    expect(table).toContain(
      "| PGlite | search | **failed**: round 1: 3 non-2xx, 0 errors of 90 | – | – | – |",
    );
  });

  it("holds health during a search against twice its p99 alone", () => {
    const row = (during: number) =>
      sideBySideTable([
        {
          database: "PGlite",
          alone: figures(900, 50),
          duringSearch: figures(300, during),
          search: figures(40, 900),
        },
      ]);
    expect(row(100)).toContain("p99 ≤ 2 × alone: met");
    expect(row(101)).toContain("p99 ≤ 2 × alone: **over**");
  });
});
