import { Group, NumberInput, Radio, Stack, TagsInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { TriState } from "@ward/contracts";
import { FieldRow } from "../../forms/field-row";
import { optionsOf, triStateLabels } from "../../labels/enum-labels";
import type { IncidentFormValues } from "./incident-form-values";

type ImpactField = "dataTaken" | "encryptedForExtortion" | "serviceOutage";

/** Yes, no or unknown as three radios: every answer in view, reachable with the arrow keys. */
function TriStateChoice({
  form,
  field,
  label,
  description,
}: {
  form: UseFormReturnType<IncidentFormValues>;
  field: ImpactField;
  label: string;
  description: string;
}) {
  return (
    <Radio.Group label={label} description={description} {...form.getInputProps(field)}>
      <Group gap="md" mt={6}>
        {optionsOf<TriState>(triStateLabels).map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** What happened once the attacker was in, recorded apart from how they got in. */
export function IncidentImpactFields({ form }: { form: UseFormReturnType<IncidentFormValues> }) {
  return (
    <Stack gap="md">
      <FieldRow cols={3}>
        <TriStateChoice
          form={form}
          field="dataTaken"
          label="Data taken"
          description="Was patient data copied out?"
        />
        <TriStateChoice
          form={form}
          field="encryptedForExtortion"
          label="Encrypted for extortion"
          description="Were systems or data encrypted to demand payment (ransomware)?"
        />
        <TriStateChoice
          form={form}
          field="serviceOutage"
          label="Service outage"
          description="Did a service the hospital relies on stop?"
        />
      </FieldRow>
      {form.values.serviceOutage === "yes" && (
        <FieldRow cols={2}>
          <NumberInput
            label="Outage length in days"
            description="From the first stop to the last restoration; leave empty if no source says"
            min={0}
            max={3650}
            {...form.getInputProps("outageDays")}
          />
          <TagsInput
            label="Services stopped"
            description="Type a service and press Enter, such as EHR or e-prescribing"
            maxTags={20}
            {...form.getInputProps("servicesStopped")}
          />
        </FieldRow>
      )}
    </Stack>
  );
}
