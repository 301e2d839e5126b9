import { dayNumber } from "./plain-language";
import type { ScoringIncident, ScoringIncidentDate } from "./types";

/**
 * One source's claim of when something happened: the incident's own date entry, so resolving a timeline copies
 * nothing.
 */
export type DateClaim = ScoringIncidentDate;

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
  /** `reference` as days since 1970-01-01, null with it. */
  referenceDay: number | null;
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
  // One pass over the dates, keeping the chosen claims and their days in locals: a portfolio score resolves tens
  // of thousands of timelines, and an object per claim was a large share of its garbage. On equal days the first
  // claim in input order is kept, for the earliest and the latest alike.
  let intrusionStart: DateClaim | null = null;
  let intrusionStartDay = 0;
  let discoveryEarliest: DateClaim | null = null;
  let discoveryEarliestDay = 0;
  let discoveryLatest: DateClaim | null = null;
  let discoveryLatestDay = 0;
  let noticeEarliestDay = 0;
  let noticeLatest: DateClaim | null = null;
  let noticeLatestDay = 0;
  let reference: DateClaim | null = null;
  let referenceDay = 0;
  let referenceRank = NO_REFERENCE_RANK;
  for (const claim of incident.dates) {
    const day = dayNumber(claim.date);
    if (day > asOfDay) continue;
    const kind = claim.kind;
    let rank = NO_REFERENCE_RANK;
    if (kind === "intrusion_start") {
      rank = 0;
      if (intrusionStart === null || day < intrusionStartDay) {
        intrusionStart = claim;
        intrusionStartDay = day;
      }
    } else if (kind === "vendor_discovery") {
      rank = 1;
      if (discoveryEarliest === null || day < discoveryEarliestDay) {
        discoveryEarliest = claim;
        discoveryEarliestDay = day;
      }
      if (discoveryLatest === null || day > discoveryLatestDay) {
        discoveryLatest = claim;
        discoveryLatestDay = day;
      }
    } else if (kind === "customer_notice") {
      rank = 3;
      if (noticeLatest === null || day < noticeEarliestDay) noticeEarliestDay = day;
      if (noticeLatest === null || day > noticeLatestDay) {
        noticeLatest = claim;
        noticeLatestDay = day;
      }
    } else if (kind === "intrusion_end") rank = 2;
    else if (kind === "public_disclosure") rank = 4;
    else if (kind === "regulator_filing") rank = 5;
    if (rank < referenceRank || (rank === referenceRank && reference !== null && day > referenceDay)) {
      referenceRank = rank;
      reference = claim;
      referenceDay = day;
    }
  }
  return {
    intrusionStart,
    discoveryEarliest,
    discoveryLatest,
    noticeLatest,
    reference,
    referenceDay: reference === null ? null : referenceDay,
    dwellDays:
      intrusionStart !== null && discoveryLatest !== null
        ? Math.max(0, discoveryLatestDay - intrusionStartDay)
        : null,
    noticeLagDays:
      discoveryEarliest !== null && noticeLatest !== null
        ? Math.max(0, noticeLatestDay - discoveryEarliestDay)
        : null,
    discoveryDisputed: discoveryEarliest !== null && discoveryEarliestDay !== discoveryLatestDay,
    noticeDisputed: noticeLatest !== null && noticeEarliestDay !== noticeLatestDay,
  };
}

/** Age in years of an incident on `asOfDay`; 0 (treated as recent) when no date is known. */
export function incidentAgeYears(timeline: IncidentTimeline, asOfDay: number): number {
  return timeline.referenceDay === null ? 0 : Math.max(0, asOfDay - timeline.referenceDay) / 365.25;
}

/** Public URL of the source behind a claim, or the incident's first source. */
export function sourceUrlOf(incident: ScoringIncident, sourceId: string | null): string | null {
  // A loop rather than Array.prototype.find: this runs for most contributions, and a closure each adds up.
  if (sourceId !== null) {
    for (const source of incident.sources) if (source.id === sourceId) return source.url ?? null;
  }
  return incident.sources[0]?.url ?? null;
}
