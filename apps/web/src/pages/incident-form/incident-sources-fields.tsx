import { Stack, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { FieldRow } from "../../forms/field-row";
import { type IncidentFormValues, newSource } from "./incident-form-values";
import { AddListItemButton, ListItemFieldset } from "./list-item-fields";

/** The public sources that report the incident; dates below cite them. */
export function IncidentSourcesFields({ form }: { form: UseFormReturnType<IncidentFormValues> }) {
  const { sources, dates, consequences } = form.getValues();

  const removeSource = (index: number) => {
    const removed = sources[index];
    form.removeListItem("sources", index);
    // Dates and consequences that cited the removed source now cite none, rather than silently moving to the
    // next one.
    dates.forEach((date, i) => {
      if (removed && date.source === removed.key) form.setFieldValue(`dates.${i}.source`, null);
    });
    consequences.forEach((consequence, i) => {
      if (removed && consequence.source === removed.key) form.setFieldValue(`consequences.${i}.source`, null);
    });
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Link every public report you rely on. Dates below say which source states them.
      </Text>
      {sources.map((source, index) => (
        <ListItemFieldset key={source.key} noun="Source" index={index} onRemove={() => removeSource(index)}>
          <FieldRow cols={2}>
            <TextInput
              label="URL"
              placeholder="https://"
              type="url"
              withAsterisk
              {...form.getInputProps(`sources.${index}.url`)}
            />
            <TextInput label="Title" withAsterisk {...form.getInputProps(`sources.${index}.title`)} />
            <TextInput label="Publisher" {...form.getInputProps(`sources.${index}.publisher`)} />
            <DateInput
              label="Published on"
              valueFormat="YYYY-MM-DD"
              clearable
              {...form.getInputProps(`sources.${index}.publishedOn`)}
            />
          </FieldRow>
        </ListItemFieldset>
      ))}
      <AddListItemButton label="Add source" onClick={() => form.insertListItem("sources", newSource())} />
    </Stack>
  );
}
