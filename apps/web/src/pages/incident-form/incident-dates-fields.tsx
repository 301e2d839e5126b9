import { Button, CloseButton, Fieldset, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { FieldRow } from "../../forms/field-row";
import { dateKindLabels, optionsOf, qualifierLabels } from "../../labels/enum-labels";
import { type IncidentFormValues, newDate } from "./incident-form-values";

const qualifierOptions = optionsOf(qualifierLabels).map((o) =>
  o.value === "exact" ? { ...o, label: "Exact" } : o,
);

/** The incident's moments. Several dates of one kind are welcome: they record that sources disagree. */
export function IncidentDatesFields({ form }: { form: UseFormReturnType<IncidentFormValues> }) {
  const { sources, dates } = form.getValues();
  const sourceOptions = sources.map((s, i) => ({
    value: s.key,
    label: `${i + 1}. ${s.title || s.url || "Untitled"}`,
  }));

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        When sources give different dates for the same moment, add one date per source.
      </Text>
      {dates.map((date, index) => (
        <Fieldset key={date.key} legend={`Date ${index + 1}`} variant="filled">
          <Group justify="flex-end" mt={-8}>
            <CloseButton
              aria-label={`Remove date ${index + 1}`}
              onClick={() => form.removeListItem("dates", index)}
            />
          </Group>
          <FieldRow cols={4}>
            <Select
              label="Moment"
              withAsterisk
              data={optionsOf(dateKindLabels)}
              {...form.getInputProps(`dates.${index}.kind`)}
            />
            <DateInput
              label="Date"
              withAsterisk
              valueFormat="YYYY-MM-DD"
              {...form.getInputProps(`dates.${index}.date`)}
            />
            <Select
              label="Precision"
              data={qualifierOptions}
              allowDeselect={false}
              {...form.getInputProps(`dates.${index}.qualifier`)}
            />
            <Select
              label="Source"
              placeholder={sources.length ? "Choose a source" : "Add a source first"}
              data={sourceOptions}
              clearable
              {...form.getInputProps(`dates.${index}.source`)}
            />
          </FieldRow>
          <TextInput mt="sm" label="Note" {...form.getInputProps(`dates.${index}.note`)} />
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus aria-hidden size={16} />}
          onClick={() => form.insertListItem("dates", newDate())}
        >
          Add date
        </Button>
      </Group>
    </Stack>
  );
}
