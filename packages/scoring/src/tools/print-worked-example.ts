// Prints the worked example of docs/methodology.md: Oracle Health scored on the seed data, as markdown tables.
// Every figure in that section of the document comes from this output, so a change to the engine or the seed is
// one run away from a corrected document:
//   cd packages/scoring && npx tsx src/tools/print-worked-example.ts
// Nothing in src/index.ts imports this file; it reads the seed content only, with no database.
import { DEMO_VENDORS, type ParsedDemoVendor, parseDemoPortfolio } from "@ward/db/seed-content";
import { freshness } from "../evidence-answers";
import { sensitivityWeight, sizeWeight } from "../holding-exposure";
import { isSevere, recencyWeight, SENSITIVE_CATEGORIES } from "../incident-severity";
import { incidentAgeYears, resolveIncidentTimeline } from "../incident-timeline";
import { dayNumber } from "../plain-language";
import { METHODOLOGY_VERSION, scoreVendor } from "../score-vendor";
import { DEFAULT_SETTINGS } from "../scoring-context";
import { goodEvidence } from "../testing/score-lookups";
import { profileFromSeed, SEED_AS_OF } from "../testing/seed-profiles";
import { TIER_LABELS, tierOf } from "../tiers";
import type {
  DimensionId,
  ScoreContribution,
  ScoreDeltas,
  VendorRiskProfile,
  VendorRiskScore,
  WhatIfChange,
} from "../types";
import { DIMENSION_IDS } from "../types";
import { whatIf } from "../what-if";
import { suggestWhatIfs } from "../what-if-suggestions";

const SEED_KEY = "oracle-health";

const DIMENSION_SHORT: Record<DimensionId, string> = {
  legacyDataExposure: "legacy data",
  credentialHygiene: "credentials",
  breachHistory: "breach history",
};

/** A table cell: pipes escaped, line breaks flattened. */
function cell(value: string | number | boolean | null): string {
  if (value === null) return "-";
  return String(value).replaceAll("|", "\\|").replaceAll("\n", " ");
}

function table(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const line = (values: readonly (string | number | null)[]) => `| ${values.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const points = (value: number) => value.toFixed(1);
const signed = (value: number) => (value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1));

/** Which kind of fact a contribution rests on: a public record, made-up demo data, or nothing at all. */
function basisOf(entry: ParsedDemoVendor, profile: VendorRiskProfile, item: ScoreContribution): string {
  const { kind, id } = item.source;
  if (kind === "missing") return "no answer";
  if (kind === "incident") return "public record";
  if (kind === "data_holding" || kind === "product") return "demo (is_demo)";
  // The hospital's criticality rating is part of the made-up demo hospital; the PHI factors read its holdings.
  if (kind === "vendor")
    return item.factorId === "inherent.criticality" ? "demo hospital's own rating" : "demo (is_demo)";
  const index = profile.evidence.findIndex((row) => row.id === id);
  return entry.evidence[index]?.isDemo ? "demo (is_demo)" : "public record";
}

/** A short name for the record behind a contribution. */
function recordOf(profile: VendorRiskProfile, item: ScoreContribution): string {
  const { kind, id } = item.source;
  if (item.factorId.startsWith("inherent.phi_")) return `all ${profile.dataHoldings.length} holdings`;
  if (kind === "data_holding") return profile.dataHoldings.find((h) => h.id === id)?.system ?? "holding";
  if (kind === "product") return profile.products.find((p) => p.id === id)?.name ?? "product";
  if (kind === "incident") return "2025 incident";
  if (kind === "evidence") return "evidence row";
  if (kind === "vendor") return "vendor record";
  return "-";
}

function printInputs(entry: ParsedDemoVendor, profile: VendorRiskProfile, asOfDay: number): void {
  console.log("#### Seeded inputs\n");
  console.log(
    table(
      [
        "holding (demo)",
        "environment",
        "records",
        "sensitive kinds",
        "encrypted",
        "hospital logins reach it",
        "migration",
        "end of support",
        "exposure weight",
      ],
      profile.dataHoldings.map((h) => {
        const sensitive = h.phiCategories.filter((c) => SENSITIVE_CATEGORIES.has(c)).length;
        const weight = sizeWeight(h.recordCount) * sensitivityWeight(h.phiCategories);
        return [
          h.system,
          h.environment,
          h.recordCount,
          sensitive,
          h.encryptedAtRest,
          h.reachableWithCustomerCredentials,
          h.migrationStatus,
          h.endOfSupport,
          weight.toFixed(3),
        ];
      }),
    ),
  );
  console.log("");
  console.log(
    table(
      ["evidence key", "value", "observed on", "basis", "freshness weight on the as-of date"],
      profile.evidence.map((row, i) => [
        `\`${row.factor}\``,
        String(row.value),
        row.observedOn,
        entry.evidence[i]?.isDemo ? "demo (is_demo)" : "public record",
        freshness(asOfDay - dayNumber(row.observedOn), DEFAULT_SETTINGS.evidenceFreshnessDays).toFixed(2),
      ]),
    ),
  );
  console.log("");
}

