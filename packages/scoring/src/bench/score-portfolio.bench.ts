import { cpus, totalmem } from "node:os";
import type {
  EntryRoute,
  EvidenceAssurance,
  HoldingEnvironment,
  PhiCategory,
  TriState,
} from "@ward/contracts";
import { EVIDENCE_CATALOGUE, goodValueOf } from "../evidence-catalogue";
import { scoreVendor } from "../score-vendor";
import type {
  ScoringEvidence,
  ScoringHolding,
  ScoringIncident,
  VendorRiskProfile,
  WhatIfChange,
} from "../types";
import { whatIf } from "../what-if";

// Bench files may use node: modules; nothing in src/index.ts imports this file, so the package stays isomorphic.

const PROFILES = 10_000;
const HOLDINGS = 5;
const INCIDENTS = 3;
const EVIDENCE = 40;
const AS_OF = "2026-11-27";
const TARGET_TOTAL_MS = 200;
const TARGET_WHAT_IF_MS = 1;
/** Timed passes after the cold one and one more warm-up; odd, so the median is one of them. */
const STEADY_PASSES = 9;

/** mulberry32: a small seeded generator, so every run scores the same portfolio. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const environments: HoldingEnvironment[] = ["production", "backup", "archive", "legacy", "migration_staging"];
const tri: TriState[] = ["yes", "no", "unknown"];
const assurances: EvidenceAssurance[] = ["self_attested", "documented", "verified", "public_record"];
const vectors: EntryRoute[] = [
  "stolen_credentials",
  "credential_stuffing",
  "phishing",
  "third_party",
  "unknown",
];
const categories: PhiCategory[] = [
  "name",
  "date_of_birth",
  "ssn",
  "address",
  "diagnosis",
  "medication",
  "insurance",
];
const extraFactors = ["continuity.backups_restorable", "assurance.soc2_type2", "testing.findings_remediated"];

function isoDay(random: () => number, fromYear: number, years: number): string {
  const day = Math.floor(random() * 365 * years);
  const date = new Date(Date.UTC(fromYear, 0, 1) + day * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function generateProfile(index: number, random: () => number): VendorRiskProfile {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const id = `bench-${index}`;
  const dataHoldings: ScoringHolding[] = Array.from({ length: HOLDINGS }, (_, h) => ({
    id: `${id}:h${h}`,
    system: `System ${h} of vendor ${index}`,
    productId: `${id}:p0`,
    environment: pick(environments),
    recordCount: random() < 0.1 ? null : Math.floor(10 ** (2 + random() * 5)),
    phiCategories: categories.filter(() => random() < 0.5),
    encryptedAtRest: pick(tri),
    reachableWithCustomerCredentials: pick(tri),
    migrationStatus: pick(["not_applicable", "planned", "in_progress", "stalled", "completed"] as const),
    endOfSupport: random() < 0.3 ? isoDay(random, 2020, 8) : null,
    retentionEnd: random() < 0.3 ? isoDay(random, 2020, 8) : null,
    destroyedOn: null,
    destructionEvidence: null,
    destructionAssurance: null,
  }));
  const incidents: ScoringIncident[] = Array.from({ length: INCIDENTS }, (_, n) => {
    const start = isoDay(random, 2012, 14);
    return {
      id: `${id}:i${n}`,
      title: `Incident ${n}`,
      entryRoute: pick(vectors),
      mfaAtEntry: pick(tri),
      legacySystemInvolved: pick(tri),
      dataTaken: pick(tri),
      encryptedForExtortion: pick(tri),
      serviceOutage: pick(tri),
      outageDays: random() < 0.5 ? null : Math.floor(random() * 30),
      servicesStopped: random() < 0.5 ? [] : ["Claims processing"],
      recordsAffected: Math.floor(10 ** (2 + random() * 6)),
      recordsIsPlaceholder: random() < 0.1,
      dataTypes: categories.filter(() => random() < 0.4),
      sources: [{ id: `${id}:i${n}:s0`, url: "https://example.org/report" }],
      dates: [
        { kind: "intrusion_start", date: start, sourceId: `${id}:i${n}:s0` },
        { kind: "vendor_discovery", date: isoDay(random, 2012, 14), sourceId: null },
        { kind: "vendor_discovery", date: isoDay(random, 2012, 14), sourceId: null },
        { kind: "customer_notice", date: isoDay(random, 2012, 14), sourceId: null },
      ],
      consequences:
        random() < 0.3
          ? [{ kind: pick(["lawsuit", "settlement", "regulator_fine"] as const), sourceId: null }]
          : [],
    };
  });
  const factors = [...EVIDENCE_CATALOGUE.map((e) => e.factor), ...extraFactors];
  const evidence: ScoringEvidence[] = Array.from({ length: EVIDENCE }, (_, e) => ({
    id: `${id}:e${e}`,
    factor: pick(factors),
    value: random() < 0.1 ? "unknown" : random() < 0.5,
    observedOn: isoDay(random, 2022, 5),
    sourceUrl: null,
    assurance: pick(assurances),
  }));
  return {
    vendor: {
      id,
      name: `Vendor ${index}`,
      criticality: pick(["low", "moderate", "high", "critical"] as const),
      relationshipStatus: pick(["prospect", "active", "offboarding", "former"] as const),
    },
    products: [{ id: `${id}:p0`, name: "Product", hostingModel: "vendor_hosted", endOfSupport: null }],
    dataHoldings,
    incidents,
    evidence,
  };
}

/** The benchmark's portfolio: the same profiles on every run for a given count and seed. */
export function generatePortfolio(count: number, seed = 20_261_127): VendorRiskProfile[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => generateProfile(i, random));
}

