import { BREACH_HISTORY_EVIDENCE } from "./breach-history-evidence";
import type { CatalogueEntry } from "./catalogue-entry";
import { CREDENTIAL_HYGIENE_EVIDENCE } from "./credential-hygiene-evidence";
import { LEGACY_DATA_EVIDENCE } from "./legacy-data-evidence";
import type { DimensionId } from "./types";

export type {
  BooleanEntry,
  CatalogueEntry,
  CoverageEntry,
  DaysEntry,
  EvidenceValueKind,
} from "./catalogue-entry";

/**
 * Every evidence key the engine scores. Evidence with another key (continuity, assurance, testing) is kept by
 * Ward but does not move these three scores. Each entry belongs to a factor group (factor-groups.ts), which
 * charges its weight once for the worst of its members; a missing or "unknown" answer costs the dimension's
 * unknown share (assurance.ts).
 */
export const EVIDENCE_CATALOGUE: readonly CatalogueEntry[] = [
  ...CREDENTIAL_HYGIENE_EVIDENCE,
  ...LEGACY_DATA_EVIDENCE,
  ...BREACH_HISTORY_EVIDENCE,
];

const byFactor = new Map(EVIDENCE_CATALOGUE.map((entry) => [entry.factor, entry]));
/**
 * Positions by evidence key, in an object without a prototype rather than a Map: every evidence answer of a
 * portfolio is looked up here, and a property load on a string key was faster than `Map.get` over the
 * benchmark's 400,000 answers. Without a prototype, keys such as "constructor" find nothing.
 */
const indexByFactor: Record<string, number | undefined> = Object.create(null);
for (let index = 0; index < EVIDENCE_CATALOGUE.length; index++) {
  indexByFactor[(EVIDENCE_CATALOGUE[index] as CatalogueEntry).factor] = index;
}

/** Position of an evidence key in `EVIDENCE_CATALOGUE`, or undefined when the engine does not score it. */
export function catalogueIndexOf(factor: string): number | undefined {
  return indexByFactor[factor];
}

/** The catalogue entry of an evidence key, or undefined when the engine does not score that key. */
export function catalogueEntry(factor: string): CatalogueEntry | undefined {
  return byFactor.get(factor);
}

/** The value that means "control in place", for what-if actions. */
export function goodValueOf(entry: CatalogueEntry): boolean | number {
  if (entry.kind === "boolean") return entry.goodValue;
  if (entry.kind === "coverage") return true;
  return entry.goodAtMost;
}

const byDimension: Readonly<Record<DimensionId, readonly CatalogueEntry[]>> = {
  legacyDataExposure: EVIDENCE_CATALOGUE.filter((entry) => entry.dimension === "legacyDataExposure"),
  credentialHygiene: EVIDENCE_CATALOGUE.filter((entry) => entry.dimension === "credentialHygiene"),
  breachHistory: EVIDENCE_CATALOGUE.filter((entry) => entry.dimension === "breachHistory"),
};

/** Positions in `EVIDENCE_CATALOGUE` of each dimension's entries, parallel to `catalogueFor`. */
const indexesByDimension: Readonly<Record<DimensionId, readonly number[]>> = {
  legacyDataExposure: indexesOf(byDimension.legacyDataExposure),
  credentialHygiene: indexesOf(byDimension.credentialHygiene),
  breachHistory: indexesOf(byDimension.breachHistory),
};

function indexesOf(entries: readonly CatalogueEntry[]): number[] {
  const indexes: number[] = [];
  for (const entry of entries) indexes.push(EVIDENCE_CATALOGUE.indexOf(entry));
  return indexes;
}

/**
 * Catalogue positions of one dimension's entries, in the order of `catalogueFor`, so a dimension scorer reads
 * answers by position without a keyed lookup per entry.
 */
export function catalogueIndexesFor(dimension: DimensionId): readonly number[] {
  return indexesByDimension[dimension];
}

/** The entries of one dimension, in catalogue order. */
export function catalogueFor(dimension: DimensionId): readonly CatalogueEntry[] {
  return byDimension[dimension];
}