function printTimeline(entry: ParsedDemoVendor, profile: VendorRiskProfile, asOfDay: number): void {
  const seeded = entry.incidents[0];
  const incident = profile.incidents[0];
  if (!seeded || !incident) throw new Error("The Oracle Health seed has no incident");
  const publisher = (sourceId: string | null) => {
    const index = incident.sources.findIndex((s) => s.id === sourceId);
    return seeded.sources[index]?.publisher ?? "-";
  };
  console.log(
    `#### The 2025 incident (public record): ${incident.entryRoute}, MFA at entry ${incident.mfaAtEntry}, legacy system ${incident.legacySystemInvolved}, ${incident.recordsAffected} records filed (placeholder: ${incident.recordsIsPlaceholder})\n`,
  );
  console.log(
    table(
      ["dated claim", "date", "source"],
      incident.dates.map((d) => [d.kind, d.date, publisher(d.sourceId)]),
    ),
  );
  const timeline = resolveIncidentTimeline(incident, asOfDay);
  const age = incidentAgeYears(timeline, asOfDay);
  const severe = isSevere(incident);
  console.log("");
  console.log(
    table(
      ["measure", "rule", "result"],
      [
        [
          "dwell time",
          "earliest intrusion start to the later discovery claim",
          `${timeline.intrusionStart?.date} to ${timeline.discoveryLatest?.date}: ${timeline.dwellDays} days`,
        ],
        [
          "notice lag",
          "earlier discovery claim to the later customer notice",
          `${timeline.discoveryEarliest?.date} to ${timeline.noticeLatest?.date}: ${timeline.noticeLagDays} days`,
        ],
        [
          "age",
          "from the later intrusion-start claim",
          `${timeline.reference?.date}: ${age.toFixed(2)} years`,
        ],
        [
          "recency weight",
          severe
            ? "full for a year, half-life 3 years, floor 0.35 (severe)"
            : "full for a year, half-life 3 years",
          recencyWeight(age, severe).toFixed(3),
        ],
      ],
    ),
  );
  console.log("");
}

function contributionRows(
  entry: ParsedDemoVendor,
  profile: VendorRiskProfile,
  list: readonly ScoreContribution[],
) {
  return list.map((item, i) => [
    i + 1,
    `\`${item.factorId}\``,
    points(item.points),
    `${recordOf(profile, item)}; ${basisOf(entry, profile, item)}`,
    item.explanation,
    item.question,
  ]);
}

const CONTRIBUTION_HEADER = [
  "#",
  "factor",
  "points",
  "record; basis",
  "explanation (as the engine writes it)",
  "question to ask",
];

/** "119.4 listed: public record 16.2, demo 87.0, no answer 16.2", so the document can say how much is demo data. */
function pointsByBasis(
  entry: ParsedDemoVendor,
  profile: VendorRiskProfile,
  list: readonly ScoreContribution[],
): string {
  const totals = new Map<string, number>([
    ["public record", 0],
    ["demo", 0],
    ["no answer", 0],
  ]);
  let all = 0;
  for (const item of list) {
    const basis = basisOf(entry, profile, item);
    const group = basis.startsWith("demo") ? "demo" : basis;
    totals.set(group, (totals.get(group) ?? 0) + item.points);
    all += item.points;
  }
  const parts = [...totals].map(([group, total]) => `${group} ${points(total)}`);
  return `${points(all)} listed: ${parts.join(", ")}${all > 100 ? "; capped at 100" : ""}`;
}

