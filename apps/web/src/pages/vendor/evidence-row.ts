import type { EvidenceCatalogueEntry, EvidenceDto } from "@ward/contracts";
import { describeAnswer } from "../evidence-form/evidence-answer";

/** One evidence record with the words the page shows for it, worked out once for the table and the cards. */
export interface EvidenceRow {
  evidence: EvidenceDto;
  entry: EvidenceCatalogueEntry | undefined;
  /** The fact's label; a record from before the catalogue may carry a key it does not list, shown as is. */
  label: string;
  answer: string;
}

export function evidenceRows(
  evidence: EvidenceDto[],
  catalogue: EvidenceCatalogueEntry[] | undefined,
): EvidenceRow[] {
  return evidence.map((e) => {
    const entry = catalogue?.find((item) => item.key === e.factor);
    return { evidence: e, entry, label: entry?.label ?? e.factor, answer: describeAnswer(entry, e.value) };
  });
}

/** What the table and the phone's cards both take, so the evidence section can swap one for the other. */
export interface EvidenceLayoutProps {
  rows: EvidenceRow[];
  /** True until the catalogue that names the facts has loaded. */
  labelsPending: boolean;
  canWrite: boolean;
  onEdit: (evidence: EvidenceDto) => void;
  onDelete: (evidence: EvidenceDto) => void;
}
