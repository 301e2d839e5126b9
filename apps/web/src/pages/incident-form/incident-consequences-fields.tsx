import { NumberInput, Select, Stack, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { FieldRow } from "../../forms/field-row";
import { consequenceLabels, optionsOf } from "../../labels/enum-labels";
import { type IncidentFormValues, newConsequence } from "./incident-form-values";
import { AddListItemButton, ListItemFieldset, sourceChoices } from "./list-item-fields";

/** What followed the incident (fines, settlements, lawsuits), each with the source that reports it. */
export function IncidentConsequencesFields({ form }: { form: UseFormReturnType<IncidentFormValues> }) {
  const { sources, consequences } = form.getValues();
  const sourceOptions = sourceChoices(sources);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Fines, settlements, lawsuits and other costs that followed, each with the source that reports it.
      </Text>
      {consequences.map((consequence, index) => (
        <ListItemFieldset
          key={consequence.key}
          noun="Consequence"
          index={index}
          onRemove={() => form.removeListItem("consequences", index)}
        >
          <FieldRow cols={2}>
            <Select
              label="Kind"
              withAsterisk
              data={optionsOf(consequenceLabels)}
              {...form.getInputProps(`consequences.${index}.kind`)}
            />
            <TextInput
              label="Description"
              withAsterisk
              {...form.getInputProps(`consequences.${index}.description`)}
            />
          </FieldRow>
          <FieldRow cols={3} mt="sm">
            <NumberInput
              label="Amount (USD)"
              min={0}
              thousandSeparator=","
              prefix="$"
              {...form.getInputProps(`consequences.${index}.amountUsd`)}
            />
            <DateInput
              label="Date"
              valueFormat="YYYY-MM-DD"
              clearable
              {...form.getInputProps(`consequences.${index}.date`)}
            />
            <Select
              label="Source"
              placeholder={sources.length ? "Choose a source" : "Add a source first"}
              data={sourceOptions}
              clearable
              {...form.getInputProps(`consequences.${index}.source`)}
            />
          </FieldRow>
        </ListItemFieldset>
      ))}
      <AddListItemButton
        label="Add consequence"
        onClick={() => form.insertListItem("consequences", newConsequence())}
      />
    </Stack>
  );
}