function printScores(entry: ParsedDemoVendor, profile: VendorRiskProfile, score: VendorRiskScore): void {
  const { inherent } = score;
  console.log(
    `#### Inherent risk: ${points(inherent.score)}, ${TIER_LABELS[inherent.tier]}, reassess every ${inherent.reassessmentMonths} months (${pointsByBasis(entry, profile, inherent.contributions)})\n`,
  );
  console.log(table(CONTRIBUTION_HEADER, contributionRows(entry, profile, inherent.contributions)));
  console.log("");
  for (const id of DIMENSION_IDS) {
    const dimension = score.dimensions[id];
    console.log(
      `#### ${dimension.label}: ${points(dimension.score)}, ${TIER_LABELS[dimension.tier]}, confidence ${dimension.confidence.toFixed(2)} (${pointsByBasis(entry, profile, dimension.contributions)})\n`,
    );
    console.log(table(CONTRIBUTION_HEADER, contributionRows(entry, profile, dimension.contributions)));
    console.log("");
  }
}

/** The overall score's arithmetic, next to the plain mean it replaces. */
function overallLine(score: VendorRiskScore): string {
  const share = DEFAULT_SETTINGS.worstDimensionShare;
  const mean = DIMENSION_IDS.reduce((sum, id) => sum + score.dimensions[id].score, 0) / DIMENSION_IDS.length;
  const worst = score.dimensions[score.overall.drivenBy];
  return `${share} x ${points(worst.score)} (worst: ${worst.label.toLowerCase()}) + ${(1 - share).toFixed(1)} x ${mean.toFixed(2)} (mean of the three) = ${points(score.overall.score)}, ${TIER_LABELS[score.overall.tier]}. A plain mean would say ${mean.toFixed(1)}, ${TIER_LABELS[tierOf(mean)]}.`;
}

function printOverall(score: VendorRiskScore): void {
  const { overall } = score;
  console.log(
    `#### Overall: ${points(overall.score)}, ${TIER_LABELS[overall.tier]}, confidence ${overall.confidence.toFixed(2)}\n`,
  );
  console.log(
    table(
      ["dimension", "score", "tier", "confidence"],
      DIMENSION_IDS.map((id) => {
        const d = score.dimensions[id];
        return [d.label, points(d.score), TIER_LABELS[d.tier], d.confidence.toFixed(2)];
      }),
    ),
  );
  console.log("");
  console.log(`${overallLine(score)} Engine's sentence: "${overall.explanation}"\n`);
}

function printWhatIfs(profile: VendorRiskProfile): void {
  const header = [
    "action",
    "change",
    ...DIMENSION_IDS.map((id) => `Δ ${DIMENSION_SHORT[id]}`),
    "Δ overall",
    "Δ inherent",
  ];
  const row = (label: string, changes: readonly WhatIfChange[], deltas: ScoreDeltas) => [
    label,
    changes.length > 3 ? `${changes.length} changes` : changes.map((c) => c.kind).join(", "),
    ...DIMENSION_IDS.map((id) => signed(deltas[id])),
    signed(deltas.overall),
    signed(deltas.inherent),
  ];
  const evaluate = (label: string, changes: readonly WhatIfChange[]) =>
    row(label, changes, whatIf(profile, {}, SEED_AS_OF, changes).deltas);
  const suggestions = suggestWhatIfs(profile, SEED_AS_OF);
  const all = suggestions.flatMap((s) => s.changes);
  // Two changes the suggestions leave out: one isolation alone changes nothing while the dimension sits above the
  // cap, and closing the 2025 route (hospital logins into the old copies) shows what that cap hides.
  const oldCopies = profile.dataHoldings.filter((h) => h.environment !== "production");
  const first = oldCopies[0];
  if (!first) throw new Error("The Oracle Health seed has no old copy");
  const route: WhatIfChange[] = [
    ...oldCopies.map((h): WhatIfChange => ({ kind: "isolate_holding", holdingId: h.id })),
    { kind: "set_evidence", factor: "mfa.customer_logins", value: true },
  ];
  console.log("#### What-if: the engine's suggestions, largest overall reduction first\n");
  console.log(
    table(header, [
      ...suggestions.map((s) => row(s.label, s.changes, s.deltas)),
      evaluate("All six suggestions together", all),
      evaluate(`(not suggested) Cut hospital logins off from ${first.system} only`, [
        { kind: "isolate_holding", holdingId: first.id },
      ]),
      evaluate(
        "(not suggested) Close the 2025 route: cut hospital logins off from both old copies and require MFA on customer logins",
        route,
      ),
    ]),
  );
  console.log("");
  const { before, after } = whatIf(profile, {}, SEED_AS_OF, all);
  const moves = DIMENSION_IDS.map(
    (id) =>
      `${DIMENSION_SHORT[id]} ${points(before.dimensions[id].score)} to ${points(after.dimensions[id].score)}`,
  );
  console.log(
    `All six together: overall ${points(before.overall.score)} (${TIER_LABELS[before.overall.tier]}) to ${points(after.overall.score)} (${TIER_LABELS[after.overall.tier]}); ${moves.join(", ")}.\n`,
  );
}

