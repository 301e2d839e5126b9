import type { PhiCategory } from "@ward/contracts";
import { breachSizePercentile } from "./breach-size-quantiles";
import {
  type IncidentTimeline,
  incidentAgeYears,
  resolveIncidentTimeline,
  sourceUrlOf,
} from "./incident-timeline";
import { formatMonth, PHI_CATEGORY_WORDS } from "./plain-language";
import { clamp } from "./tiers";
import type { ContributionSource, ScoringIncident } from "./types";

/** Recency: full weight for the first year, then halving every three years. */
export const FULL_WEIGHT_YEARS = 1;
export const HALF_LIFE_YEARS = 3;
/**
 * A breach never fades below this share times its size percentile (or the whole share after regulator action),
 * so a decade-old breach in the top percentile still counts about a third, and the floor rises smoothly with size
 * instead of switching on at a round number.
 */
export const SEVERE_FLOOR = 0.35;

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

/** Whether a regulator penalty or settlement followed: such an incident keeps the whole floor. */
export function hasRegulatorAction(incident: ScoringIncident): boolean {
  for (const c of incident.consequences)
    if (c.kind === "regulator_fine" || c.kind === "settlement") return true;
  return false;
}

/**
 * The individuals a count stands for, or null when nobody knows: a placeholder (500 or 501 on the HHS OCR portal)
 * is no size at all.
 */
export function knownIndividuals(incident: ScoringIncident): number | null {
  return incident.recordsIsPlaceholder ? null : incident.recordsAffected;
}

/** 0..1: the share of business-associate hacking breaches on the HHS OCR portal that were smaller; 0 unknown. */
export function sizePercentile(incident: ScoringIncident): number {
  const individuals = knownIndividuals(incident);
  return individuals === null ? 0 : breachSizePercentile(individuals);
}

/**
 * Weight of an incident by age: full for the first year, then halving every three years, never below the floor
 * its size or a regulator's action earns. Continuous in age and in size.
 */
export function recencyWeight(ageYears: number, floorShare: number): number {
  const decayed =
    ageYears <= FULL_WEIGHT_YEARS ? 1 : 0.5 ** ((ageYears - FULL_WEIGHT_YEARS) / HALF_LIFE_YEARS);
  return Math.max(SEVERE_FLOOR * clamp(floorShare, 0, 1), decayed);
}

/** Everything about one incident that scoring reads, computed once. */
export interface IncidentFacts {
  incident: ScoringIncident;
  /** `sizePercentile(incident)`, worked out once: the recency floor, the magnitude and the sentence all read it. */
  percentile: number;
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
    const percentile = sizePercentile(incident);
    const floorShare = hasRegulatorAction(incident) ? 1 : percentile;
    const weight = recencyWeight(ageYears, floorShare);
    const source: ContributionSource = {
      kind: "incident",
      id: incident.id,
      url: sourceUrlOf(incident, null),
    };
    facts.push({ incident, percentile, timeline, ageYears, weight, month, name, sentenceName, source });
  }
  return facts;
}
