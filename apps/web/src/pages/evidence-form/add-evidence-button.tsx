import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { LazyEvidenceFormModal } from "./lazy-evidence-form-modal";

/** Opens the evidence form for a new record. */
export function AddEvidenceButton({ vendorId }: { vendorId: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconPlus aria-hidden size={14} />} onClick={open}>
        Add evidence
      </Button>
      <LazyEvidenceFormModal vendorId={vendorId} opened={opened} onClose={close} />
    </>
  );
}
