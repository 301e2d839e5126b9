import type { ConsequenceKind } from "@ward/contracts";
import { factShare } from "./assurance";
import type { DimensionBuilder } from "./dimension-builder";
import { FACTOR_GROUPS } from "./factor-groups";
import {
  consequenceShare,
  dataSensitivityShare,
  dwellShare,
  magnitudeShare,
  multiplyShares,
  noticeShare,
  outageShare,
  PLACEHOLDER_SHARE,
  scaleShare,
  triStateShare,
} from "./incident-impact";
import { categoryWordList, countSensitive, type IncidentFacts } from "./incident-severity";
import { sourceUrlOf } from "./incident-timeline";
import { formatAge, formatCount, formatDate, formatDays, formatList, formatPercent } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import type { ContributionSource } from "./types";

const CONSEQUENCE_WORDS: Partial<Record<ConsequenceKind, string>> = {
  regulator_fine: "a regulator penalty",
  settlement: "a settlement",
  lawsuit: "lawsuits",
  criminal_investigation: "a criminal investigation",
};

/** The 60 days of HIPAA 164.410, stated as the rule; whether it was met is left to the reader. */
const HIPAA_NOTICE_RULE =
  "HIPAA 164.410 requires a business associate to tell its customers without unreasonable delay and no later than 60 days after discovery, unless law enforcement asks it to wait";

function claimSource(facts: IncidentFacts, sourceId: string | null): ContributionSource {
  return sourceId === null
    ? facts.source
    : { kind: "incident", id: facts.incident.id, url: sourceUrlOf(facts.incident, sourceId) };
}

/** "on 14.8 million individuals, more than 99.6% of …", or what is known of the size. */
function sizePhrase(facts: IncidentFacts): string {
  const { incident } = facts;
  if (incident.recordsIsPlaceholder)
    return `; it was filed with a placeholder count of ${incident.recordsAffected ?? "none"} individuals, so its size is unknown`;
  if (incident.recordsAffected === null) return "; nobody has published how many individuals it affected";
  const percentile = facts.percentile;
  const rank =
    percentile >= 0.999
      ? "among the largest 0.1% of business associates' hacking breaches filed with HHS OCR"
      : `larger than ${formatPercentile(percentile)} of business associates' hacking breaches filed with HHS OCR`;
  return `; it affected ${formatCount(incident.recordsAffected)} individuals, ${rank}`;
}

/** A percentile, rounded down so "more than" stays true: to a tenth above 99%, where the top of the scale lives. */
export function formatPercentile(share: number): string {
  const percent = share * 100;
  return percent >= 99 ? `${Math.floor(percent * 10) / 10}%` : `${Math.floor(percent)}%`;
}

function agePhrase(facts: IncidentFacts): string {
  if (facts.timeline.reference === null) return "; its date is unknown, so it counts as recent";
  if (facts.weight >= 1) return "";
  return `; ${formatAge(facts.ageYears)} on, it counts at ${formatPercent(facts.weight)} of full weight`;
}

function addDataTaken(context: ScoringContext, builder: DimensionBuilder, facts: IncidentFacts): void {
  const { incident, weight } = facts;
  const vendor = context.profile.vendor.name;
  const types = incident.dataTypes;
  const sensitive = countSensitive(types);
  const kinds =
    types.length === 0
      ? ""
      : sensitive === 0
        ? `, identifying details such as ${categoryWordList(types, false, 3)}`
        : `, including ${categoryWordList(types, true, types.length)}`;
  const title = `${vendor}'s ${facts.month === null ? "undated" : facts.month} incident ("${incident.title}")`;
  const explanation =
    incident.dataTaken === "no"
      ? `No patient data was taken in ${title}, as far as its sources say.`
      : incident.dataTaken === "yes"
        ? `Patient data was taken in ${title}${kinds}${sizePhrase(facts)}${agePhrase(facts)}.`
        : `Nobody has said whether patient data was taken in ${title}${sizePhrase(facts)}${agePhrase(facts)}.`;
  builder.add(
    FACTOR_GROUPS.dataTaken,
    "incident.data_taken",
    "Patient data taken",
    scaleShare(
      multiplyShares(
        triStateShare(incident.dataTaken),
        magnitudeShare(incident, facts.percentile),
        dataSensitivityShare(types, sensitive),
      ),
      weight,
    ),
    facts.source,
    explanation,
    incident.dataTaken === "unknown"
      ? "Was any patient data copied out in this incident, and whose?"
      : incident.recordsIsPlaceholder || incident.recordsAffected === null
        ? "How many of our patients were affected by this incident?"
        : types.length === 0
          ? "Which kinds of patient data did this incident expose?"
          : null,
  );
}

function addOutage(builder: DimensionBuilder, facts: IncidentFacts): void {
  const { incident, name, sentenceName } = facts;
  const services =
    incident.servicesStopped.length > 0 ? formatList(incident.servicesStopped) : "the hospital's services";
  const explanation =
    incident.serviceOutage === "no"
      ? `${sentenceName} stopped no service the hospital relies on, as far as its sources say.`
      : incident.serviceOutage === "unknown"
        ? `Ward does not know whether ${name} stopped services the hospital relies on.`
        : incident.outageDays === null
          ? `${sentenceName} stopped ${services} for a length of time nobody has published.`
          : `${sentenceName} stopped ${services} for ${formatDays(incident.outageDays)}.`;
  builder.add(
    FACTOR_GROUPS.outage,
    "incident.outage",
    "Services stopped",
    scaleShare(outageShare(incident), facts.weight),
    facts.source,
    explanation,
    incident.serviceOutage === "unknown" || (incident.serviceOutage === "yes" && incident.outageDays === null)
      ? "Did this incident stop any service we rely on, and for how long?"
      : null,
  );
}