/**
 * Section 3 of the document: the same holdings at a vendor that answers every other question well and has no
 * incident. The public answer that data awaits migration is kept, since the holdings say so too.
 */
function printSevereGap(profile: VendorRiskProfile): void {
  const keep = profile.evidence.filter((row) => row.factor === "legacy.unmigrated_data");
  const good = goodEvidence(undefined, SEED_AS_OF).filter((row) => row.factor !== "legacy.unmigrated_data");
  const score = scoreVendor({ ...profile, incidents: [], evidence: [...good, ...keep] }, {}, SEED_AS_OF);
  console.log("#### One severe gap: Oracle Health's seeded holdings at an otherwise exemplary vendor\n");
  console.log(
    table(
      ["dimension", "score", "tier"],
      DIMENSION_IDS.map((id) => {
        const d = score.dimensions[id];
        return [d.label, points(d.score), TIER_LABELS[d.tier]];
      }),
    ),
  );
  console.log("");
  console.log(overallLine(score));
}

/** Section 7 of the document: the seed portfolio the point values were calibrated on. */
function printPortfolio(): void {
  const rows = parseDemoPortfolio(DEMO_VENDORS).map((entry) => {
    const score = scoreVendor(profileFromSeed(entry), {}, SEED_AS_OF);
    const { inherent, overall } = score;
    const dimensionCells = DIMENSION_IDS.map((id) => {
      const d = score.dimensions[id];
      return `${points(d.score)} ${TIER_LABELS[d.tier]}`;
    });
    return [
      entry.vendor.name,
      `${points(inherent.score)} ${TIER_LABELS[inherent.tier]} (${inherent.reassessmentMonths} mo)`,
      ...dimensionCells,
      `${points(overall.score)} ${TIER_LABELS[overall.tier]}`,
      overall.confidence.toFixed(2),
    ];
  });
  console.log(`\n#### The seed portfolio on ${SEED_AS_OF}\n`);
  console.log(
    table(
      [
        "vendor",
        "inherent (cadence)",
        "legacy data",
        "credentials",
        "breach history",
        "overall",
        "confidence",
      ],
      rows,
    ),
  );
}

function main(): void {
  const entry = parseDemoPortfolio(DEMO_VENDORS).find((v) => v.seedKey === SEED_KEY);
  if (!entry) throw new Error(`No seeded vendor "${SEED_KEY}"`);
  const profile = profileFromSeed(entry);
  const asOfDay = dayNumber(SEED_AS_OF);
  const score = scoreVendor(profile, {}, SEED_AS_OF);
  console.log(
    `Generated by \`packages/scoring/src/tools/print-worked-example.ts\`: ${profile.vendor.name}, methodology ${METHODOLOGY_VERSION}, as of ${SEED_AS_OF}, default settings.\n`,
  );
  printInputs(entry, profile, asOfDay);
  printTimeline(entry, profile, asOfDay);
  printScores(entry, profile, score);
  printOverall(score);
  printWhatIfs(profile);
  printSevereGap(profile);
  printPortfolio();
}

main();
