// Prints the figures of docs/methodology.md from the engine's own output: the factor-group table, the priority
// matrix, the curves, where the seeded breaches fall, Oracle Health scored line by line on the seed data, and the
// seed portfolio. Every figure in the document comes from this output, so a change to the engine or the seed is
// one run away from a corrected document:
//   cd packages/scoring && npx tsx src/tools/print-worked-example.ts
// Nothing in src/index.ts imports this file; it reads the seed content only, with no database. The tables the
// document must repeat exactly come from methodology-tables.ts.
import { ASSURANCE_CREDIT, UNKNOWN_SHARES } from "../assurance";
import { breachSizePercentile } from "../breach-size-quantiles";
import { credentialIncidentWeight } from "../credential-hygiene";
import { freshness } from "../evidence-answers";
import { exposureCurve } from "../holding-exposure";
import {
  dwellShare,
  logSizeShare,
  magnitudeOf,
  magnitudeShare,
  noticeShare,
  outageCurve,
} from "../incident-impact";
import { recencyWeight, sensitiveBit } from "../incident-severity";
import { incidentAgeYears, resolveIncidentTimeline } from "../incident-timeline";
import { dayNumber } from "../plain-language";
import { METHODOLOGY_VERSION, scoreVendor } from "../score-vendor";
import { DEFAULT_SETTINGS } from "../scoring-context";
import { buildHolding, buildIncident, buildProfile } from "../testing/profile-builders";
import { SEED_AS_OF, SEED_PROFILES, seedProfile } from "../testing/seed-profiles";
import type { DimensionScore, ScoreContribution, VendorRiskProfile, WhatIfChange } from "../types";
import { DIMENSION_IDS } from "../types";
import { whatIf } from "../what-if";
import { suggestWhatIfs } from "../what-if-suggestions";
import {
  DIMENSION_LABELS,
  factorGroupTable,
  markdownTable,
  points,
  priorityMatrixTable,
  share,
  signed,
  thousands,
  tierWord,
} from "./methodology-tables";

const SEED_KEY = "oracle-health";

function printCurves(): void {
  console.log("#### Curves at sample values\n");
  const rows: (string | number)[][] = [];
  for (const records of [1, 10, 1_000, 10_000, 100_000, 1_000_000])
    rows.push(["exposure by records", thousands(records), share(exposureCurve(records))]);
  for (const [age, floor] of [
    [0.5, 0],
    [4, 0],
    [10, 0],
    [10, 0.5],
    [10, 1],
  ] as const)
    rows.push(["recency weight", `${age} years, floor share ${floor}`, share(recencyWeight(age, floor))]);
  for (const age of [1, 2, 3.5, 5, 5.5, 6])
    rows.push([
      "credential window",
      `${age} ${age === 1 ? "year" : "years"}`,
      share(credentialIncidentWeight(age)),
    ]);
  for (const days of [7, 30, 60, 90])
    rows.push(["dwell", `${days} ${days === 1 ? "day" : "days"}`, share(dwellShare(days).mid)]);
  for (const days of [10, 30, 60, 90])
    rows.push(["notice delay", `${days} ${days === 1 ? "day" : "days"}`, share(noticeShare(days).mid)]);
  for (const days of [1, 7, 30])
    rows.push(["outage", `${days} ${days === 1 ? "day" : "days"}`, share(outageCurve(days))]);
  for (const individuals of [500, 6_215, 245_668, 4_065_577, 15_000_000, 192_700_000])
    rows.push([
      "magnitude",
      `${thousands(individuals)} individuals (percentile ${share(breachSizePercentile(individuals))}, log-size share ${share(logSizeShare(individuals))})`,
      share(magnitudeOf(individuals)),
    ]);
  console.log(markdownTable(["curve", "input", "share"], rows));
  console.log("");
}

/** The magnitude the engine gives an incident with no count or a placeholder one: the median filing's. */
const ASSUMED_MAGNITUDE = magnitudeShare(buildIncident({ recordsAffected: null })).mid;

