import { Button, Group, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import type { ProductDto } from "@ward/contracts";
import { Link } from "react-router";
import { FieldRow } from "../../forms/field-row";
import { FormSummary } from "../../forms/form-summary";
import { useSaveForm } from "../../forms/use-save-form";
import {
  environmentLabels,
  migrationLabels,
  optionsOf,
  phiLabels,
  triStateLabels,
} from "../../labels/enum-labels";
import {
  type DataHoldingFormValues,
  type DataHoldingInput,
  dataHoldingInputFrom,
  emptyDataHoldingForm,
  validateDataHoldingForm,
} from "./data-holding-form-values";

interface DataHoldingFormProps {
  /** A stored holding's values when editing it. */
  initialValues?: DataHoldingFormValues;
  /** The vendor's products, to say which one holds the data. */
  products: ProductDto[];
  onSave: (input: DataHoldingInput) => Promise<unknown>;
  cancelTo: string;
}

/** Records where the vendor keeps a copy of the hospital's data and what is known about protecting it. */
export function DataHoldingForm({
  initialValues = emptyDataHoldingForm,
  products,
  onSave,
  cancelTo,
}: DataHoldingFormProps) {
  const form = useForm<DataHoldingFormValues>({
    mode: "uncontrolled",
    initialValues,
    validate: validateDataHoldingForm,
  });
  const { onSubmit, summary, submitting } = useSaveForm(form, (values) =>
    onSave(dataHoldingInputFrom(values)),
  );
  // Nothing sets this form's values after mount, so its uncontrolled inputs need no remount keys.
  const input = (path: keyof DataHoldingFormValues) => form.getInputProps(path);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={860}>
        <FormSummary message={summary} />
        <FieldRow cols={2}>
          <TextInput
            label="System"
            description="The vendor system that holds the data"
            withAsterisk
            {...input("system")}
          />
          <Select
            label="Environment"
            withAsterisk
            data={optionsOf(environmentLabels)}
            {...input("environment")}
          />
          <Select
            label="Product"
            placeholder={products.length ? "None" : "No products recorded"}
            data={products.map((p) => ({ value: p.id, label: p.name }))}
            clearable
            {...input("productId")}
          />
          <NumberInput
            label="Records"
            description="Approximate number of your patients' records held"
            min={0}
            allowDecimal={false}
            thousandSeparator=","
            {...input("recordCount")}
          />
        </FieldRow>
        <MultiSelect
          label="PHI categories"
          data={optionsOf(phiLabels)}
          searchable
          {...input("phiCategories")}
        />
        <FieldRow cols={3}>
          <Select
            label="Encrypted at rest"
            data={optionsOf(triStateLabels)}
            allowDeselect={false}
            {...input("encryptedAtRest")}
          />
          <Select
            label="Reachable with customer credentials"
            data={optionsOf(triStateLabels)}
            allowDeselect={false}
            {...input("reachableWithCustomerCredentials")}
          />
          <Select
            label="Migration status"
            data={optionsOf(migrationLabels)}
            allowDeselect={false}
            {...input("migrationStatus")}
          />
        </FieldRow>
        <FieldRow cols={3}>
          <DateInput label="End of support" valueFormat="YYYY-MM-DD" clearable {...input("endOfSupport")} />
          <DateInput
            label="Retention end"
            description="When the contract says the data must be gone"
            valueFormat="YYYY-MM-DD"
            clearable
            {...input("retentionEnd")}
          />
          <DateInput label="Destroyed on" valueFormat="YYYY-MM-DD" clearable {...input("destroyedOn")} />
        </FieldRow>
        <FieldRow cols={2}>
          <Textarea
            label="Destruction evidence"
            description="The certificate (its reference or file name) or statement that proves the data was destroyed"
            autosize
            minRows={1}
            {...input("destructionEvidence")}
          />
          <TextInput
            label="Attested by"
            description="Who signed the certificate or statement"
            {...input("destructionAttestedBy")}
          />
        </FieldRow>
        <Textarea label="Notes" autosize minRows={2} {...input("notes")} />
        <Group>
          <Button type="submit" loading={submitting}>
            Save data holding
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
