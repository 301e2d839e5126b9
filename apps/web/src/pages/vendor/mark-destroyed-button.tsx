import { Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { useDisclosure } from "@mantine/hooks";
import { IconCertificate } from "@tabler/icons-react";
import {
  type DataHoldingDto,
  type DestructionAssurance,
  markDataHoldingDestroyedInput,
} from "@ward/contracts";
import { useUpdateDataHolding } from "../../api/vendor-records";
import { schemaErrors } from "../../forms/form-errors";
import { FormSummary } from "../../forms/form-summary";
import { useSaveForm } from "../../forms/use-save-form";
import { useScoreChangeNotice } from "./use-score-change-notice";

interface DestructionValues {
  destroyedOn: string | null;
  destructionEvidence: string;
  destructionAttestedBy: string;
  destructionAssurance: DestructionAssurance | null;
}

/** How the destruction is backed; Ward counts the data as gone only on a document or a check of its own. */
const assuranceOptions: { value: DestructionAssurance; label: string }[] = [
  { value: "documented", label: "A certificate or document from the vendor" },
  { value: "verified", label: "Checked by the hospital" },
  { value: "self_attested", label: "The vendor's word only (Ward still counts the data as held)" },
];

const bodyFrom = (values: DestructionValues) => ({
  destroyedOn: values.destroyedOn || null,
  destructionEvidence: values.destructionEvidence.trim(),
  destructionAttestedBy: values.destructionAttestedBy.trim(),
  destructionAssurance: values.destructionAssurance,
});

function DestructionForm({ holding, onDone }: { holding: DataHoldingDto; onDone: () => void }) {
  const update = useUpdateDataHolding(holding.vendorId);
  const withScoreNotice = useScoreChangeNotice(holding.vendorId);
  const form = useForm<DestructionValues>({
    mode: "uncontrolled",
    initialValues: {
      destroyedOn: holding.destroyedOn,
      destructionEvidence: holding.destructionEvidence ?? "",
      destructionAttestedBy: holding.destructionAttestedBy ?? "",
      destructionAssurance: holding.destructionAssurance,
    },
    validate: schemaErrors(markDataHoldingDestroyedInput, bodyFrom),
  });
  // The three fields travel in one PATCH: one transaction, one audit event, one rescoring.
  const { onSubmit, summary, submitting } = useSaveForm(form, async (values) => {
    const patch = markDataHoldingDestroyedInput.parse(bodyFrom(values));
    await withScoreNotice(`Data holding ${holding.system} marked destroyed`, () =>
      update.mutateAsync({ id: holding.id, patch }),
    );
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">Ward counts the data as gone only with proof of its destruction.</Text>
        <FormSummary message={summary} />
        <TextInput
          label="Certificate"
          data-autofocus
          description="The certificate of destruction's reference or file name"
          withAsterisk
          {...form.getInputProps("destructionEvidence")}
        />
        <TextInput
          label="Attested by"
          description="Who signed it, with their role"
          withAsterisk
          {...form.getInputProps("destructionAttestedBy")}
        />
        <Select
          label="Proof"
          description="What backs the destruction"
          withAsterisk
          data={assuranceOptions}
          allowDeselect={false}
          {...form.getInputProps("destructionAssurance")}
        />
        {/*
         * Last, with its calendar opening upwards: a failed save focuses the first field to fix, and a calendar
         * opened on a first field would cover the fields and buttons below it.
         */}
        <DateInput
          label="Destroyed on"
          withAsterisk
          valueFormat="YYYY-MM-DD"
          popoverProps={{ position: "top-start" }}
          {...form.getInputProps("destroyedOn")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Mark destroyed
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Records in one step that the vendor destroyed the holding's data, with the evidence that proves it. */
export function MarkDestroyedButton({ holding }: { holding: DataHoldingDto }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconCertificate aria-hidden size={14} />}
        aria-label={`Mark ${holding.system} destroyed`}
        onClick={open}
      >
        Mark destroyed
      </Button>
      <Modal opened={opened} onClose={close} title={`Mark ${holding.system} destroyed`} centered>
        {/* Mounted only while open, so each opening starts from the holding's stored values. */}
        {opened && <DestructionForm holding={holding} onDone={close} />}
      </Modal>
    </>
  );
}
