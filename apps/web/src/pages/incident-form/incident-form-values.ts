import { randomId } from "@mantine/hooks";
import {
  type AttackVector,
  createIncidentInput,
  type DateQualifier,
  type IncidentDateKind,
  type PhiCategory,
  type TriState,
} from "@ward/contracts";
import type { z } from "zod";
import { schemaErrors } from "../../forms/form-errors";

export interface SourceFields {
  /** Stable identity for React and for dates that cite this source, unlike its position in the list. */
  key: string;
  url: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
}

export interface DateFields {
  key: string;
  kind: IncidentDateKind | null;
  date: string | null;
  qualifier: DateQualifier;
  note: string;
  /** `key` of the source that states this date. */
  source: string | null;
}

export interface IncidentFormValues {
  title: string;
  summary: string;
  attackVector: AttackVector | null;
  mfaAtEntry: TriState;
  legacySystemInvolved: TriState;
  /** NumberInput gives "" when empty. */
  recordsAffected: number | string;
  recordsIsEstimate: boolean;
  recordsIsPlaceholder: boolean;
  dataTypes: PhiCategory[];
  sources: SourceFields[];
  dates: DateFields[];
}

export const emptyIncidentForm = (): IncidentFormValues => ({
  title: "",
  summary: "",
  attackVector: null,
  mfaAtEntry: "unknown",
  legacySystemInvolved: "unknown",
  recordsAffected: "",
  recordsIsEstimate: false,
  recordsIsPlaceholder: false,
  dataTypes: [],
  sources: [],
  dates: [],
});

export const newSource = (): SourceFields => ({
  key: randomId(),
  url: "",
  title: "",
  publisher: "",
  publishedOn: null,
});

export const newDate = (): DateFields => ({
  key: randomId(),
  kind: null,
  date: null,
  qualifier: "exact",
  note: "",
  source: null,
});

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * The request body before checking. The API cites a source by its index in `sources`, the form by its key, so a
 * source removed or reordered in the form cannot leave a date pointing at the wrong source.
 */
function incidentBodyFrom(values: IncidentFormValues) {
  const sourceIndex = new Map(values.sources.map((s, index) => [s.key, index]));
  return {
    title: values.title.trim(),
    summary: orNull(values.summary),
    attackVector: values.attackVector,
    mfaAtEntry: values.mfaAtEntry,
    legacySystemInvolved: values.legacySystemInvolved,
    recordsAffected: typeof values.recordsAffected === "number" ? values.recordsAffected : null,
    recordsIsEstimate: values.recordsIsEstimate,
    recordsIsPlaceholder: values.recordsIsPlaceholder,
    dataTypes: values.dataTypes,
    sources: values.sources.map((s) => ({
      url: s.url.trim(),
      title: s.title.trim(),
      publisher: orNull(s.publisher),
      publishedOn: s.publishedOn || null,
    })),
    dates: values.dates.map((d) => ({
      kind: d.kind,
      date: d.date,
      qualifier: d.qualifier,
      note: orNull(d.note),
      source: d.source === null ? null : (sourceIndex.get(d.source) ?? null),
    })),
  };
}

export const validateIncidentForm = schemaErrors(createIncidentInput, incidentBodyFrom);

export type IncidentInput = z.output<typeof createIncidentInput>;

/** The checked request body; call it only after `validateIncidentForm` found nothing. */
export function incidentInputFrom(values: IncidentFormValues): IncidentInput {
  return createIncidentInput.parse(incidentBodyFrom(values));
}
