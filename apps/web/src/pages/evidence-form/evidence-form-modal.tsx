import { Modal, Skeleton } from "@mantine/core";
import type { EvidenceDto } from "@ward/contracts";
import { useCreateEvidence, useEvidenceCatalogue, useUpdateEvidence } from "../../api/evidence";
import { QueryError } from "../../components/query-error";
import { useScoreChangeNotice } from "../vendor/use-score-change-notice";
import { EvidenceForm } from "./evidence-form";
import { evidenceFormFrom } from "./evidence-form-values";

export interface EvidenceFormModalProps {
  vendorId: string;
  /** The record to change; without it the modal adds a new one. */
  evidence?: EvidenceDto;
  opened: boolean;
  onClose: () => void;
}

/**
 * Adds or changes one evidence record in a dialog over the vendor page, so the analyst keeps the page's context
 * (the risk panels, the other evidence) in view.
 */
export function EvidenceFormModal({ vendorId, evidence, opened, onClose }: EvidenceFormModalProps) {
  const catalogue = useEvidenceCatalogue();
  const create = useCreateEvidence(vendorId);
  const update = useUpdateEvidence(vendorId);

  const withScoreNotice = useScoreChangeNotice(vendorId);

  // One message after the save, so a changed answer is never a silent change of the score a board reads.
  const save = async (input: Parameters<typeof create.mutateAsync>[0]) => {
    const label = catalogue.data?.items.find((e) => e.key === input.factor)?.label ?? input.factor;
    await withScoreNotice(`Evidence “${label}” ${evidence ? "changed" : "added"}`, () =>
      evidence ? update.mutateAsync({ id: evidence.id, json: input }) : create.mutateAsync(input),
    );
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={evidence ? "Change evidence" : "Add evidence"} size="lg">
      {catalogue.isPending ? (
        <Skeleton height={320} aria-label="Loading the evidence catalogue" />
      ) : catalogue.isError ? (
        <QueryError
          title="Could not load the evidence catalogue"
          error={catalogue.error}
          onRetry={catalogue.refetch}
        />
      ) : (
        <EvidenceForm
          catalogue={catalogue.data.items}
          initialValues={
            evidence
              ? evidenceFormFrom(
                  evidence,
                  catalogue.data.items.find((e) => e.key === evidence.factor),
                )
              : undefined
          }
          submitLabel={evidence ? "Save changes" : "Add evidence"}
          onSave={save}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
