import { Button, Group, NumberInput, Radio, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { defaultAssurance, type EvidenceCatalogueEntry, type EvidenceOrigin } from "@ward/contracts";
import { FieldRow } from "../../forms/field-row";
import { FormSummary } from "../../forms/form-summary";
import { useSaveForm } from "../../forms/use-save-form";
import { assuranceLabels, documentLabels, optionsOf, originLabels } from "../../labels/enum-labels";
import { dimensionLabels, dimensionOrder } from "../../labels/risk-labels";
import { choiceKey, isShare, NUMBER_ANSWER } from "./evidence-answer";
import {
  type EvidenceFormValues,
  type EvidenceInput,
  emptyEvidenceForm,
  evidenceInputFrom,
  validateEvidenceForm,
} from "./evidence-form-values";

/** The catalogue as select groups, in the order the risk panels use, then the facts kept only on record. */
function factOptions(catalogue: readonly EvidenceCatalogueEntry[]) {
  const groups = dimensionOrder.map((dimension) => ({
    group: dimensionLabels[dimension],
    items: catalogue.filter((e) => e.dimension === dimension).map((e) => ({ value: e.key, label: e.label })),
  }));
  groups.push({
    group: "Kept on record, not scored",
    items: catalogue.filter((e) => e.dimension === null).map((e) => ({ value: e.key, label: e.label })),
  });
  return groups.filter((g) => g.items.length > 0);
}

function numberLabel(entry: EvidenceCatalogueEntry): string {
  return isShare(entry) ? "A share" : "A number of days";
}

interface EvidenceFormProps {
  catalogue: readonly EvidenceCatalogueEntry[];
  /** The stored record's values when editing. */
  initialValues?: EvidenceFormValues;
  submitLabel: string;
  onSave: (input: EvidenceInput) => Promise<unknown>;
  onCancel: () => void;
}

/** One fact about the vendor, picked by its label, answered with the control its kind needs. */
export function EvidenceForm({ catalogue, initialValues, submitLabel, onSave, onCancel }: EvidenceFormProps) {
  const form = useForm<EvidenceFormValues>({
    mode: "controlled",
    initialValues: initialValues ?? emptyEvidenceForm,
    validate: validateEvidenceForm(catalogue),
  });
  const { onSubmit, summary, submitting } = useSaveForm(form, (values) =>
    onSave(evidenceInputFrom(catalogue, values)),
  );
  const entry = catalogue.find((e) => e.key === form.values.factor);
  const factorInput = form.getInputProps("factor");
  const originInput = form.getInputProps("origin");

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormSummary message={summary} />
        <Select
          label="Fact"
          placeholder="Search the catalogue"
          description={entry ? `Ask the vendor: ${entry.question}` : "What the evidence is about"}
          withAsterisk
          searchable
          nothingFoundMessage="No fact matches"
          data={factOptions(catalogue)}
          {...factorInput}
          onChange={(key) => {
            // Another fact may not take the same answers, so the answer starts again.
            factorInput.onChange(key);
            form.setFieldValue("value", null);
            form.setFieldValue("amount", "");
          }}
        />
        {entry && (
          <Radio.Group label="Answer" withAsterisk {...form.getInputProps("value")}>
            <Group gap="md" mt={6}>
              {entry.choices.map((choice) => (
                <Radio key={choiceKey(choice.value)} value={choiceKey(choice.value)} label={choice.label} />
              ))}
              {entry.number && <Radio value={NUMBER_ANSWER} label={numberLabel(entry)} />}
            </Group>
          </Radio.Group>
        )}
        {entry?.number && form.values.value === NUMBER_ANSWER && (
          <NumberInput
            label={isShare(entry) ? "Share covered" : "Days"}
            description={isShare(entry) ? "Percentage of the users or systems covered" : undefined}
            suffix={isShare(entry) ? "%" : undefined}
            min={0}
            max={isShare(entry) ? 100 : undefined}
            withAsterisk
            maw={240}
            {...form.getInputProps("amount")}
          />
        )}
        <TextInput
          label="Statement"
          description="One sentence that says what is known, for readers who do not know the fact"
          withAsterisk
          {...form.getInputProps("statement")}
        />
        <FieldRow cols={2}>
          <DateInput
            label="Observed on"
            description="When the fact was true or seen, not today"
            valueFormat="YYYY-MM-DD"
            withAsterisk
            {...form.getInputProps("observedOn")}
          />
          <Select
            label="Origin"
            data={optionsOf(originLabels)}
            allowDeselect={false}
            {...originInput}
            onChange={(origin) => {
              // The assurance follows the origin, as the API would take it; the analyst can still change it.
              originInput.onChange(origin);
              if (origin) form.setFieldValue("assurance", defaultAssurance(origin as EvidenceOrigin));
            }}
          />
          <Select
            label="Assurance"
            description="How well the fact is backed; the vendor's word counts for less"
            data={optionsOf(assuranceLabels)}
            allowDeselect={false}
            {...form.getInputProps("assurance")}
          />
          {form.values.assurance === "documented" ? (
            <Select
              label="Document"
              description="The report or certificate that backs the fact"
              withAsterisk
              data={optionsOf(documentLabels)}
              {...form.getInputProps("document")}
            />
          ) : (
            <div />
          )}
          <TextInput label="Source URL" placeholder="https://" {...form.getInputProps("sourceUrl")} />
          <TextInput label="Source title" {...form.getInputProps("sourceTitle")} />
        </FieldRow>
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps("notes")} />
        {entry?.dimension === null && (
          <Text size="sm" c="dimmed">
            Ward keeps this fact on record; it does not change the vendor's score.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
