import type { ConsequenceKind } from "@ward/contracts";
import { makeContribution } from "./contributions";
import {
  categoryWordList,
  consequencePoints,
  countSensitive,
  dwellPoints,
  effectiveRecords,
  HIPAA_NOTICE_CEILING_DAYS,
  INCIDENT_POINTS,
  type IncidentFacts,
  isSevere,
  noticeLagPoints,
  recordPoints,
  SEVERE_FLOOR,
  scoredConsequenceKinds,
  sensitivityPoints,
} from "./incident-severity";
import { sourceUrlOf } from "./incident-timeline";
import { formatAge, formatCount, formatDate, formatDays, formatList, formatPercent } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import type { ContributionSource, ScoreContribution } from "./types";

const CONSEQUENCE_WORDS = {
  regulator_fine: "a regulator penalty",
  settlement: "a settlement",
  lawsuit: "lawsuits",
};
/** Collects one incident's contributions, each weighted by the incident's recency. */
class IncidentItems {
  /** Source of contributions that cite no particular claim; shared to spare an object per contribution. */
  private readonly defaultSource: ContributionSource;
  constructor(
    private readonly context: ScoringContext,
    private readonly list: ScoreContribution[],
    private readonly facts: IncidentFacts,
  ) {
    this.defaultSource = facts.source;
  }
  /** `sourceId` names the source behind the date or figure used, so the link goes to the claim itself. */
  add(
    factorId: string,
    label: string,
    raw: number,
    explanation: string,
    question: string | null = null,
    sourceId: string | null = null,
  ): void {
    const { incident, weight } = this.facts;
    const source =
      sourceId === null
        ? this.defaultSource
        : { kind: "incident" as const, id: incident.id, url: sourceUrlOf(incident, sourceId) };
    this.list.push(
      makeContribution(this.context, factorId, label, raw * weight, source, explanation, question),
    );
  }
}

/**
 * Appends one incident's contributions to `list`: that it happened, records, data sensitivity, dwell time,
 * notification lag, legal consequences and a placeholder count, each weighted by the incident's recency. When
 * sources disagree on a date, the sentence says which one Ward took and the link goes to that source.
 */
