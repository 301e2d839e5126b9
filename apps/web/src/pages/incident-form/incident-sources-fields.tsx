import { Button, CloseButton, Fieldset, Group, Stack, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { FieldRow } from "../../forms/field-row";
import { type IncidentFormValues, newSource } from "./incident-form-values";

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
        <Fieldset key={source.key} legend={`Source ${index + 1}`} variant="filled">
          <Group justify="flex-end" mt={-8}>
            <CloseButton aria-label={`Remove source ${index + 1}`} onClick={() => removeSource(index)} />
          </Group>
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
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus aria-hidden size={16} />}
          onClick={() => form.insertListItem("sources", newSource())}
        >
          Add source
        </Button>
      </Group>
    </Stack>
  );
}
