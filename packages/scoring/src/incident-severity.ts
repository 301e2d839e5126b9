import type { ConsequenceKind, PhiCategory } from "@ward/contracts";
import { UNKNOWN_SHARE } from "./evidence-answers";
import {
  type IncidentTimeline,
  incidentAgeYears,
  resolveIncidentTimeline,
  sourceUrlOf,
} from "./incident-timeline";
import { formatMonth, PHI_CATEGORY_WORDS } from "./plain-language";
import { clamp } from "./tiers";
import type { ContributionSource, ScoringIncident } from "./types";

/** Points of one incident before recency weighting. Maximum total 110. */
export const INCIDENT_POINTS = {
  /** Any incident: the vendor was breached or taken down. */
  occurred: 15,
  /** Records on a log10 scale: 100 records 0, 10,000 about 12, 1 million about 23, 100 million or more 35. */
  records: 35,
  /** Full at three or more sensitive PHI categories. */
  sensitivity: 15,
  /** Full at 90 days or more from intrusion to discovery; nothing up to 7 days. */
  dwell: 10,
  /** Up to 8 within the 60-day HIPAA ceiling (nothing up to 15 days), the full 15 past it. */
  noticeLag: 15,
  /** Regulator penalty 10, settlement 6, lawsuit 4; capped at 15. */
  consequences: 15,
  /** A placeholder record count (500 or 501 on the HHS OCR portal). */
  placeholder: 5,
} as const;

/** Records a placeholder count stands for: unknown but large, never the 500 or 501 filed. */
export const PLACEHOLDER_RECORDS = 1_000_000;

/** Incidents this large, or with regulator action, never decay below `SEVERE_FLOOR`. */
export const SEVERE_RECORDS = 1_000_000;
export const SEVERE_FLOOR = 0.35;
/** Years at full weight, then the half-life of the decay. */
export const FULL_WEIGHT_YEARS = 1;
export const HALF_LIFE_YEARS = 3;

/**
 * Categories whose theft does lasting harm: identity theft, insurance or card fraud, or medical facts that cannot
 * be changed (a genome, a psychiatric history). Demographics and images alone identify but do not add that harm.
 */
export const SENSITIVE_CATEGORIES: ReadonlySet<PhiCategory> = new Set<PhiCategory>([
  "ssn",
  "diagnosis",
  "medication",
  "test_results",
  "insurance",
  "financial",
  "clinical_notes",
  "genetic",
  "behavioral_health",
  "payment_card",
]);

/**
 * A sensitive category's bit, `1 << its position in SENSITIVE_CATEGORIES`, so several can be marked in one pass;
 * 0 for any other category. A switch rather than a Set or Map lookup: it runs for every category of every
 * holding and incident in a portfolio, and comparing against ten constants is cheaper than hashing.
 */
export function sensitiveBit(category: string): number {
  switch (category) {
    case "ssn":
      return 1;
    case "diagnosis":
      return 2;
    case "medication":
      return 4;
    case "test_results":
      return 8;
    case "insurance":
      return 16;
    case "financial":
      return 32;
    case "clinical_notes":
      return 64;
    case "genetic":
      return 128;
    case "behavioral_health":
      return 256;
    case "payment_card":
      return 512;
    default:
      return 0;
  }
}

export const CONSEQUENCE_POINTS: Partial<Record<ConsequenceKind, number>> = {
  regulator_fine: 10,
  settlement: 6,
  lawsuit: 4,
};

const HIPAA_NOTICE_CEILING_DAYS = 60;

/** Records that count for scoring: a placeholder means "at least a million", null means unknown. */
export function effectiveRecords(incident: ScoringIncident): number | null {
  if (incident.recordsIsPlaceholder) return Math.max(incident.recordsAffected ?? 0, PLACEHOLDER_RECORDS);
  return incident.recordsAffected;
}

export function hasRegulatorAction(incident: ScoringIncident): boolean {
  for (const c of incident.consequences)
    if (c.kind === "regulator_fine" || c.kind === "settlement") return true;
  return false;
}

/** Whether the decay floor applies: over a million records, or a regulator penalty or settlement. */
export function isSevere(incident: ScoringIncident): boolean {
  return (effectiveRecords(incident) ?? 0) >= SEVERE_RECORDS || hasRegulatorAction(incident);
}

/**
 * Weight of an incident by age: full for the first year, then halving every three years; a severe incident
 * never drops below 35%, so a large breach from a decade ago still counts.
 */
export function recencyWeight(ageYears: number, severe: boolean): number {
  const decayed =
    ageYears <= FULL_WEIGHT_YEARS ? 1 : 0.5 ** ((ageYears - FULL_WEIGHT_YEARS) / HALF_LIFE_YEARS);
  return severe ? Math.max(SEVERE_FLOOR, decayed) : decayed;
}

export function recordPoints(records: number | null): number {
  if (records === null) return INCIDENT_POINTS.records * UNKNOWN_SHARE;
  return INCIDENT_POINTS.records * clamp((Math.log10(Math.max(1, records)) - 2) / 6, 0, 1);
}

/** How many of the categories are sensitive. */
export function countSensitive(categories: readonly PhiCategory[]): number {
  let count = 0;
  for (const category of categories) if (sensitiveBit(category) !== 0) count++;
  return count;
}

