import {
  Button,
  CloseButton,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { FieldRow } from "../../forms/field-row";
import { consequenceLabels, optionsOf } from "../../labels/enum-labels";
import { type IncidentFormValues, newConsequence } from "./incident-form-values";

/** What followed the incident (fines, settlements, lawsuits), each with the source that reports it. */
export function IncidentConsequencesFields({ form }: { form: UseFormReturnType<IncidentFormValues> }) {
  const { sources, consequences } = form.getValues();
  const sourceOptions = sources.map((s, i) => ({
    value: s.key,
    label: `${i + 1}. ${s.title || s.url || "Untitled"}`,
  }));

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Fines, settlements, lawsuits and other costs that followed, each with the source that reports it.
      </Text>
      {consequences.map((consequence, index) => (
        <Fieldset key={consequence.key} legend={`Consequence ${index + 1}`} variant="filled">
          <Group justify="flex-end" mt={-8}>
            <CloseButton
              aria-label={`Remove consequence ${index + 1}`}
              onClick={() => form.removeListItem("consequences", index)}
            />
          </Group>
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
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus aria-hidden size={16} />}
          onClick={() => form.insertListItem("consequences", newConsequence())}
        >
          Add consequence
        </Button>
      </Group>
    </Stack>
  );
}
