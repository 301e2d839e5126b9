import { lazy, Suspense } from "react";
import type { EvidenceFormModalProps } from "./evidence-form-modal";

// The form brings the validation library and the date picker; the vendor page loads them only when a form opens.
const EvidenceFormModal = lazy(async () => ({
  default: (await import("./evidence-form-modal")).EvidenceFormModal,
}));

/** The evidence form's dialog, loaded the first time it opens. */
export function LazyEvidenceFormModal(props: EvidenceFormModalProps) {
  if (!props.opened) return null;
  return (
    <Suspense fallback={null}>
      <EvidenceFormModal {...props} />
    </Suspense>
  );
}
