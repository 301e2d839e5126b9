import { Badge } from "@mantine/core";
import type { EvidenceDto } from "@ward/contracts";
import { assuranceColors, assuranceLabels, documentLabels } from "../../labels/enum-labels";

/** How well a fact is backed, naming the document behind a documented one. */
export function AssuranceBadge({ evidence }: { evidence: Pick<EvidenceDto, "assurance" | "document"> }) {
  const label = assuranceLabels[evidence.assurance];
  const text = evidence.document ? `${label}: ${documentLabels[evidence.document]}` : label;
  return (
    <Badge size="sm" variant="light" color={assuranceColors[evidence.assurance]} tt="none">
      {text}
    </Badge>
  );
}
