import type { ConsequenceKind, PhiCategory, TriState } from "@ward/contracts";
import { factShare, type RiskShare, UNKNOWN_SHARES, unknownShare } from "./assurance";
import { breachSizePercentile } from "./breach-size-quantiles";
import { BREACH_SIZE_TABLE } from "./breach-size-table";
import { countSensitive, knownIndividuals } from "./incident-severity";
import { clamp } from "./tiers";
import type { ScoringIncident } from "./types";

const UNKNOWN = UNKNOWN_SHARES.breachHistory;

/** The smallest filed breach still counts a tenth of the largest: 500 individuals' records are real harm. */
export const MAGNITUDE_BASE = 0.1;
/** Days of outage at which the harm reaches about two thirds of its maximum; a month is almost all of it. */
export const OUTAGE_SCALE_DAYS = 7;
/** Dwell time: nothing up to a week, full at 90 days, linear between. */
export const DWELL_FREE_DAYS = 7;
export const DWELL_FULL_DAYS = 90;
/** Notice delay: nothing up to 10 days, full at 90, linear between (60 days, the HIPAA outer limit, is 0.625). */
export const NOTICE_FREE_DAYS = 10;
export const NOTICE_FULL_DAYS = 90;
/** A placeholder count filed instead of the real one: a failure of disclosure, charged once, here. */
export const PLACEHOLDER_SHARE = 0.6;

/** Harm of each consequence, the largest counting: a regulator's penalty says most about what went wrong. */
export const CONSEQUENCE_SHARES: Partial<Record<ConsequenceKind, number>> = {
  regulator_fine: 1,
  settlement: 0.6,
  lawsuit: 0.4,
  criminal_investigation: 0.3,
};

function weakerBasis(a: RiskShare["basis"], b: RiskShare["basis"]): RiskShare["basis"] {
  if (a === "missing" || b === "missing") return "missing";
  return a === "unverified" || b === "unverified" ? "unverified" : "fact";
}

/** The product of three risk shares, range ends multiplied alike; a fact only when all three are. */
export function multiplyShares(a: RiskShare, b: RiskShare, c: RiskShare): RiskShare {
  return {
    mid: a.mid * b.mid * c.mid,
    low: a.low * b.low * c.low,
    high: a.high * b.high * c.high,
    basis: weakerBasis(weakerBasis(a.basis, b.basis), c.basis),
  };
}

export function scaleShare(share: RiskShare, weight: number): RiskShare {
  return { mid: share.mid * weight, low: share.low * weight, high: share.high * weight, basis: share.basis };
}

const SMALLEST_FILED = BREACH_SIZE_TABLE.points[0]?.individuals ?? 500;
const LARGEST_FILED = BREACH_SIZE_TABLE.points[BREACH_SIZE_TABLE.points.length - 1]?.individuals ?? 1e8;

/** 0..1: where a size sits between the smallest and the largest filing, on a log scale. */
const LOG_SMALLEST = Math.log10(SMALLEST_FILED);
const LOG_SPAN = Math.log10(LARGEST_FILED) - LOG_SMALLEST;

export function logSizeShare(individuals: number): number {
  return clamp((Math.log10(Math.max(1, individuals)) - LOG_SMALLEST) / LOG_SPAN, 0, 1);
}

/**
 * 0.1..1 from the individuals affected: 0.1 + 0.9 x (p² + s) / 2, where p is the size's percentile among business
 * associates' hacking breaches on the HHS OCR portal and s its place between the smallest and the largest filing on a
 * log scale. The percentile says how a breach compares with the others; above the 99th it has few filings left to
 * tell a 15-million breach from a 190-million one, which the log scale still does. The median breach counts about
 * a third of the largest. Continuous and increasing in the size.
 */
export function magnitudeOf(individuals: number, p: number = breachSizePercentile(individuals)): number {
  return MAGNITUDE_BASE + (1 - MAGNITUDE_BASE) * ((p * p + logSizeShare(individuals)) / 2);
}

/**
 * Magnitude from the individuals affected. Unknown, or a placeholder, takes the median business-associate breach
 * in the middle, and anything from the smallest filing (500) to the largest at the ends.
 */
const MEDIAN_MAGNITUDE = magnitudeOf(
  BREACH_SIZE_TABLE.points.find((point) => point.percent === 50)?.individuals ?? 6215,
);

export function magnitudeShare(incident: ScoringIncident, percentile?: number): RiskShare {
  const individuals = knownIndividuals(incident);
  if (individuals !== null) return factShare(magnitudeOf(individuals, percentile));
  return { mid: MEDIAN_MAGNITUDE, low: magnitudeOf(SMALLEST_FILED), high: 1, basis: "missing" };
}

/** 0.6..1 by sensitive categories taken: identifying details alone 0.6, three sensitive kinds or more 1. */
export function dataSensitivityShare(
  categories: readonly PhiCategory[],
  sensitive: number = countSensitive(categories),
): RiskShare {
  if (categories.length === 0) return UNKNOWN_SENSITIVITY;
  return factShare(0.6 + 0.4 * Math.min(1, sensitive / 3));
}

const UNKNOWN_SENSITIVITY: RiskShare = { mid: 0.8, low: 0.6, high: 1, basis: "missing" };

export function triStateShare(value: TriState): RiskShare {
  return value === "yes" ? factShare(1) : value === "no" ? factShare(0) : unknownShare(UNKNOWN);
}

/** 0..1, continuous and increasing: 1 - e^(-days/7), so a day is 0.13, a week 0.63, a month 0.99. */
export function outageCurve(days: number): number {
  return 1 - Math.exp(-Math.max(0, days) / OUTAGE_SCALE_DAYS);
}

export function outageShare(incident: ScoringIncident): RiskShare {
  if (incident.serviceOutage !== "yes") return triStateShare(incident.serviceOutage);
  if (incident.outageDays !== null) return factShare(outageCurve(incident.outageDays));
  return { mid: outageCurve(OUTAGE_SCALE_DAYS), low: outageCurve(1), high: 1, basis: "missing" };
}

function linearShare(days: number | null, free: number, full: number): RiskShare {
  if (days === null) return unknownShare(UNKNOWN);
  return factShare(clamp((days - free) / (full - free), 0, 1));
}

export function dwellShare(days: number | null): RiskShare {
  return linearShare(days, DWELL_FREE_DAYS, DWELL_FULL_DAYS);
}

export function noticeShare(days: number | null): RiskShare {
  return linearShare(days, NOTICE_FREE_DAYS, NOTICE_FULL_DAYS);
}

/** The most serious consequence's share, 0 when none is recorded. */
export function consequenceShare(incident: ScoringIncident): number {
  if (incident.consequences.length === 0) return 0;
  let share = 0;
  for (const c of incident.consequences) share = Math.max(share, CONSEQUENCE_SHARES[c.kind] ?? 0);
  return share;
}
