import type { FormErrors } from "@mantine/form";
import {
  createEvidenceInput,
  type EvidenceAssurance,
  type EvidenceCatalogueEntry,
  type EvidenceDocument,
  type EvidenceDto,
  type EvidenceOrigin,
} from "@ward/contracts";
import type { z } from "zod";
import { schemaErrors } from "../../forms/form-errors";
import { answerFields, answerValue, isShare, NUMBER_ANSWER } from "./evidence-answer";

export interface EvidenceFormValues {
  /** The catalogue key, picked by its label. */
  factor: string | null;
  /** The picked answer: one of the fact's choices, or `NUMBER_ANSWER`. Named as the API names it. */
  value: string | null;
  /** The number when `value` is `NUMBER_ANSWER`: a percentage for a share, else days. NumberInput gives "". */
  amount: number | string;
  statement: string;
  observedOn: string | null;
  origin: EvidenceOrigin;
  /** How well the fact is backed; follows the origin until the analyst picks another. */
  assurance: EvidenceAssurance;
  /** The document behind a documented fact; ignored otherwise. */
  document: EvidenceDocument | null;
  sourceUrl: string;
  sourceTitle: string;
  notes: string;
}

export const emptyEvidenceForm: EvidenceFormValues = {
  factor: null,
  value: null,
  amount: "",
  statement: "",
  observedOn: null,
  origin: "analyst",
  assurance: "self_attested",
  document: null,
  sourceUrl: "",
  sourceTitle: "",
  notes: "",
};

/** The form as it opens on a stored record. */
export function evidenceFormFrom(
  evidence: EvidenceDto,
  entry: EvidenceCatalogueEntry | undefined,
): EvidenceFormValues {
  return {
    ...answerFields(entry, evidence.value),
    factor: entry ? evidence.factor : null,
    statement: evidence.statement,
    observedOn: evidence.observedOn,
    origin: evidence.origin,
    assurance: evidence.assurance,
    document: evidence.document,
    sourceUrl: evidence.sourceUrl ?? "",
    sourceTitle: evidence.sourceTitle ?? "",
    notes: evidence.notes ?? "",
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());
type Catalogue = readonly EvidenceCatalogueEntry[];
const entryOf = (catalogue: Catalogue, key: string | null) => catalogue.find((entry) => entry.key === key);

function evidenceBodyFrom(catalogue: Catalogue, values: EvidenceFormValues) {
  const entry = entryOf(catalogue, values.factor);
  return {
    factor: values.factor ?? "",
    value: entry ? answerValue(entry, values.value, values.amount) : undefined,
    statement: values.statement.trim(),
    observedOn: values.observedOn || null,
    origin: values.origin,
    assurance: values.assurance,
    // The document select is hidden unless the fact is documented, so a stale choice there is not sent.
    document: values.assurance === "documented" ? values.document : null,
    sourceUrl: orNull(values.sourceUrl),
    sourceTitle: orNull(values.sourceTitle),
    notes: orNull(values.notes),
  };
}

/** Problems with the answer the contract cannot see: it knows neither the catalogue nor the number's unit. */
function answerErrors(entry: EvidenceCatalogueEntry | undefined, values: EvidenceFormValues): FormErrors {
  if (!entry) return { factor: "Choose a fact from the list" };
  if (values.value === null) return { value: "Choose an answer" };
  if (values.value !== NUMBER_ANSWER || !entry.number) return {};
  const amount = values.amount;
  if (typeof amount !== "number") return { amount: "Enter a number" };
  const max = isShare(entry) ? 100 : entry.number.max;
  if (amount < entry.number.min || (max !== null && amount > max)) {
    return {
      amount: max === null ? `Enter ${entry.number.min} or more` : `Enter ${entry.number.min} to ${max}`,
    };
  }
  return {};
}

/** Client-side checks: the answer against the catalogue, everything else against the API's own contract. */
export function validateEvidenceForm(catalogue: Catalogue) {
  return (values: EvidenceFormValues): FormErrors => {
    const rest = schemaErrors(createEvidenceInput, (v: EvidenceFormValues) => evidenceBodyFrom(catalogue, v))(
      values,
    );
    delete rest.factor;
    delete rest.value;
    return { ...answerErrors(entryOf(catalogue, values.factor), values), ...rest };
  };
}

export type EvidenceInput = z.output<typeof createEvidenceInput>;

/** The checked request body; call it only after `validateEvidenceForm` found nothing. */
export function evidenceInputFrom(catalogue: Catalogue, values: EvidenceFormValues): EvidenceInput {
  return createEvidenceInput.parse(evidenceBodyFrom(catalogue, values));
}
