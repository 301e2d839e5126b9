import type { IncidentDateKind } from "@ward/contracts";
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

// Recency counts from when the intrusion began; without that, from the first moment the sources do give.
const REFERENCE_ORDER: readonly IncidentDateKind[] = [
  "intrusion_start",
  "vendor_discovery",
  "intrusion_end",
  "customer_notice",
  "public_disclosure",
  "regulator_filing",
];

/** Earliest and latest claim of one kind; sources disagree when the two differ. */
class ClaimRange {
  earliest: DateClaim;
  latest: DateClaim;
  constructor(first: DateClaim) {
    this.earliest = first;
    this.latest = first;
  }
  get disputed(): boolean {
    return this.earliest.day !== this.latest.day;
  }
  add(claim: DateClaim): void {
    if (claim.day < this.earliest.day) this.earliest = claim;
    if (claim.day > this.latest.day) this.latest = claim;
  }
}

/**
 * Resolves an incident's dated claims on `asOfDay` (days since 1970-01-01). Rules: dwell time runs from the
 * earliest intrusion start to the LATER discovery claim; notification lag runs from the EARLIER discovery to
 * the LATER notice; recency counts from the LATER intrusion-start claim (or the first other moment known), so a
 * disagreement never makes an incident look shorter, faster or older than some source says. Claims dated after
 * `asOfDay` are ignored: on the day being scored they had not happened yet.
 */
export function resolveIncidentTimeline(incident: ScoringIncident, asOfDay: number): IncidentTimeline {
  // One pass over the dates: a portfolio score resolves tens of thousands of timelines.
  // Every kind present from the start, so the object keeps one shape however the dates arrive.
  const ranges: Record<IncidentDateKind, ClaimRange | null> = {
    intrusion_start: null,
    intrusion_end: null,
    vendor_discovery: null,
    customer_notice: null,
    public_disclosure: null,
    regulator_filing: null,
  };
  for (const entry of incident.dates) {
    const day = dayNumber(entry.date);
    if (day > asOfDay) continue;
    const claim = { date: entry.date, day, sourceId: entry.sourceId };
    const range = ranges[entry.kind];
    if (range) range.add(claim);
    else ranges[entry.kind] = new ClaimRange(claim);
  }
  const discoveries = ranges.vendor_discovery;
  const intrusionStart = ranges.intrusion_start?.earliest ?? null;
  const discoveryEarliest = discoveries?.earliest ?? null;
  const discoveryLatest = discoveries?.latest ?? null;
  const noticeLatest = ranges.customer_notice?.latest ?? null;
  let reference: DateClaim | null = null;
  for (const kind of REFERENCE_ORDER) {
    reference = ranges[kind]?.latest ?? null;
    if (reference) break;
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
    discoveryDisputed: discoveries?.disputed ?? false,
    noticeDisputed: ranges.customer_notice?.disputed ?? false,
  };
}

/** Age in years of an incident on `asOfDay`; 0 (treated as recent) when no date is known. */
export function incidentAgeYears(timeline: IncidentTimeline, asOfDay: number): number {
  return timeline.reference ? Math.max(0, asOfDay - timeline.reference.day) / 365.25 : 0;
}

/** Public URL of the source behind a claim, or the incident's first source. */
export function sourceUrlOf(incident: ScoringIncident, sourceId: string | null): string | null {
  const match = sourceId === null ? undefined : incident.sources.find((s) => s.id === sourceId);
  return (match ?? incident.sources[0])?.url ?? null;
}
