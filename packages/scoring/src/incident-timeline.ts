import { dayNumber } from "./plain-language";
import type { ScoringIncident } from "./types";

/** One source's claim of when something happened. */
export interface DateClaim {
  date: string;
  day: number;
  sourceId: string | null;
}

/**
 * The moments scoring needs from an incident's dates. Sources often disagree (Oracle's letter puts discovery
 * on or around 20 Feb 2025, Cerner's state filing on 7 Mar 2025), so each moment is chosen by a fixed rule that
 * takes the worst case for the hospital, and the disagreement is kept for the explanation.
 */
export interface IncidentTimeline {
  /** Earliest intrusion-start claim: the longest dwell time. */
  intrusionStart: DateClaim | null;
  /** Earliest discovery claim: the start of the notification clock, the longest lag. */
  discoveryEarliest: DateClaim | null;
  /** Latest discovery claim: the end of dwell time, the longest dwell. */
  discoveryLatest: DateClaim | null;
  /** Latest customer-notice claim: the longest lag. */
  noticeLatest: DateClaim | null;
  /** The date recency counts from, null when the incident has no date on or before `asOf`. */
  reference: DateClaim | null;
  /** Days from intrusion to the vendor's discovery, null when either end is unknown. */
  dwellDays: number | null;
  /** Days from the vendor's discovery to its notice to customers, null when either end is unknown. */
  noticeLagDays: number | null;
  /** Sources give different days for the vendor's discovery. */
  discoveryDisputed: boolean;
  /** Sources give different days for the notice to customers. */
  noticeDisputed: boolean;
}

/**
 * Recency counts from when the intrusion began; without that, from the first moment the sources do give, in
 * this order: intrusion_start 0, vendor_discovery 1, intrusion_end 2, customer_notice 3, public_disclosure 4,
 * regulator_filing 5 (lower wins). The ranks are set in the branches of `resolveIncidentTimeline` rather than
 * read from a keyed table, which cost more than the rest of its loop. This one is above them all: no reference
 * claim seen yet.
 */
const NO_REFERENCE_RANK = 6;

/**
 * Resolves an incident's dated claims on `asOfDay` (days since 1970-01-01). Rules: dwell time runs from the
 * earliest intrusion start to the LATER discovery claim; notification lag runs from the EARLIER discovery to
 * the LATER notice; recency counts from the LATER intrusion-start claim (or the first other moment known), so a
 * disagreement never makes an incident look shorter, faster or older than some source says. Claims dated after
 * `asOfDay` are ignored: on the day being scored they had not happened yet.
 */
export function resolveIncidentTimeline(incident: ScoringIncident, asOfDay: number): IncidentTimeline {
  // One pass over the dates, keeping only the claims a rule can pick, in locals: a portfolio score resolves tens
  // of thousands of timelines, and per-kind range objects were a large share of its garbage. On equal days the
  // first claim in input order is kept, for the earliest and the latest alike.
  let intrusionStart: DateClaim | null = null;
  let discoveryEarliest: DateClaim | null = null;
  let discoveryLatest: DateClaim | null = null;
  let noticeEarliest: DateClaim | null = null;
  let noticeLatest: DateClaim | null = null;
  let reference: DateClaim | null = null;
  let referenceRank = NO_REFERENCE_RANK;
  for (const entry of incident.dates) {
    const day = dayNumber(entry.date);
    if (day > asOfDay) continue;
    const claim: DateClaim = { date: entry.date, day, sourceId: entry.sourceId };
    const kind = entry.kind;
    let rank = NO_REFERENCE_RANK;
    if (kind === "intrusion_start") {
      rank = 0;
      if (intrusionStart === null || day < intrusionStart.day) intrusionStart = claim;
    } else if (kind === "vendor_discovery") {
      rank = 1;
      if (discoveryEarliest === null || day < discoveryEarliest.day) discoveryEarliest = claim;
      if (discoveryLatest === null || day > discoveryLatest.day) discoveryLatest = claim;
    } else if (kind === "customer_notice") {
      rank = 3;
      if (noticeEarliest === null || day < noticeEarliest.day) noticeEarliest = claim;
      if (noticeLatest === null || day > noticeLatest.day) noticeLatest = claim;
    } else if (kind === "intrusion_end") rank = 2;
    else if (kind === "public_disclosure") rank = 4;
    else if (kind === "regulator_filing") rank = 5;
    if (rank < referenceRank || (rank === referenceRank && reference !== null && day > reference.day)) {
      referenceRank = rank;
      reference = claim;
    }
  }
  return {
    intrusionStart,
    discoveryEarliest,
    discoveryLatest,
    noticeLatest,
    reference,
    dwellDays:
      intrusionStart && discoveryLatest ? Math.max(0, discoveryLatest.day - intrusionStart.day) : null,
    noticeLagDays:
      discoveryEarliest && noticeLatest ? Math.max(0, noticeLatest.day - discoveryEarliest.day) : null,
    discoveryDisputed:
      discoveryEarliest !== null && discoveryLatest !== null && discoveryEarliest.day !== discoveryLatest.day,
    noticeDisputed:
      noticeEarliest !== null && noticeLatest !== null && noticeEarliest.day !== noticeLatest.day,
  };
}

/** Age in years of an incident on `asOfDay`; 0 (treated as recent) when no date is known. */
export function incidentAgeYears(timeline: IncidentTimeline, asOfDay: number): number {
  return timeline.reference ? Math.max(0, asOfDay - timeline.reference.day) / 365.25 : 0;
}

/** Public URL of the source behind a claim, or the incident's first source. */
export function sourceUrlOf(incident: ScoringIncident, sourceId: string | null): string | null {
  // A loop rather than Array.prototype.find: this runs for most contributions, and a closure each adds up.
  if (sourceId !== null) {
    for (const source of incident.sources) if (source.id === sourceId) return source.url ?? null;
  }
  return incident.sources[0]?.url ?? null;
}