/** Where every seeded breach with a real count falls in the HHS OCR history. */
function printSeededSizes(): void {
  const rows: (string | number)[][] = [];
  for (const profile of SEED_PROFILES.values())
    for (const incident of profile.incidents) {
      const timeline = resolveIncidentTimeline(incident, dayNumber(SEED_AS_OF));
      const year = timeline.reference?.date.slice(0, 4) ?? "undated";
      if (incident.recordsAffected === null || incident.recordsIsPlaceholder) {
        rows.push([
          profile.vendor.name,
          year,
          incident.recordsAffected === null ? "unknown" : `${incident.recordsAffected} (placeholder)`,
          "-",
          "-",
          `${share(ASSUMED_MAGNITUDE)} (median assumed)`,
        ]);
        continue;
      }
      const p = breachSizePercentile(incident.recordsAffected);
      rows.push([
        profile.vendor.name,
        year,
        thousands(incident.recordsAffected),
        (p * 100).toFixed(1),
        share(logSizeShare(incident.recordsAffected)),
        share(magnitudeOf(incident.recordsAffected)),
      ]);
    }
  console.log("#### Seeded breaches against the HHS OCR history\n");
  console.log(
    markdownTable(["vendor", "year", "individuals", "percentile", "log-size share", "magnitude"], rows),
  );
  console.log("");
}

/** One holding of two million records scores as two holdings of a million each. */
function printSplit(): void {
  const archive = buildHolding({
    id: "a",
    environment: "archive",
    recordCount: 2_000_000,
    reachableWithCustomerCredentials: "yes",
    endOfSupport: "2020-01-01",
  });
  const one = scoreVendor(buildProfile({ dataHoldings: [archive] }), {}, SEED_AS_OF).dimensions
    .legacyDataExposure.score;
  const two = scoreVendor(
    buildProfile({
      dataHoldings: [
        { ...archive, recordCount: 1_000_000 },
        { ...archive, id: "b", recordCount: 1_000_000 },
      ],
    }),
    {},
    SEED_AS_OF,
  ).dimensions.legacyDataExposure.score;
  console.log(
    `Split test: one archive of 2,000,000 records gives legacy-data exposure ${points(one)}; the same records as two archives of 1,000,000 give ${points(two)}.\n`,
  );
}

function printInputs(profile: VendorRiskProfile, asOfDay: number): void {
  console.log("#### Seeded inputs\n");
  console.log(
    markdownTable(
      [
        "holding",
        "environment",
        "records",
        "sensitive kinds of data",
        "encrypted",
        "hospital logins reach it",
        "migration",
        "end of support",
      ],
      profile.dataHoldings.map((h) => [
        h.system,
        h.environment,
        h.recordCount === null ? "unknown" : thousands(h.recordCount),
        h.phiCategories.filter((c) => sensitiveBit(c) !== 0).join(", "),
        h.encryptedAtRest,
        h.reachableWithCustomerCredentials,
        h.migrationStatus,
        h.endOfSupport,
      ]),
    ),
  );
  console.log("");
  console.log(
    markdownTable(
      ["evidence key", "value", "observed on", "assurance", "freshness", "credit"],
      profile.evidence.map((row) => {
        const fresh = freshness(asOfDay - dayNumber(row.observedOn), DEFAULT_SETTINGS.evidenceFreshnessDays);
        return [
          `\`${row.factor}\``,
          String(row.value),
          row.observedOn,
          row.assurance,
          share(fresh),
          share(fresh * ASSURANCE_CREDIT[row.assurance]),
        ];
      }),
    ),
  );
  console.log("");
  for (const incident of profile.incidents) {
    const timeline = resolveIncidentTimeline(incident, asOfDay);
    const age = incidentAgeYears(timeline, asOfDay);
    console.log(
      `Incident "${incident.title}": entry ${incident.entryRoute}, MFA at entry ${incident.mfaAtEntry}, legacy system ${incident.legacySystemInvolved}, data taken ${incident.dataTaken}, outage ${incident.serviceOutage}, ${incident.recordsAffected} individuals (placeholder ${incident.recordsIsPlaceholder}); dwell ${timeline.intrusionStart?.date} to ${timeline.discoveryLatest?.date} = ${timeline.dwellDays} days; notice ${timeline.discoveryEarliest?.date} to ${timeline.noticeLatest?.date} = ${timeline.noticeLagDays} days; age ${age.toFixed(2)} years; recency weight ${share(recencyWeight(age, 0))}; credential weight ${share(credentialIncidentWeight(age))}.\n`,
    );
  }
}