function addDetection(builder: DimensionBuilder, facts: IncidentFacts): void {
  const { timeline, name } = facts;
  const { dwellDays, intrusionStart, discoveryLatest } = timeline;
  const known = dwellDays !== null && intrusionStart !== null && discoveryLatest !== null;
  builder.add(
    FACTOR_GROUPS.detection,
    "incident.dwell_time",
    "Time attackers went unnoticed",
    scaleShare(dwellShare(known ? dwellDays : null), facts.weight),
    claimSource(facts, known ? discoveryLatest.sourceId : null),
    !known
      ? `Ward does not know how long attackers were inside before the vendor noticed ${name}.`
      : timeline.discoveryDisputed
        ? `Sources disagree on when the vendor discovered the intrusion; Ward uses the later date, ${formatDate(discoveryLatest.date)}, so attackers were inside for ${formatDays(dwellDays)}.`
        : `Attackers were inside for ${formatDays(dwellDays)} before the vendor noticed (${formatDate(intrusionStart.date)} to ${formatDate(discoveryLatest.date)}).`,
    known ? null : "When did the intrusion begin, and when did you discover it?",
  );
}

/** States the notice delay, which dates Ward took when sources disagree, and the rule. */
function noticeSentence(facts: IncidentFacts, days: number, discovery: string, notice: string): string {
  const { timeline, name } = facts;
  const { discoveryDisputed, noticeDisputed } = timeline;
  if (!discoveryDisputed && !noticeDisputed)
    return `The vendor told customers ${formatDays(days)} after discovering ${name} (${formatDate(discovery)} to ${formatDate(notice)}); ${HIPAA_NOTICE_RULE}.`;
  const moments =
    discoveryDisputed && noticeDisputed
      ? "discovered and reported"
      : discoveryDisputed
        ? "discovered"
        : "reported";
  const used =
    discoveryDisputed && noticeDisputed
      ? `the earlier discovery, ${formatDate(discovery)}, and the later notice, ${formatDate(notice)}`
      : discoveryDisputed
        ? `the earlier discovery date, ${formatDate(discovery)}`
        : `the later notice date, ${formatDate(notice)}`;
  return `Sources disagree on when the vendor ${moments} the intrusion; for the notice delay Ward uses ${used}, so customers heard after ${formatDays(days)}; ${HIPAA_NOTICE_RULE}.`;
}

function addDisclosure(builder: DimensionBuilder, facts: IncidentFacts): void {
  const { timeline, name, incident } = facts;
  const { noticeLagDays, discoveryEarliest, noticeLatest } = timeline;
  const known = noticeLagDays !== null && discoveryEarliest !== null && noticeLatest !== null;
  builder.add(
    FACTOR_GROUPS.disclosure,
    "incident.notification_lag",
    "Delay in telling customers",
    scaleShare(noticeShare(known ? noticeLagDays : null), facts.weight),
    claimSource(facts, known ? noticeLatest.sourceId : null),
    known
      ? noticeSentence(facts, noticeLagDays, discoveryEarliest.date, noticeLatest.date)
      : `Ward has no date for when the vendor told its customers about ${name}.`,
    known ? null : "When did you discover this incident, and when did you notify each customer?",
  );
  if (incident.recordsIsPlaceholder) {
    builder.add(
      FACTOR_GROUPS.disclosure,
      "incident.placeholder_count",
      "Placeholder breach count",
      factShare(PLACEHOLDER_SHARE * facts.weight),
      facts.source,
      `The vendor filed ${name} with a placeholder count of ${incident.recordsAffected ?? "none"} individuals, leaving each hospital to work out whose patients were affected.`,
      "How many of our patients were affected, and which ones?",
    );
  }
}

function addConsequences(builder: DimensionBuilder, facts: IncidentFacts): void {
  const share = consequenceShare(facts.incident);
  if (share === 0) return;
  const words: string[] = [];
  for (const kind of ["regulator_fine", "settlement", "lawsuit", "criminal_investigation"] as const) {
    if (facts.incident.consequences.some((c) => c.kind === kind))
      words.push(CONSEQUENCE_WORDS[kind] as string);
  }
  builder.add(
    FACTOR_GROUPS.regulatory,
    "incident.legal_consequences",
    "Regulator action and settlements",
    factShare(share * facts.weight),
    facts.source,
    `${facts.sentenceName} led to ${formatList(words)}.`,
    null,
  );
}

/**
 * Adds one incident's factors to their groups: data taken (by size, sensitivity and age), services stopped, time
 * unnoticed, delay and placeholders in disclosure, and legal consequences, each weighted by the incident's recency.
 */
export function addIncidentContributions(
  context: ScoringContext,
  builder: DimensionBuilder,
  facts: IncidentFacts,
): void {
  addDataTaken(context, builder, facts);
  addOutage(builder, facts);
  addDetection(builder, facts);
  addDisclosure(builder, facts);
  addConsequences(builder, facts);
}
