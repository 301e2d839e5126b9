import { z } from "zod";
import { evidenceFactor } from "./evidence";
import { dimensionId } from "./score";

/** How a fact's value is read: yes or no; a control partly in place; a number of days, fewer being better. */
export const evidenceValueKind = z.enum(["boolean", "coverage", "days"]);
export type EvidenceValueKind = z.infer<typeof evidenceValueKind>;

export const evidenceAnswerChoice = z.object({
  value: z.union([z.boolean(), z.string()]),
  label: z.string(),
});
export type EvidenceAnswerChoice = z.infer<typeof evidenceAnswerChoice>;

export const evidenceCatalogueEntry = z.object({
  /** The evidence key to send as `factor`; people see `label`. */
  key: evidenceFactor,
  label: z.string(),
  /** The question to put to the vendor to learn the value. */
  question: z.string(),
  valueKind: evidenceValueKind,
  /** Values offered as choices, with their words. */
  choices: z.array(evidenceAnswerChoice),
  /**
   * Whether a number is accepted besides the choices: `share` is the part covered, 0 to 1; `days` a count of
   * days with no upper bound (`max` null).
   */
  number: z
    .object({ unit: z.enum(["share", "days"]), min: z.number(), max: z.number().nullable() })
    .nullable(),
  /** The risk dimension the fact moves; null for a fact Ward keeps on record but does not score. */
  dimension: dimensionId.nullable(),
});
export type EvidenceCatalogueEntry = z.infer<typeof evidenceCatalogueEntry>;

export const evidenceCatalogueResponse = z.object({ items: z.array(evidenceCatalogueEntry) });
export type EvidenceCatalogueResponse = z.infer<typeof evidenceCatalogueResponse>;
