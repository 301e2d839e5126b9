import type { DimensionId } from "./types";

/** How an evidence value is read. */
export type EvidenceValueKind =
  /** true or false (also "yes"/"no"); `goodValue` says which one is the control in place. */
  | "boolean"
  /** A control that can be partly in place: true/false, a share 0..1 or a percentage, or "partial". */
  | "coverage"
  /** A number of days, where fewer is better ("never" is the worst). */
  | "days";

/** What a person needs to enter one fact as evidence: its key, its words and the kind of value it takes. */
export interface EvidenceFact {
  /** The evidence key, as questionnaires write it. */
  factor: string;
  label: string;
  /** The question to ask the vendor when the answer is missing, unknown or stale. */
  question: string;
  kind: EvidenceValueKind;
  /** The dimension whose score the fact moves; null for a fact Ward keeps but does not score. */
  dimension: DimensionId | null;
}
