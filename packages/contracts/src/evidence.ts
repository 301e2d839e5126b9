import { z } from "zod";
import { id, isoDate, isoDateTime, longText, plainText, shortText, text, url } from "./common";
import { evidenceAssurance, evidenceDocument, evidenceOrigin } from "./enums";

/**
 * A fact key such as `mfa.remote_access` or `legacy.migration_complete`. Dotted lower-case words, so the scoring
 * engine and the questionnaires can name the facts they read and write.
 */
export const evidenceFactor = text()
  .trim()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, "Use dotted lower-case words, e.g. mfa.remote_access")
  .max(100);

export const evidenceValue = z.union([z.boolean(), z.number(), text().max(500)]);

const evidenceFields = {
  factor: evidenceFactor,
  value: evidenceValue,
  /** One sentence that says what is known, for readers who do not know the factor key. */
  statement: shortText,
  /** When the fact was true or observed, not when it was typed in. */
  observedOn: isoDate,
  origin: evidenceOrigin,
  /** How well the fact is backed; scoring trusts a good answer less when only the vendor vouches for it. */
  assurance: evidenceAssurance,
  /** The document behind a `documented` fact; null otherwise. */
  document: evidenceDocument.nullable(),
  sourceUrl: url.nullable(),
  sourceTitle: plainText(200).nullable(),
  notes: longText.nullable(),
};

/** A documented fact names its document, and only a documented fact has one. */
function checkDocument(
  value: { assurance?: string | undefined; document?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.assurance === "documented" && value.document === null)
    ctx.addIssue({
      code: "custom",
      path: ["document"],
      message: "Name the document behind a documented fact",
    });
  if (value.assurance !== undefined && value.assurance !== "documented" && value.document)
    ctx.addIssue({
      code: "custom",
      path: ["document"],
      message: "Only a documented fact has a document; set assurance to documented",
    });
}

/** The assurance a fact gets when none is given: what its origin can vouch for. */
export function defaultAssurance(origin: z.infer<typeof evidenceOrigin>): z.infer<typeof evidenceAssurance> {
  return origin === "public_record" || origin === "breach_import" ? "public_record" : "self_attested";
}

export const createEvidenceInput = z
  .object({
    factor: evidenceFields.factor,
    value: evidenceFields.value,
    statement: evidenceFields.statement,
    observedOn: evidenceFields.observedOn,
    origin: evidenceFields.origin.default("analyst"),
    /** Left out, it follows the origin: `public_record` for public records and breach imports, else `self_attested`. */
    assurance: evidenceFields.assurance.optional(),
    document: evidenceFields.document.default(null),
    sourceUrl: evidenceFields.sourceUrl.default(null),
    sourceTitle: evidenceFields.sourceTitle.default(null),
    notes: evidenceFields.notes.default(null),
  })
  // Checked against the assurance the fact will get, so a document sent without an assurance is refused too.
  .superRefine((value, ctx) =>
    checkDocument({ ...value, assurance: value.assurance ?? defaultAssurance(value.origin) }, ctx),
  );
export type CreateEvidenceInput = z.input<typeof createEvidenceInput>;

export const updateEvidenceInput = z
  .object(evidenceFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change" })
  .superRefine(checkDocument);
export type UpdateEvidenceInput = z.infer<typeof updateEvidenceInput>;

export const evidenceDto = z.object({
  ...evidenceFields,
  id,
  vendorId: id,
  isDemo: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type EvidenceDto = z.infer<typeof evidenceDto>;
export const evidenceListResponse = z.object({ items: z.array(evidenceDto) });
