import type { EvidenceDto } from "@ward/contracts";
import { useDeleteEvidence } from "../../api/evidence";
import { ConfirmActionModal } from "../../components/confirm-action-modal";
import { useScoreChangeNotice } from "./use-score-change-notice";

/** Asks before deleting one record, naming its fact, and then says what the deletion did to the score. */
export function DeleteEvidenceModal({
  evidence,
  label,
  onClose,
}: {
  evidence: EvidenceDto;
  label: string;
  onClose: () => void;
}) {
  const remove = useDeleteEvidence(evidence.vendorId);
  const withScoreNotice = useScoreChangeNotice(evidence.vendorId);
  const confirm = () =>
    withScoreNotice(`Evidence “${label}” deleted`, () => remove.mutateAsync(evidence.id)).then(
      onClose,
      // The modal shows the failure from the mutation's state and stays open for a retry.
      () => undefined,
    );
  return (
    <ConfirmActionModal
      opened
      onClose={onClose}
      title="Delete this evidence?"
      confirmLabel="Delete evidence"
      onConfirm={() => void confirm()}
      pending={remove.isPending}
      error={remove.isError ? remove.error : null}
    >
      This deletes the evidence “{label}” ({evidence.statement}) and works out the vendor's score again
      without it. It cannot be undone.
    </ConfirmActionModal>
  );
}
