import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { Link } from "react-router";
import { FieldRow } from "../../forms/field-row";
import { FormSummary } from "../../forms/form-summary";
import { useSaveForm } from "../../forms/use-save-form";
import { entryRouteLabels, optionsOf, phiLabels, triStateLabels } from "../../labels/enum-labels";
import { IncidentConsequencesFields } from "./incident-consequences-fields";
import { IncidentDatesFields } from "./incident-dates-fields";
import {
  emptyIncidentForm,
  type IncidentFormValues,
  type IncidentInput,
  incidentInputFrom,
  validateIncidentForm,
} from "./incident-form-values";
import { IncidentImpactFields } from "./incident-impact-fields";
import { IncidentSourcesFields } from "./incident-sources-fields";

interface IncidentFormProps {
  /** A stored incident's values when editing it. */
  initialValues?: IncidentFormValues;
  onSave: (input: IncidentInput) => Promise<unknown>;
  cancelTo: string;
}

/** Records a security incident at a vendor, with the sources that report it and the dates they give. */
export function IncidentForm({ initialValues, onSave, cancelTo }: IncidentFormProps) {
  // Controlled: the date rows list the sources by title, so they must re-render as a source is typed.
  const form = useForm<IncidentFormValues>({
    mode: "controlled",
    initialValues: initialValues ?? emptyIncidentForm(),
    validate: validateIncidentForm,
  });
  const { onSubmit, summary, submitting } = useSaveForm(form, (values) => onSave(incidentInputFrom(values)));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg" maw={960}>
        <FormSummary message={summary} />
        <Stack gap="md">
          <TextInput label="Title" withAsterisk {...form.getInputProps("title")} />
          <Textarea label="Summary" autosize minRows={3} {...form.getInputProps("summary")} />
          <FieldRow cols={3}>
            <Select
              label="Entry route"
              description="How the attacker got in; ransomware is what happened, recorded below"
              withAsterisk
              data={optionsOf(entryRouteLabels)}
              {...form.getInputProps("entryRoute")}
            />
            <Select
              label="MFA at entry"
              description="Did the point of entry require multifactor authentication?"
              data={optionsOf(triStateLabels)}
              allowDeselect={false}
              {...form.getInputProps("mfaAtEntry")}
            />
            <Select
              label="Legacy system involved"
              data={optionsOf(triStateLabels)}
              allowDeselect={false}
              {...form.getInputProps("legacySystemInvolved")}
            />
          </FieldRow>
          <IncidentImpactFields form={form} />
          <Group align="flex-end">
            <NumberInput
              label="Individuals affected"
              description="As breach filings count them"
              min={0}
              allowDecimal={false}
              thousandSeparator=","
              {...form.getInputProps("recordsAffected")}
            />
            <Checkbox
              label="The count is an estimate"
              {...form.getInputProps("recordsIsEstimate", { type: "checkbox" })}
            />
            <Checkbox
              label="The count is a filing placeholder (such as 500 or 501)"
              {...form.getInputProps("recordsIsPlaceholder", { type: "checkbox" })}
            />
          </Group>
          <MultiSelect
            label="Data types"
            description="Categories of patient information involved"
            data={optionsOf(phiLabels)}
            searchable
            {...form.getInputProps("dataTypes")}
          />
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="incident-sources">
          <Title order={2} size="h4" id="incident-sources">
            Sources
          </Title>
          <IncidentSourcesFields form={form} />
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="incident-dates">
          <Title order={2} size="h4" id="incident-dates">
            Dates
          </Title>
          <IncidentDatesFields form={form} />
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="incident-consequences">
          <Title order={2} size="h4" id="incident-consequences">
            Consequences
          </Title>
          <IncidentConsequencesFields form={form} />
        </Stack>
        <Group>
          <Button type="submit" loading={submitting}>
            Save incident
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
