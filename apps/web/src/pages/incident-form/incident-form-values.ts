import { randomId } from "@mantine/hooks";
import {
  type ConsequenceKind,
  createIncidentInput,
  type DateQualifier,
  type EntryRoute,
  type IncidentDateKind,
  type IncidentDto,
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

export interface ConsequenceFields {
  key: string;
  kind: ConsequenceKind | null;
  description: string;
  /** NumberInput gives "" when empty. */
  amountUsd: number | string;
  date: string | null;
  /** `key` of the source that reports this consequence. */
  source: string | null;
}

export interface IncidentFormValues {
  title: string;
  summary: string;
  entryRoute: EntryRoute | null;
  mfaAtEntry: TriState;
  legacySystemInvolved: TriState;
  dataTaken: TriState;
  encryptedForExtortion: TriState;
  serviceOutage: TriState;
  /** NumberInput gives "" when empty. */
  outageDays: number | string;
  servicesStopped: string[];
  /** NumberInput gives "" when empty. */
  recordsAffected: number | string;
  recordsIsEstimate: boolean;
  recordsIsPlaceholder: boolean;
  dataTypes: PhiCategory[];
  sources: SourceFields[];
  dates: DateFields[];
  consequences: ConsequenceFields[];
}

export const emptyIncidentForm = (): IncidentFormValues => ({
  title: "",
  summary: "",
  entryRoute: null,
  mfaAtEntry: "unknown",
  legacySystemInvolved: "unknown",
  dataTaken: "unknown",
  encryptedForExtortion: "unknown",
  serviceOutage: "unknown",
  outageDays: "",
  servicesStopped: [],
  recordsAffected: "",
  recordsIsEstimate: false,
  recordsIsPlaceholder: false,
  dataTypes: [],
  sources: [],
  dates: [],
  consequences: [],
});

/**
 * A stored incident as form values, for editing it. A stored source's id serves as its key, so the dates and
 * consequences that cite it keep citing it however the sources are reordered.
 */
export function incidentFormFrom(incident: IncidentDto): IncidentFormValues {
  return {
    title: incident.title,
    summary: incident.summary ?? "",
    entryRoute: incident.entryRoute,
    mfaAtEntry: incident.mfaAtEntry,
    legacySystemInvolved: incident.legacySystemInvolved,
    dataTaken: incident.dataTaken,
    encryptedForExtortion: incident.encryptedForExtortion,
    serviceOutage: incident.serviceOutage,
    outageDays: incident.outageDays ?? "",
    servicesStopped: incident.servicesStopped,
    recordsAffected: incident.recordsAffected ?? "",
    recordsIsEstimate: incident.recordsIsEstimate,
    recordsIsPlaceholder: incident.recordsIsPlaceholder,
    dataTypes: incident.dataTypes,
    sources: incident.sources.map((s) => ({
      key: s.id,
      url: s.url,
      title: s.title,
      publisher: s.publisher ?? "",
      publishedOn: s.publishedOn,
    })),
    dates: incident.dates.map((d) => ({
      key: d.id,
      kind: d.kind,
      date: d.date,
      qualifier: d.qualifier,
      note: d.note ?? "",
      source: d.sourceId,
    })),
    consequences: incident.consequences.map((c) => ({
      key: c.id,
      kind: c.kind,
      description: c.description,
      amountUsd: c.amountUsd ?? "",
      date: c.date,
      source: c.sourceId,
    })),
  };
}

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

export const newConsequence = (): ConsequenceFields => ({
  key: randomId(),
  kind: null,
  description: "",
  amountUsd: "",
  date: null,
  source: null,
});

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * The request body before checking. The API cites a source by its index in `sources`, the form by its key, so a
 * source removed or reordered in the form cannot leave a date or consequence pointing at the wrong source.
 */
function incidentBodyFrom(values: IncidentFormValues) {
  const sourceIndex = new Map(values.sources.map((s, index) => [s.key, index]));
  const indexOf = (key: string | null) => (key === null ? null : (sourceIndex.get(key) ?? null));
  // The outage's details are hidden without an outage, so what was typed there before is not sent.
  const outage = values.serviceOutage === "yes";
  return {
    title: values.title.trim(),
    summary: orNull(values.summary),
    entryRoute: values.entryRoute,
    mfaAtEntry: values.mfaAtEntry,
    legacySystemInvolved: values.legacySystemInvolved,
    dataTaken: values.dataTaken,
    encryptedForExtortion: values.encryptedForExtortion,
    serviceOutage: values.serviceOutage,
    outageDays: outage && typeof values.outageDays === "number" ? values.outageDays : null,
    servicesStopped: outage ? values.servicesStopped.map((s) => s.trim()).filter((s) => s !== "") : [],
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
      source: indexOf(d.source),
    })),
    consequences: values.consequences.map((c) => ({
      kind: c.kind,
      description: c.description.trim(),
      amountUsd: typeof c.amountUsd === "number" ? c.amountUsd : null,
      date: c.date || null,
      source: indexOf(c.source),
    })),
  };
}

export const validateIncidentForm = schemaErrors(createIncidentInput, incidentBodyFrom);

export type IncidentInput = z.output<typeof createIncidentInput>;

/** The checked request body; call it only after `validateIncidentForm` found nothing. */
export function incidentInputFrom(values: IncidentFormValues): IncidentInput {
  return createIncidentInput.parse(incidentBodyFrom(values));
}