function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const memory = Math.round(totalmem() / 2 ** 30);
  const day = new Date().toISOString().slice(0, 10);
  return `Measured ${day} on ${cpus().length} × ${cpu}, ${memory} GiB, Node ${process.version}, one core (single thread).`;
}

function timeScoringPass(profiles: readonly VendorRiskProfile[]): { ms: number; contributions: number } {
  let contributions = 0;
  const started = performance.now();
  for (const profile of profiles) {
    const score = scoreVendor(profile, {}, AS_OF);
    contributions += score.dimensions.legacyDataExposure.contributions.length;
    contributions += score.dimensions.credentialHygiene.contributions.length;
    contributions += score.dimensions.breachHistory.contributions.length;
  }
  return { ms: performance.now() - started, contributions };
}

const ms = (value: number) => value.toFixed(value < 1 ? 4 : 1);

/**
 * Scores 10,000 generated vendor profiles (5 holdings, 3 incidents, 40 evidence facts each, seeded) with full
 * explanations on one core (a cold pass, then steady state), then times a two-change what-if per vendor. Returns a section for
 * docs/benchmarks.md.
 */
export async function benchScoring(): Promise<{ id: "scoring"; title: string; body: string }> {
  const profiles = generatePortfolio(PROFILES);

  // The first pass includes parsing and JIT compilation; it is reported, but the target is for steady state,
  // as in a long-running API process or a browser tab that has scored once.
  const coldMs = timeScoringPass(profiles).ms;
  timeScoringPass(profiles);
  // Steady-state passes; the median is the figure, the range shows how much the machine's load moved it. Nine
  // rather than five, so one pass slowed by a neighbour on a shared machine cannot move the median.
  const passes = Array.from({ length: STEADY_PASSES }, () => timeScoringPass(profiles));
  const sorted = passes.map((p) => p.ms).sort((a, b) => a - b);
  const totalMs = sorted[(STEADY_PASSES - 1) / 2] ?? Number.NaN;
  const contributions = passes[0]?.contributions ?? 0;

  const mfa = goodValueOf(EVIDENCE_CATALOGUE[0] as (typeof EVIDENCE_CATALOGUE)[number]);
  const samples: number[] = [];
  for (const profile of profiles) {
    const changes: WhatIfChange[] = [
      { kind: "set_evidence", factor: "mfa.remote_access", value: mfa },
      { kind: "destroy_holding", holdingId: profile.dataHoldings[0]?.id ?? "" },
    ];
    const t0 = performance.now();
    whatIf(profile, {}, AS_OF, changes);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p95 = samples[Math.ceil(0.95 * samples.length) - 1] ?? Number.NaN;
  const max = samples[samples.length - 1] ?? Number.NaN;

  const body = [
    `Scores ${PROFILES.toLocaleString("en-US")} generated vendor profiles (${HOLDINGS} data holdings, ${INCIDENTS} incidents with disagreeing dates, ${EVIDENCE} evidence facts each; seeded PRNG) with every contribution and sentence, on one core. The first pass includes JIT compilation; steady state is passes 3 to ${STEADY_PASSES + 2}.`,
    "",
    "| measure | result | target |",
    "|---|---|---|",
    `| score the portfolio, steady state (median of ${STEADY_PASSES} passes) | ${ms(totalMs)} ms (range ${ms(sorted[0] ?? Number.NaN)}–${ms(sorted[STEADY_PASSES - 1] ?? Number.NaN)}) | < ${TARGET_TOTAL_MS} ms |`,
    `| score the portfolio, first pass (total) | ${ms(coldMs)} ms | |`,
    `| per vendor | ${ms(totalMs / PROFILES)} ms | |`,
    `| contributions produced | ${contributions.toLocaleString("en-US")} | |`,
    `| what-if, two changes, per vendor (mean) | ${ms(mean)} ms | < ${TARGET_WHAT_IF_MS} ms |`,
    `| what-if per vendor (p95 / max) | ${ms(p95)} / ${ms(max)} ms | |`,
    "",
    machineLine(),
  ].join("\n");
  return { id: "scoring", title: "Risk scoring (@ward/scoring)", body };
}
