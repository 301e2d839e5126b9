import { latestAnswers } from "./evidence-answers";
import { collectIncidentFacts, type IncidentFacts } from "./incident-severity";
import { dayNumber } from "./plain-language";
import { clamp } from "./tiers";
import type {
  DimensionId,
  ResolvedSettings,
  ScoringEvidence,
  ScoringSettings,
  VendorRiskProfile,
} from "./types";

/** Defaults of every organization setting. */
export const DEFAULT_SETTINGS: ResolvedSettings = {
  dimensionWeights: { legacyDataExposure: 1, credentialHygiene: 1, breachHistory: 1 },
  factorMultipliers: {},
  evidenceFreshnessDays: 365,
  worstDimensionShare: 0.7,
};

const finiteOr = (value: number | undefined, fallback: number): number =>
  value !== undefined && Number.isFinite(value) ? value : fallback;

/**
 * Fills defaults and makes every value safe: negative weights and multipliers become 0, because a negative
 * weight would let a worse answer lower the score.
 */
export function resolveSettings(settings: ScoringSettings = {}): ResolvedSettings {
  const weights = settings.dimensionWeights ?? {};
  const dimensionWeights = { ...DEFAULT_SETTINGS.dimensionWeights };
  for (const key of Object.keys(dimensionWeights) as DimensionId[]) {
    dimensionWeights[key] = Math.max(0, finiteOr(weights[key], dimensionWeights[key]));
  }
  const factorMultipliers: Record<string, number> = {};
  for (const [factor, multiplier] of Object.entries(settings.factorMultipliers ?? {})) {
    factorMultipliers[factor] = Math.max(0, finiteOr(multiplier, 1));
  }
  return {
    dimensionWeights,
    factorMultipliers,
    evidenceFreshnessDays: Math.max(1, finiteOr(settings.evidenceFreshnessDays, 365)),
    worstDimensionShare: clamp(finiteOr(settings.worstDimensionShare, 0.7), 0.5, 1),
  };
}

/** What every dimension scorer needs besides the profile, computed once per score. */
export interface ScoringContext {
  profile: VendorRiskProfile;
  settings: ResolvedSettings;
  /** The date scored, YYYY-MM-DD. */
  asOf: string;
  asOfDay: number;
  /** The answer in force on `asOf` for each catalogue key, by position in `EVIDENCE_CATALOGUE`. */
  answers: readonly (ScoringEvidence | undefined)[];
  /** Days since 1970-01-01 on which each of `answers` was observed, by the same positions. */
  answerDays: readonly number[];
  /** Whether the organization set any factor multiplier. */
  hasMultipliers: boolean;
  /** Incidents that had begun by `asOf`, with resolved timelines and recency weights. */
  incidents: readonly IncidentFacts[];
}

/** Accepts a date or a date-time and keeps the date: scores are per calendar day. */
export function normalizeAsOf(asOf: string): string {
  dayNumber(asOf);
  return asOf.slice(0, 10);
}

// A loop rather than Object.keys(...).length, which allocates an array on every score.
function hasAnyKey(record: Readonly<Record<string, number>>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

function isInIdOrder(list: readonly { id: string }[]): boolean {
  if (list.length < 2) return true;
  let previous = (list[0] as { id: string }).id;
  for (let i = 1; i < list.length; i++) {
    const id = (list[i] as { id: string }).id;
    if (previous > id) return false;
    previous = id;
  }
  return true;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The profile with its products, holdings and incidents in id order, so the order records arrive in never changes
 * which of two equal factors carries a group's points, nor the order of the reasons: the output is the same byte
 * for byte. Lists already in order (the API loads them so) are kept as they are.
 */
function inIdOrder(profile: VendorRiskProfile): VendorRiskProfile {
  const { products, dataHoldings, incidents } = profile;
  if (isInIdOrder(products) && isInIdOrder(dataHoldings) && isInIdOrder(incidents)) return profile;
  return {
    ...profile,
    products: [...products].sort(byId),
    dataHoldings: [...dataHoldings].sort(byId),
    incidents: [...incidents].sort(byId),
  };
}

export function createContext(
  profile: VendorRiskProfile,
  settings: ResolvedSettings,
  asOf: string,
): ScoringContext {
  // dayNumber reads only the date part and throws on anything else, so it both checks `asOf` and counts it.
  const asOfDay = dayNumber(asOf);
  const day = asOf.length === 10 ? asOf : asOf.slice(0, 10);
  const answers = latestAnswers(profile.evidence, asOfDay);
  const ordered = inIdOrder(profile);
  return {
    profile: ordered,
    settings,
    asOf: day,
    asOfDay,
    answers: answers.rows,
    answerDays: answers.days,
    hasMultipliers: hasAnyKey(settings.factorMultipliers),
    incidents: collectIncidentFacts(ordered.incidents, asOfDay),
  };
}
