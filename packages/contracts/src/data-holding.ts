import { z } from "zod";
import { id, isoDate, isoDateTime, longText, shortText } from "./common";
import { destructionAssurance, holdingEnvironment, migrationStatus, phiCategory, triState } from "./enums";

const holdingFields = {
  /** The vendor system that holds the data, as the vendor or the hospital names it. */
  system: shortText,
  productId: id.nullable(),
  environment: holdingEnvironment,
  /** Approximate number of the hospital's patient records held there. */
  recordCount: z.number().int().nonnegative().max(1_000_000_000).nullable(),
  phiCategories: z.array(phiCategory).max(phiCategory.options.length),
  encryptedAtRest: triState,
  /** Whether the system can be reached with credentials the hospital's own users hold. */
  reachableWithCustomerCredentials: triState,
  migrationStatus,
  endOfSupport: isoDate.nullable(),
  /** Date by which the contract or policy says the data must be gone. */
  retentionEnd: isoDate.nullable(),
  /** Date the vendor destroyed the data, proven by `destructionEvidence`. */
  destroyedOn: isoDate.nullable(),
  /** The certificate of destruction (its reference or file name) or statement that proves `destroyedOn`. */
  destructionEvidence: longText.nullable(),
  /** Who attested the destruction: the person, with their role, who signed the certificate or statement. */
  destructionAttestedBy: shortText.nullable(),
  /**
   * What backs the destruction: a certificate (`documented`) or the hospital's own check (`verified`) counts as
   * proof; the vendor's statement alone (`self_attested`) is recorded but the data still counts as held.
   */
  destructionAssurance: destructionAssurance.nullable(),
  notes: longText.nullable(),
};

export const createDataHoldingInput = z.object({
  system: holdingFields.system,
  environment: holdingFields.environment,
  productId: holdingFields.productId.default(null),
  recordCount: holdingFields.recordCount.default(null),
  phiCategories: holdingFields.phiCategories.default([]),
  encryptedAtRest: holdingFields.encryptedAtRest.default("unknown"),
  reachableWithCustomerCredentials: holdingFields.reachableWithCustomerCredentials.default("unknown"),
  migrationStatus: holdingFields.migrationStatus.default("not_applicable"),
  endOfSupport: holdingFields.endOfSupport.default(null),
  retentionEnd: holdingFields.retentionEnd.default(null),
  destroyedOn: holdingFields.destroyedOn.default(null),
  destructionEvidence: holdingFields.destructionEvidence.default(null),
  destructionAttestedBy: holdingFields.destructionAttestedBy.default(null),
  destructionAssurance: holdingFields.destructionAssurance.default(null),
  notes: holdingFields.notes.default(null),
});
export type CreateDataHoldingInput = z.input<typeof createDataHoldingInput>;

export const updateDataHoldingInput = z
  .object(holdingFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change" });
export type UpdateDataHoldingInput = z.infer<typeof updateDataHoldingInput>;

/**
 * Marking a holding destroyed, in one step: the date with the evidence that proves it, all three required. It is
 * a subset of `updateDataHoldingInput`, sent as one PATCH, so the change is one transaction and one audit event.
 */
export const markDataHoldingDestroyedInput = z.object({
  // In the order the form asks for them, so a failed check points at the first field to fix.
  destructionEvidence: shortText,
  destructionAttestedBy: shortText,
  destructionAssurance,
  destroyedOn: isoDate,
});
export type MarkDataHoldingDestroyedInput = z.infer<typeof markDataHoldingDestroyedInput>;

export const dataHoldingDto = z.object({
  ...holdingFields,
  id,
  vendorId: id,
  isDemo: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type DataHoldingDto = z.infer<typeof dataHoldingDto>;
export const dataHoldingListResponse = z.object({ items: z.array(dataHoldingDto) });
