import {
  type Criticality,
  createVendorInput,
  type RelationshipStatus,
  type VendorCategory,
  type VendorDto,
} from "@ward/contracts";
import type { z } from "zod";
import { schemaErrors } from "../../forms/form-errors";

/** What the vendor form edits. Text boxes hold "" for "not given"; the request body holds null. */
export interface VendorFormValues {
  name: string;
  category: VendorCategory | null;
  relationshipStatus: RelationshipStatus;
  criticality: Criticality;
  website: string;
  parentCompany: string;
  aliases: string[];
  formerNames: string[];
  description: string;
}

export const emptyVendorForm: VendorFormValues = {
  name: "",
  category: null,
  relationshipStatus: "prospect",
  criticality: "moderate",
  website: "",
  parentCompany: "",
  aliases: [],
  formerNames: [],
  description: "",
};

export function vendorFormFrom(vendor: VendorDto): VendorFormValues {
  return {
    name: vendor.name,
    category: vendor.category,
    relationshipStatus: vendor.relationshipStatus,
    criticality: vendor.criticality,
    website: vendor.website ?? "",
    parentCompany: vendor.parentCompany ?? "",
    aliases: vendor.aliases,
    formerNames: vendor.formerNames,
    description: vendor.description ?? "",
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * The request body for both create and edit, before checking. Ownership history is not on the form, so an edit
 * leaves it as is. `category` may still be null here; the schema then reports it as the field to fix.
 */
function vendorBodyFrom(values: VendorFormValues) {
  return {
    name: values.name.trim(),
    category: values.category,
    relationshipStatus: values.relationshipStatus,
    criticality: values.criticality,
    website: orNull(values.website),
    parentCompany: orNull(values.parentCompany),
    aliases: values.aliases,
    formerNames: values.formerNames,
    description: orNull(values.description),
  };
}

export const validateVendorForm = schemaErrors(createVendorInput, vendorBodyFrom);

/** The checked body the form saves: the vendor's profile without its ownership history, which it does not edit. */
export type VendorProfileInput = Omit<z.output<typeof createVendorInput>, "ownershipHistory">;

/**
 * The checked request body; call it only after `validateVendorForm` found nothing. Ownership history is left out
 * because the schema would default it to [], and an edit must not wipe it.
 */
export function vendorInputFrom(values: VendorFormValues): VendorProfileInput {
  const { ownershipHistory: _notEdited, ...profile } = createVendorInput.parse(vendorBodyFrom(values));
  return profile;
}
