import { Button, Group, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { Link } from "react-router";
import { FieldRow } from "../../forms/field-row";
import { FormSummary } from "../../forms/form-summary";
import { useSaveForm } from "../../forms/use-save-form";
import { hostingLabels, optionsOf } from "../../labels/enum-labels";
import {
  emptyProductForm,
  type ProductFormValues,
  type ProductInput,
  productInputFrom,
  validateProductForm,
} from "./product-form-values";

interface ProductFormProps {
  /** A stored product's values when editing it. */
  initialValues?: ProductFormValues;
  onSave: (input: ProductInput) => Promise<unknown>;
  cancelTo: string;
}

/** A product the hospital runs from the vendor: where it is hosted and how long it gets security fixes. */
export function ProductForm({ initialValues = emptyProductForm, onSave, cancelTo }: ProductFormProps) {
  const form = useForm<ProductFormValues>({
    mode: "uncontrolled",
    initialValues,
    validate: validateProductForm,
  });
  const { onSubmit, summary, submitting } = useSaveForm(form, (values) => onSave(productInputFrom(values)));
  const input = (path: keyof ProductFormValues) => form.getInputProps(path);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={860}>
        <FormSummary message={summary} />
        <FieldRow cols={2}>
          <TextInput label="Name" withAsterisk {...input("name")} />
          <Select label="Hosting" withAsterisk data={optionsOf(hostingLabels)} {...input("hostingModel")} />
          <TextInput label="Version" {...input("version")} />
          <DateInput
            label="End of support"
            description="When the vendor stops shipping security fixes for this version"
            valueFormat="YYYY-MM-DD"
            clearable
            {...input("endOfSupport")}
          />
        </FieldRow>
        <Textarea label="Notes" autosize minRows={2} {...input("notes")} />
        <Group>
          <Button type="submit" loading={submitting}>
            Save product
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
