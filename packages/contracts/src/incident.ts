import { z } from "zod";
import { amountUsd, id, isoDate, isoDateTime, longText, plainText, shortText, url } from "./common";
import { consequenceKind, dateQualifier, entryRoute, incidentDateKind, phiCategory, triState } from "./enums";

export const incidentSourceInput = z.object({
  url,
  title: shortText,
  publisher: plainText(200).nullable().default(null),
  publishedOn: isoDate.nullable().default(null),
});

export const incidentDateInput = z.object({
  kind: incidentDateKind,
  date: isoDate,
  qualifier: dateQualifier.default("exact"),
  note: plainText(500).nullable().default(null),
  /** Index into the incident's `sources` of the source that states this date. */
  source: z.number().int().nonnegative().nullable().default(null),
});

export const consequenceInput = z.object({
  kind: consequenceKind,
  description: shortText,
  amountUsd: amountUsd.nullable().default(null),
  date: isoDate.nullable().default(null),
  /** Index into the incident's `sources`. */
  source: z.number().int().nonnegative().nullable().default(null),
});

const incidentFields = {
  title: shortText,
  summary: longText.nullable(),
  /** How the attacker got in. */
  entryRoute,
  /** Whether the point of entry had multifactor authentication. */
  mfaAtEntry: triState,
  legacySystemInvolved: triState,
  /** Whether patient data was copied out: the confidentiality harm. */
  dataTaken: triState,
  /** Whether the attacker encrypted systems or data to extort payment. */
  encryptedForExtortion: triState,
  /** Whether the incident stopped a service the hospital relies on: the operational harm. */
  serviceOutage: triState,
  /** Days the stopped services were down, counted from the first stop to the last restoration. */
  outageDays: z.number().nonnegative().max(3650).nullable(),
  /** The services the incident stopped ("claims processing", "e-prescribing"). */
  servicesStopped: z.array(plainText(200)).max(20),
  /**
   * Individuals affected, as breach filings count them (the HHS OCR portal counts individuals, not records). The
   * field keeps its historical name.
   */
  recordsAffected: z.number().int().nonnegative().max(10_000_000_000).nullable(),
  /** The count is an estimate, not a filed figure. */
  recordsIsEstimate: z.boolean(),
  /** The count is a filing placeholder (500 or 501 on the HHS OCR portal), not the real scale. */
  recordsIsPlaceholder: z.boolean(),
  dataTypes: z.array(phiCategory).max(phiCategory.options.length),
  sources: z.array(incidentSourceInput).max(50),
  dates: z.array(incidentDateInput).max(100),
  consequences: z.array(consequenceInput).max(50),
};

/** Every `source` index must point at an entry of `sources`. */
function checkSourceIndexes(
  value: {
    sources?: unknown[];
    dates?: { source: number | null }[];
    consequences?: { source: number | null }[];
  },
  ctx: z.RefinementCtx,
) {
  const count = value.sources?.length ?? 0;
  for (const list of ["dates", "consequences"] as const) {
    value[list]?.forEach((entry, index) => {
      if (entry.source !== null && entry.source >= count) {
        ctx.addIssue({
          code: "custom",
          path: [list, index, "source"],
          message: `No source at index ${entry.source}; this incident has ${count} source(s)`,
        });
      }
    });
  }
}

/** An outage's length and the services it stopped belong only to an incident that had an outage. */
export function checkOutage(
  value: {
    serviceOutage?: string | undefined;
    outageDays?: number | null | undefined;
    servicesStopped?: string[] | undefined;
  },
  ctx: z.RefinementCtx,
) {
  if (value.serviceOutage === "yes") return;
  const message = "Only an incident with a service outage has this; set service outage to yes";
  if (value.outageDays !== null && value.outageDays !== undefined)
    ctx.addIssue({ code: "custom", path: ["outageDays"], message });
  if (value.servicesStopped && value.servicesStopped.length > 0)
    ctx.addIssue({ code: "custom", path: ["servicesStopped"], message });
}