function recordOf(profile: VendorRiskProfile, item: ScoreContribution): string {
  const { kind, id } = item.source;
  if (kind === "data_holding") return profile.dataHoldings.find((h) => h.id === id)?.system ?? "holding";
  if (kind === "product") return profile.products.find((p) => p.id === id)?.name ?? "product";
  if (kind === "incident") return "incident";
  if (kind === "evidence")
    return `answer (${profile.evidence.find((e) => e.id === id)?.assurance ?? "what-if"})`;
  if (kind === "vendor") return "vendor record";
  return "none";
}

function printDimension(profile: VendorRiskProfile, d: DimensionScore): void {
  console.log(
    `#### ${d.label}: ${points(d.score)}, ${tierWord(d.tier)}; range ${points(d.range.low)} to ${points(d.range.high)}; coverage ${share(d.coverage)}; confidence ${share(d.confidence)}; unknown points ${points(d.unknownPoints)}; contradictions ${d.contradictions.length}\n`,
  );
  console.log(
    markdownTable(
      ["#", "group", "factor", "points", "basis", "record", "explanation (as the engine writes it)"],
      d.contributions.map((c, i) => [
        i + 1,
        c.group,
        `\`${c.factorId}\``,
        points(c.points),
        c.basis,
        recordOf(profile, c),
        c.explanation,
      ]),
    ),
  );
  console.log("");
}

function printOracle(): VendorRiskProfile {
  const profile = seedProfile(SEED_KEY);
  const asOfDay = dayNumber(SEED_AS_OF);
  const score = scoreVendor(profile, {}, SEED_AS_OF);
  printInputs(profile, asOfDay);
  for (const id of DIMENSION_IDS) printDimension(profile, score.dimensions[id]);
  const { overall, inherent, priority, dimensions } = score;
  const scores = DIMENSION_IDS.map((id) => dimensions[id].score);
  const mean = scores.reduce((a, b) => a + b, 0) / 3;
  const s = DEFAULT_SETTINGS.worstDimensionShare;
  console.log(
    `#### Overall: ${points(overall.score)}, ${tierWord(overall.tier)}, ${overall.state}; range ${points(overall.range.low)} to ${points(overall.range.high)}; coverage ${share(overall.coverage)}; confidence ${share(overall.confidence)}; unknown points ${points(overall.unknownPoints)}\n`,
  );
  console.log(
    `${s} x ${points(Math.max(...scores))} + ${(1 - s).toFixed(1)} x ${mean.toFixed(2)} = ${points(overall.score)}. Engine: "${overall.explanation}"\n`,
  );
  console.log(
    `Inherent: ${points(inherent.score)} ${tierWord(inherent.tier)}, reassess every ${inherent.reassessmentMonths} months.\n`,
  );
  console.log(
    markdownTable(
      ["factor", "points", "basis", "explanation"],
      inherent.contributions.map((c) => [`\`${c.factorId}\``, points(c.points), c.basis, c.explanation]),
    ),
  );
  console.log(
    `\nPriority: level ${priority.level} ${priority.label}, rank ${priority.rank}. Engine: "${priority.explanation}"\n`,
  );
  return profile;
}