/**
 * The words of PHI categories as a list ("diagnoses, medications and insurance details"), the first `limit`
 * of them, or of the sensitive ones when `sensitiveOnly`. The same text as `formatList` of the mapped words,
 * written without the arrays in between: it runs for every incident and every vendor of a portfolio.
 */
export function categoryWordList(
  categories: readonly string[],
  sensitiveOnly: boolean,
  limit: number,
): string {
  // `head` holds every word but the last, joined by commas; `last` the latest word once there are two.
  let head = "";
  let last = "";
  let count = 0;
  for (const category of categories) {
    if (count === limit) break;
    if (sensitiveOnly && sensitiveBit(category) === 0) continue;
    const word = PHI_CATEGORY_WORDS[category] ?? category;
    if (count === 0) head = word;
    else if (count === 1) last = word;
    else {
      head = `${head}, ${last}`;
      last = word;
    }
    count++;
  }
  return count <= 1 ? head : `${head} and ${last}`;
}

/** Sensitivity points; no categories recorded means unknown, not harmless. */
export function sensitivityPoints(categories: readonly PhiCategory[]): number {
  if (categories.length === 0) return INCIDENT_POINTS.sensitivity * UNKNOWN_SHARE;
  return INCIDENT_POINTS.sensitivity * Math.min(1, countSensitive(categories) / 3);
}

export function dwellPoints(days: number | null): number {
  if (days === null) return INCIDENT_POINTS.dwell * UNKNOWN_SHARE;
  return INCIDENT_POINTS.dwell * clamp((days - 7) / 83, 0, 1);
}

/**
 * Notification-lag points. Within 15 days costs nothing; up to the 60-day ceiling of HIPAA 164.410 it rises to
 * 8; past the ceiling the full 15, because the vendor then broke the rule, not just a good habit.
 */
export function noticeLagPoints(days: number | null): number {
  if (days === null) return INCIDENT_POINTS.noticeLag * UNKNOWN_SHARE;
  if (days > HIPAA_NOTICE_CEILING_DAYS) return INCIDENT_POINTS.noticeLag;
  return 8 * clamp((days - 15) / (HIPAA_NOTICE_CEILING_DAYS - 15), 0, 1);
}

const SCORED_CONSEQUENCE_ORDER: readonly ConsequenceKind[] = ["regulator_fine", "settlement", "lawsuit"];

const NO_CONSEQUENCES: readonly ConsequenceKind[] = [];

/** Distinct consequence kinds that carry points, in a fixed order. */
export function scoredConsequenceKinds(incident: ScoringIncident): readonly ConsequenceKind[] {
  // Loops rather than a Set and filter: this runs for every incident, and most have no consequence at all.
  if (incident.consequences.length === 0) return NO_CONSEQUENCES;
  const kinds: ConsequenceKind[] = [];
  for (const kind of SCORED_CONSEQUENCE_ORDER) {
    for (const c of incident.consequences) {
      if (c.kind === kind) {
        kinds.push(kind);
        break;
      }
    }
  }
  return kinds;
}

export function consequencePoints(kinds: readonly ConsequenceKind[]): number {
  let total = 0;
  for (const kind of kinds) total += CONSEQUENCE_POINTS[kind] ?? 0;
  return Math.min(INCIDENT_POINTS.consequences, total);
}

export { HIPAA_NOTICE_CEILING_DAYS };

/** Everything about one incident that scoring reads, computed once. */
export interface IncidentFacts {
  incident: ScoringIncident;
  timeline: IncidentTimeline;
  ageYears: number;
  weight: number;
  /** "Jan 2025", the month of `timeline.reference`; null when the incident is undated. */
  month: string | null;
  /** "the Jan 2025 incident", or "an undated incident". */
  name: string;
  /** The same, capitalized to open a sentence. */
  sentenceName: string;
  /**
   * The incident as the source of a contribution, linking to its first public source. One object shared by every
   * contribution that cites the incident as a whole, in all three dimensions.
   */
  source: ContributionSource;
}

/**
 * The incidents that had begun by `asOfDay`, with their timelines and weights. An incident whose every date is
 * later had not happened yet; one with no date at all counts, since not knowing when is no reason to ignore it.
 */
export function collectIncidentFacts(
  incidents: readonly ScoringIncident[],
  asOfDay: number,
): IncidentFacts[] {
  const facts: IncidentFacts[] = [];
  for (const incident of incidents) {
    const timeline = resolveIncidentTimeline(incident, asOfDay);
    if (incident.dates.length > 0 && timeline.reference === null) continue;
    const ageYears = incidentAgeYears(timeline, asOfDay);
    const month = timeline.reference ? formatMonth(timeline.reference.date) : null;
    const name = month ? `the ${month} incident` : "an undated incident";
    const sentenceName = month ? `The ${month} incident` : "An undated incident";
    const weight = recencyWeight(ageYears, isSevere(incident));
    const source: ContributionSource = {
      kind: "incident",
      id: incident.id,
      url: sourceUrlOf(incident, null),
    };
    facts.push({ incident, timeline, ageYears, weight, month, name, sentenceName, source });
  }
  return facts;
}
