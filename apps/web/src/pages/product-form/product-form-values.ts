import { createProductInput, type HostingModel, type ProductDto } from "@ward/contracts";
import type { z } from "zod";
import { schemaErrors } from "../../forms/form-errors";

export interface ProductFormValues {
  name: string;
  hostingModel: HostingModel | null;
  version: string;
  endOfSupport: string | null;
  notes: string;
}

export const emptyProductForm: ProductFormValues = {
  name: "",
  hostingModel: null,
  version: "",
  endOfSupport: null,
  notes: "",
};

/** A stored product as form values, for editing it. */
export function productFormFrom(product: ProductDto): ProductFormValues {
  return {
    name: product.name,
    hostingModel: product.hostingModel,
    version: product.version ?? "",
    endOfSupport: product.endOfSupport,
    notes: product.notes ?? "",
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

function productBodyFrom(values: ProductFormValues) {
  return {
    name: values.name.trim(),
    hostingModel: values.hostingModel,
    version: orNull(values.version),
    endOfSupport: values.endOfSupport || null,
    notes: orNull(values.notes),
  };
}

export const validateProductForm = schemaErrors(createProductInput, productBodyFrom);

export type ProductInput = z.output<typeof createProductInput>;

/** The checked request body; call it only after `validateProductForm` found nothing. */
export function productInputFrom(values: ProductFormValues): ProductInput {
  return createProductInput.parse(productBodyFrom(values));
}
