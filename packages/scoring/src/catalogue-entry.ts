/*
 * The shape of a scored catalogue entry, apart from the catalogue itself so that the files holding each
 * dimension's entries and the catalogue that joins them do not import each other.
 */
import type { EvidenceValueKind } from "./evidence-fact";
import type { FactorGroupKey } from "./factor-groups";
import type { DimensionId } from "./types";

export type { EvidenceValueKind };

interface CatalogueEntryBase {
  /** The evidence key, as questionnaires write it. */
  factor: string;
  label: string;
  dimension: DimensionId;
  /** The question to ask the vendor when the answer is missing, unknown or stale. */
  question: string;
  /** The weakness the factor measures, charged once with the other factors that measure it. */
  group: FactorGroupKey;
  /** Sentence when the control is in place. No sentence names another vendor's incident; `reference` does. */
  good: string;
  /** Sentence when it is not. */
  bad: string;
  /** Sentence when nobody knows. */
  unknown: string;
  /** The what-if action that puts the control in place, in a few words. */
  whatIf: string;
  /** Why the factor is here: the rule, the guidance and the incidents behind it (for METHODOLOGY-NOTES.md). */
  reference: string;
  /**
   * `incident_with_unknown_vector`: only asked of a vendor that has an incident whose entry route is unknown;
   * a missing answer costs nothing otherwise (an answer given is always scored).
   */
  appliesWhen: "always" | "incident_with_unknown_vector";
}

export interface BooleanEntry extends CatalogueEntryBase {
  kind: "boolean";
  goodValue: boolean;
}
export interface CoverageEntry extends CatalogueEntryBase {
  kind: "coverage";
  /** Who the control covers, for "Only 60% of {scope} use MFA". */
  scope: string;
}
export interface DaysEntry extends CatalogueEntryBase {
  kind: "days";
  /** At or below this many days the control is fully in place. */
  goodAtMost: number;
  /** At or above this many days it counts as absent; linear in between. */
  badAtLeast: number;
  /** Sentence for a known number of days. */
  describe: (days: number) => string;
}
export type CatalogueEntry = BooleanEntry | CoverageEntry | DaysEntry;