function printWhatIfs(profile: VendorRiskProfile): void {
  const header = [
    "action",
    "change",
    ...DIMENSION_IDS.map((id) => `Δ ${DIMENSION_LABELS[id].toLowerCase()}`),
    "Δ overall",
    "after",
  ];
  const evaluate = (label: string, changes: readonly WhatIfChange[]) => {
    const result = whatIf(profile, {}, SEED_AS_OF, changes);
    const after = result.after.overall;
    return [
      label,
      changes.map((c) => c.kind).join(", "),
      ...DIMENSION_IDS.map((id) => signed(result.deltas[id])),
      signed(result.deltas.overall),
      `${points(after.score)} ${tierWord(after.tier)}, ${after.state}`,
    ];
  };
  const incident = profile.incidents[0];
  if (!incident) throw new Error("The Oracle Health seed has no incident");
  const suggestions = suggestWhatIfs(profile, SEED_AS_OF);
  console.log("#### What-if\n");
  console.log(
    markdownTable(header, [
      ...suggestions.map((sug) => evaluate(`(suggested) ${sug.label}`, sug.changes)),
      ...(["self_attested", "documented", "verified"] as const).map((assurance) =>
        evaluate(`No shared accounts, ${assurance}`, [
          { kind: "set_evidence", factor: "credentials.shared_accounts", value: false, assurance },
        ]),
      ),
      evaluate("The real count is 10,000 individuals", [
        { kind: "update_incident", incidentId: incident.id, recordsAffected: 10_000 },
      ]),
      evaluate("The real count is 1,000,000 individuals", [
        { kind: "update_incident", incidentId: incident.id, recordsAffected: 1_000_000 },
      ]),
      evaluate("No service was stopped", [
        { kind: "update_incident", incidentId: incident.id, serviceOutage: "no" },
      ]),
    ]),
  );
  console.log("");
  const claim: WhatIfChange = {
    kind: "set_evidence",
    factor: "legacy.unmigrated_data",
    value: false,
    assurance: "documented",
  };
  const after = whatIf(profile, {}, SEED_AS_OF, [claim]).after.dimensions.legacyDataExposure;
  for (const c of after.contradictions)
    console.log(
      `Contradiction if the vendor documented "no unmigrated data": "${c.explanation}" Legacy-data exposure would be ${points(after.score)}.\n`,
    );
}

/** The seed portfolio under v2, for the calibration table. */
function printPortfolio(): void {
  const rows = [...SEED_PROFILES.values()].map((profile) => {
    const { overall, inherent, priority, dimensions } = scoreVendor(profile, {}, SEED_AS_OF);
    return [
      profile.vendor.name,
      ...DIMENSION_IDS.map((id) => points(dimensions[id].score)),
      `${points(overall.score)} ${tierWord(overall.tier)}`,
      overall.state === "unassessed" ? "Unassessed" : tierWord(overall.tier),
      `${points(overall.range.low)}-${points(overall.range.high)}`,
      share(overall.coverage),
      share(overall.confidence),
      tierWord(inherent.tier),
      `${priority.level} ${priority.label}`,
    ];
  });
  console.log(`#### The seed portfolio on ${SEED_AS_OF}\n`);
  console.log(
    markdownTable(
      [
        "vendor",
        "legacy",
        "credentials",
        "breach",
        "overall score",
        "shown as",
        "range",
        "coverage",
        "confidence",
        "inherent",
        "priority",
      ],
      rows,
    ),
  );
  console.log("");
}

function main(): void {
  console.log(
    `Generated by \`packages/scoring/src/tools/print-worked-example.ts\`: methodology ${METHODOLOGY_VERSION}, as of ${SEED_AS_OF}, default settings. Unknown shares ${JSON.stringify(UNKNOWN_SHARES)}; assurance credit ${JSON.stringify(ASSURANCE_CREDIT)}.\n`,
  );
  console.log("#### Factor groups\n");
  console.log(factorGroupTable());
  console.log("\n#### Priority matrix\n");
  console.log(priorityMatrixTable());
  console.log("");
  printCurves();
  printSeededSizes();
  printSplit();
  const profile = printOracle();
  printWhatIfs(profile);
  printPortfolio();
}

main();
