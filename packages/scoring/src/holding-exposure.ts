import type { MigrationStatus, PhiCategory, TriState } from "@ward/contracts";
import type { RiskShare } from "./assurance";
import { countSensitive } from "./incident-severity";
import { dayNumber } from "./plain-language";
import { clamp } from "./tiers";
import type { ScoringHolding } from "./types";

/**
 * Records at which an exposure counts in full: a million sensitive records. Below that the charge falls on a log
 * scale, so a thousand records count 0.4 and ten 0.06, with no step anywhere.
 */
export const FULL_EXPOSURE_RECORDS = 1_000_000;
/** Records assumed for a copy whose size nobody has recorded: a mid-sized hospital's patients. */
export const UNKNOWN_RECORDS = 100_000;
/** Sensitivity of a copy whose kinds of data are not recorded, between identifying-only (0.5) and full (1). */
export const UNKNOWN_SENSITIVITY = 0.8;
/** Production is the best-watched copy, so a gap there counts half as much as on a forgotten copy. */
export const PRODUCTION_SHARE = 0.5;
/**
 * The log scale counts in tens of records: log10(1 + records / 10). A plain log10(1 + records) would make the
 * first record cost as much as the next ninety, a step of over a point in a score.
 */
const RECORDS_SCALE = 10;

/** 0..1, continuous and increasing, and never more than 0.01 for one more record. */
export function exposureCurve(records: number): number {
  return clamp(
    Math.log10(1 + Math.max(0, records) / RECORDS_SCALE) /
      Math.log10(1 + FULL_EXPOSURE_RECORDS / RECORDS_SCALE),
    0,
    1,
  );
}

/** 0.5..1 by sensitive categories: half for names and addresses alone, full at three sensitive kinds. */
export function sensitivityWeight(categories: readonly PhiCategory[]): number {
  if (categories.length === 0) return UNKNOWN_SENSITIVITY;
  return 0.5 + 0.5 * Math.min(1, countSensitive(categories) / 3);
}

/** Share of an unfinished migration by status: a stalled one has no end in sight, a planned one has a date. */
export function migrationShare(status: MigrationStatus): number {
  switch (status) {
    case "stalled":
      return 1;
    case "not_started":
      return 0.9;
    case "in_progress":
      return 0.6;
    case "planned":
      return 0.5;
    default:
      return 0;
  }
}

/**
 * Destroyed on or before `asOfDay` with proof: a certificate (`documented`) or the hospital's own check
 * (`verified`). A vendor's statement alone is recorded, but the data still counts as held.
 */
export function isProvenDestroyed(holding: ScoringHolding, asOfDay: number): boolean {
  return (
    holding.destroyedOn !== null &&
    dayNumber(holding.destroyedOn) <= asOfDay &&
    (holding.destructionAssurance === "documented" || holding.destructionAssurance === "verified")
  );
}

/** A condition of one holding, 0..1, with the value an unknown takes at the middle, the low and the high end. */
export interface Condition {
  mid: number;
  low: number;
  high: number;
}

export const ABSENT: Condition = { mid: 0, low: 0, high: 0 };
export const PRESENT: Condition = { mid: 1, low: 1, high: 1 };

export function condition(value: number): Condition {
  return value === 0 ? ABSENT : value === 1 ? PRESENT : { mid: value, low: value, high: value };
}

/** A tri-state where "yes" is the danger. */
export function dangerCondition(value: TriState, unknown: number): Condition {
  return value === "yes" ? PRESENT : value === "no" ? ABSENT : { mid: unknown, low: 0, high: 1 };
}

/** A tri-state where "yes" is the control. */
export function gapCondition(value: TriState, unknown: number): Condition {
  return value === "no" ? PRESENT : value === "yes" ? ABSENT : { mid: unknown, low: 0, high: 1 };
}

/** One holding's part in an exposure: records times sensitivity times how far the condition holds. */
export interface HoldingPart {
  holding: ScoringHolding;
  condition: Condition;
  /** `sensitivityWeight` of the holding's categories, worked out once per holding. */
  sensitivity: number;
}

/**
 * The exposure of several holdings under one condition, as a risk share. The records are summed before the curve
 * is applied, so the same records split across two holdings score exactly as one holding that has them all. A
 * size or kind of data nobody recorded takes its assumed value in the middle, and its extremes at the ends of
 * the range (a near-empty copy, or a million sensitive records).
 */
export function sharedExposure(parts: readonly { part: HoldingPart }[]): {
  share: RiskShare;
  weights: number[];
} {
  let mid = 0;
  let low = 0;
  let high = 0;
  let unknown = false;
  const weights: number[] = [];
  for (const { part: holdingPart } of parts) {
    const { holding, condition: c, sensitivity } = holdingPart;
    const known = holding.recordCount !== null;
    const described = holding.phiCategories.length > 0;
    const records = holding.recordCount ?? UNKNOWN_RECORDS;
    const part = records * sensitivity * c.mid;
    weights.push(part);
    mid += part;
    low += (known ? records : 0) * (described ? sensitivity : 0.5) * c.low;
    high += (known ? records : FULL_EXPOSURE_RECORDS) * (described ? sensitivity : 1) * c.high;
    if (!known || !described || c.low !== c.high) unknown = true;
  }
  const midShare = exposureCurve(mid);
  return {
    share: {
      mid: midShare,
      low: low === mid ? midShare : exposureCurve(low),
      high: high === mid ? midShare : exposureCurve(high),
      basis: unknown ? "missing" : "fact",
    },
    weights,
  };
}
