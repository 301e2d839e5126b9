import { z } from "zod";
import { id, isoDate, isoDateTime, longText, plainText, shortText } from "./common";
import { hostingModel } from "./enums";

export const createProductInput = z.object({
  name: shortText,
  hostingModel,
  version: plainText(100).nullable().default(null),
  /** Date the vendor stops shipping security fixes for this version. */
  endOfSupport: isoDate.nullable().default(null),
  notes: longText.nullable().default(null),
});
export type CreateProductInput = z.input<typeof createProductInput>;

export const updateProductInput = z
  .object({
    name: shortText,
    hostingModel,
    version: plainText(100).nullable(),
    endOfSupport: isoDate.nullable(),
    notes: longText.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change" });
export type UpdateProductInput = z.infer<typeof updateProductInput>;

export const productDto = z.object({
  id,
  vendorId: id,
  name: z.string(),
  hostingModel,
  version: z.string().nullable(),
  endOfSupport: isoDate.nullable(),
  notes: z.string().nullable(),
  /** Made up for the demonstration, not a public fact. */
  isDemo: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ProductDto = z.infer<typeof productDto>;
export const productListResponse = z.object({ items: z.array(productDto) });
