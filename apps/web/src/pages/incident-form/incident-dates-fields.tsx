import { Select, Stack, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { FieldRow } from "../../forms/field-row";
import { dateKindLabels, optionsOf, qualifierLabels } from "../../labels/enum-labels";
import { type IncidentFormValues, newDate } from "./incident-form-values";
import { AddListItemButton, ListItemFieldset, sourceChoices } from "./list-item-fields";

const qualifierOptions = optionsOf(qualifierLabels).map((o) =>
  o.value === "exact" ? { ...o, label: "Exact" } : o,
);

/** The incident's moments. Several dates of one kind are welcome: they record that sources disagree. */
export function IncidentDatesFields({ form }: { form: UseFormReturnType<IncidentFormValues> }) {
  const { sources, dates } = form.getValues();
  const sourceOptions = sourceChoices(sources);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        When sources give different dates for the same moment, add one date per source.
      </Text>
      {dates.map((date, index) => (
        <ListItemFieldset
          key={date.key}
          noun="Date"
          index={index}
          onRemove={() => form.removeListItem("dates", index)}
        >
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
        </ListItemFieldset>
      ))}
      <AddListItemButton label="Add date" onClick={() => form.insertListItem("dates", newDate())} />
    </Stack>
  );
}
