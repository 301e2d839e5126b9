import {
  createDataHoldingInput,
  type DataHoldingDto,
  type HoldingEnvironment,
  type MigrationStatus,
  type PhiCategory,
  type TriState,
} from "@ward/contracts";
import type { z } from "zod";
import { schemaErrors } from "../../forms/form-errors";

export interface DataHoldingFormValues {
  system: string;
  environment: HoldingEnvironment | null;
  productId: string | null;
  /** NumberInput gives "" when empty. */
  recordCount: number | string;
  phiCategories: PhiCategory[];
  encryptedAtRest: TriState;
  reachableWithCustomerCredentials: TriState;
  migrationStatus: MigrationStatus;
  endOfSupport: string | null;
  retentionEnd: string | null;
  destroyedOn: string | null;
  destructionEvidence: string;
  destructionAttestedBy: string;
  notes: string;
}

export const emptyDataHoldingForm: DataHoldingFormValues = {
  system: "",
  environment: null,
  productId: null,
  recordCount: "",
  phiCategories: [],
  encryptedAtRest: "unknown",
  reachableWithCustomerCredentials: "unknown",
  migrationStatus: "not_applicable",
  endOfSupport: null,
  retentionEnd: null,
  destroyedOn: null,
  destructionEvidence: "",
  destructionAttestedBy: "",
  notes: "",
};

/** A stored data holding as form values, for editing it. */
export function dataHoldingFormFrom(holding: DataHoldingDto): DataHoldingFormValues {
  return {
    system: holding.system,
    environment: holding.environment,
    productId: holding.productId,
    recordCount: holding.recordCount ?? "",
    phiCategories: holding.phiCategories,
    encryptedAtRest: holding.encryptedAtRest,
    reachableWithCustomerCredentials: holding.reachableWithCustomerCredentials,
    migrationStatus: holding.migrationStatus,
    endOfSupport: holding.endOfSupport,
    retentionEnd: holding.retentionEnd,
    destroyedOn: holding.destroyedOn,
    destructionEvidence: holding.destructionEvidence ?? "",
    destructionAttestedBy: holding.destructionAttestedBy ?? "",
    notes: holding.notes ?? "",
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

function dataHoldingBodyFrom(values: DataHoldingFormValues) {
  return {
    ...values,
    system: values.system.trim(),
    recordCount: typeof values.recordCount === "number" ? values.recordCount : null,
    endOfSupport: values.endOfSupport || null,
    retentionEnd: values.retentionEnd || null,
    destroyedOn: values.destroyedOn || null,
    destructionEvidence: orNull(values.destructionEvidence),
    destructionAttestedBy: orNull(values.destructionAttestedBy),
    notes: orNull(values.notes),
  };
}

export const validateDataHoldingForm = schemaErrors(createDataHoldingInput, dataHoldingBodyFrom);

export type DataHoldingInput = z.output<typeof createDataHoldingInput>;

/** The checked request body; call it only after `validateDataHoldingForm` found nothing. */
export function dataHoldingInputFrom(values: DataHoldingFormValues): DataHoldingInput {
  return createDataHoldingInput.parse(dataHoldingBodyFrom(values));
}