export function addIncidentContributions(
  context: ScoringContext,
  facts: IncidentFacts,
  list: ScoreContribution[],
): void {
  const { incident, timeline, weight, name } = facts;
  const items = new IncidentItems(context, list, facts);
  const vendor = context.profile.vendor.name;
  const {
    reference,
    dwellDays,
    intrusionStart,
    discoveryLatest,
    discoveryEarliest,
    noticeLagDays,
    noticeLatest,
  } = timeline;

  if (reference) {
    const floorNote =
      isSevere(incident) && weight === SEVERE_FLOOR
        ? "; it never counts below 35% because it was large or drew regulator action"
        : "";
    items.add(
      "incident.occurred",
      "Past incident",
      INCIDENT_POINTS.occurred,
      `${vendor} had a security incident in ${facts.month} ("${incident.title}"), ${formatAge(facts.ageYears)} ago, which counts at ${formatPercent(weight)} of full weight${floorNote}.`,
      null,
      reference.sourceId,
    );
  } else {
    items.add(
      "incident.occurred",
      "Past incident",
      INCIDENT_POINTS.occurred,
      `${vendor} had a security incident ("${incident.title}") whose date Ward does not know, so it counts as recent.`,
      "When did this incident begin, and when did you discover it?",
    );
  }

  const records = effectiveRecords(incident);
  const recordsKnown = !incident.recordsIsPlaceholder && records !== null;
  items.add(
    "incident.records",
    "Records exposed",
    recordPoints(records),
    incident.recordsIsPlaceholder
      ? `${facts.sentenceName} was filed with a placeholder count of ${incident.recordsAffected ?? "none"}, so Ward counts it as at least a million records until the real figure is known.`
      : records === null
        ? `Nobody has published how many records ${name} exposed, so Ward counts it as a sizeable breach until the number is known.`
        : `${facts.sentenceName} exposed ${formatCount(records)} records.`,
    recordsKnown ? null : "How many of our patients' records did this incident expose?",
  );

  const types = incident.dataTypes;
  items.add(
    "incident.data_sensitivity",
    "Sensitivity of exposed data",
    sensitivityPoints(types),
    types.length === 0
      ? `Ward does not know which kinds of data ${name} exposed.`
      : countSensitive(types) === 0
        ? `${facts.sentenceName} exposed less sensitive data such as ${categoryWordList(types, false, 3)}.`
        : `${facts.sentenceName} exposed ${categoryWordList(types, true, types.length)}.`,
    types.length === 0 ? "Which kinds of patient data did this incident expose?" : null,
  );

  if (dwellDays !== null && intrusionStart && discoveryLatest) {
    items.add(
      "incident.dwell_time",
      "Time attackers went unnoticed",
      dwellPoints(dwellDays),
      timeline.discoveryDisputed
        ? `Sources disagree on when the vendor discovered the intrusion; Ward uses the later date, ${formatDate(discoveryLatest.date)}, so attackers were inside for ${formatDays(dwellDays)}.`
        : `Attackers were inside for ${formatDays(dwellDays)} before the vendor noticed (${formatDate(intrusionStart.date)} to ${formatDate(discoveryLatest.date)}).`,
      null,
      discoveryLatest.sourceId,
    );
  } else {
    items.add(
      "incident.dwell_time",
      "Time attackers went unnoticed",
      dwellPoints(null),
      `Ward does not know how long attackers were inside before the vendor noticed ${name}.`,
      "When did the intrusion begin, and when did you discover it?",
    );
  }

  if (noticeLagDays !== null && discoveryEarliest && noticeLatest) {
    items.add(
      "incident.notification_lag",
      "Delay in telling customers",
      noticeLagPoints(noticeLagDays),
      noticeLagSentence(facts, noticeLagDays, discoveryEarliest.date, noticeLatest.date),
      null,
      noticeLatest.sourceId,
    );
  } else {
    items.add(
      "incident.notification_lag",
      "Delay in telling customers",
      noticeLagPoints(null),
      `Ward has no date for when the vendor told its customers about ${name}, so it cannot check the 60-day HIPAA limit.`,
      "When did you discover this incident, and when did you notify each customer?",
    );
  }

  const kinds = scoredConsequenceKinds(incident);
  if (kinds.length > 0) {
    items.add(
      "incident.legal_consequences",
      "Regulator action and settlements",
      consequencePoints(kinds),
      `${facts.sentenceName} led to ${formatList(consequenceWords(kinds))}.`,
    );
  }
  if (incident.recordsIsPlaceholder) {
    items.add(
      "incident.placeholder_count",
      "Placeholder breach count",
      INCIDENT_POINTS.placeholder,
      `The vendor filed ${name} with a placeholder count, leaving each hospital to work out whose records were taken.`,
    );
  }
}

function consequenceWords(kinds: readonly ConsequenceKind[]): string[] {
  const words: string[] = [];
  for (const kind of kinds) words.push(CONSEQUENCE_WORDS[kind as keyof typeof CONSEQUENCE_WORDS]);
  return words;
}

/** States the notice delay and, when sources disagree, which dates Ward took and why. */
function noticeLagSentence(facts: IncidentFacts, days: number, discovery: string, notice: string): string {
  const { timeline, name } = facts;
  const verdict =
    days > HIPAA_NOTICE_CEILING_DAYS ? "past the 60-day HIPAA ceiling" : "within the 60-day HIPAA ceiling";
  const discoveryDisputed = timeline.discoveryDisputed;
  const noticeDisputed = timeline.noticeDisputed;
  if (!discoveryDisputed && !noticeDisputed) {
    return `The vendor told customers ${formatDays(days)} after discovering ${name}, ${verdict}.`;
  }
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
  return `Sources disagree on when the vendor ${moments} the intrusion; for the notice delay Ward uses ${used}, so customers heard after ${formatDays(days)}, ${verdict}.`;
}