export const createIncidentInput = z
  .object({
    title: incidentFields.title,
    entryRoute: incidentFields.entryRoute,
    summary: incidentFields.summary.default(null),
    mfaAtEntry: incidentFields.mfaAtEntry.default("unknown"),
    legacySystemInvolved: incidentFields.legacySystemInvolved.default("unknown"),
    dataTaken: incidentFields.dataTaken.default("unknown"),
    encryptedForExtortion: incidentFields.encryptedForExtortion.default("unknown"),
    serviceOutage: incidentFields.serviceOutage.default("unknown"),
    outageDays: incidentFields.outageDays.default(null),
    servicesStopped: incidentFields.servicesStopped.default([]),
    recordsAffected: incidentFields.recordsAffected.default(null),
    recordsIsEstimate: incidentFields.recordsIsEstimate.default(false),
    recordsIsPlaceholder: incidentFields.recordsIsPlaceholder.default(false),
    dataTypes: incidentFields.dataTypes.default([]),
    sources: incidentFields.sources.default([]),
    dates: incidentFields.dates.default([]),
    consequences: incidentFields.consequences.default([]),
  })
  .superRefine(checkSourceIndexes)
  .superRefine(checkOutage);
export type CreateIncidentInput = z.input<typeof createIncidentInput>;

/**
 * Partial update. `sources`, `dates` and `consequences` replace the whole list when sent; a date's `source`
 * index then refers to the `sources` sent with it, so send the three together when they reference each other.
 */
export const updateIncidentInput = z
  .object(incidentFields)
  .partial()
  .superRefine((value, ctx) => {
    if (Object.keys(value).length === 0)
      ctx.addIssue({ code: "custom", message: "Send at least one field to change" });
    if ((value.dates || value.consequences) && !value.sources) {
      const refs = [...(value.dates ?? []), ...(value.consequences ?? [])].some((e) => e.source !== null);
      if (refs)
        ctx.addIssue({
          code: "custom",
          path: ["sources"],
          message: "Send sources with dates that cite them",
        });
    }
    if (value.sources) checkSourceIndexes(value, ctx);
    // Sent together, the outage fields must agree; sent apart, the service checks them against the stored incident.
    if (value.serviceOutage !== undefined) checkOutage(value, ctx);
  });
export type UpdateIncidentInput = z.infer<typeof updateIncidentInput>;

export const incidentSourceDto = z.object({
  id,
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedOn: isoDate.nullable(),
});
export type IncidentSourceDto = z.infer<typeof incidentSourceDto>;

export const incidentDateDto = z.object({
  id,
  kind: incidentDateKind,
  date: isoDate,
  qualifier: dateQualifier,
  note: z.string().nullable(),
  sourceId: id.nullable(),
});
export type IncidentDateDto = z.infer<typeof incidentDateDto>;

export const consequenceDto = z.object({
  id,
  kind: consequenceKind,
  description: z.string(),
  amountUsd: z.number().nullable(),
  date: isoDate.nullable(),
  sourceId: id.nullable(),
});
export type ConsequenceDto = z.infer<typeof consequenceDto>;

export const incidentDto = z.object({
  id,
  vendorId: id,
  title: z.string(),
  summary: z.string().nullable(),
  entryRoute,
  mfaAtEntry: triState,
  legacySystemInvolved: triState,
  dataTaken: triState,
  encryptedForExtortion: triState,
  serviceOutage: triState,
  outageDays: z.number().nullable(),
  servicesStopped: z.array(z.string()),
  recordsAffected: z.number().int().nullable(),
  recordsIsEstimate: z.boolean(),
  recordsIsPlaceholder: z.boolean(),
  dataTypes: z.array(phiCategory),
  sources: z.array(incidentSourceDto),
  /** Dates sorted by kind then date; several entries of one kind mean the sources disagree. */
  dates: z.array(incidentDateDto),
  consequences: z.array(consequenceDto),
  isDemo: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type IncidentDto = z.infer<typeof incidentDto>;
export const incidentListResponse = z.object({ items: z.array(incidentDto) });
