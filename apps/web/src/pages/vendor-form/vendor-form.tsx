import { Button, Group, Select, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { Link } from "react-router";
import { FieldRow } from "../../forms/field-row";
import { FormSummary } from "../../forms/form-summary";
import { useSaveForm } from "../../forms/use-save-form";
import { categoryLabels, criticalityLabels, optionsOf, statusLabels } from "../../labels/enum-labels";
import {
  emptyVendorForm,
  type VendorFormValues,
  type VendorProfileInput,
  validateVendorForm,
  vendorInputFrom,
} from "./vendor-form-values";

interface VendorFormProps {
  initialValues?: VendorFormValues;
  /** Sends the checked body; a rejected promise with an ApiError puts its issues under the fields. */
  onSave: (input: VendorProfileInput) => Promise<unknown>;
  cancelTo: string;
}

/** Create and edit form for a vendor's profile. */
export function VendorForm({ initialValues = emptyVendorForm, onSave, cancelTo }: VendorFormProps) {
  const form = useForm<VendorFormValues>({
    mode: "uncontrolled",
    initialValues,
    validate: validateVendorForm,
  });
  const { onSubmit, summary, submitting } = useSaveForm(form, (values) => onSave(vendorInputFrom(values)));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={760}>
        <FormSummary message={summary} />
        <TextInput label="Name" withAsterisk key={form.key("name")} {...form.getInputProps("name")} />
        <FieldRow cols={3}>
          <Select
            label="Category"
            withAsterisk
            data={optionsOf(categoryLabels)}
            key={form.key("category")}
            {...form.getInputProps("category")}
          />
          <Select
            label="Relationship status"
            data={optionsOf(statusLabels)}
            allowDeselect={false}
            key={form.key("relationshipStatus")}
            {...form.getInputProps("relationshipStatus")}
          />
          <Select
            label="Criticality"
            description="Harm to the hospital if this vendor fails"
            data={optionsOf(criticalityLabels)}
            allowDeselect={false}
            key={form.key("criticality")}
            {...form.getInputProps("criticality")}
          />
        </FieldRow>
        <FieldRow cols={2}>
          <TextInput
            label="Website"
            placeholder="https://"
            type="url"
            key={form.key("website")}
            {...form.getInputProps("website")}
          />
          <TextInput
            label="Parent company"
            key={form.key("parentCompany")}
            {...form.getInputProps("parentCompany")}
          />
        </FieldRow>
        <TagsInput
          label="Aliases"
          description="Other names the vendor is known by; press Enter after each"
          key={form.key("aliases")}
          {...form.getInputProps("aliases")}
        />
        <TagsInput
          label="Former names"
          description="Names it traded under before, so older breach records still match"
          key={form.key("formerNames")}
          {...form.getInputProps("formerNames")}
        />
        <Textarea
          label="Description"
          autosize
          minRows={3}
          key={form.key("description")}
          {...form.getInputProps("description")}
        />
        <Group>
          <Button type="submit" loading={submitting}>
            Save vendor
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
