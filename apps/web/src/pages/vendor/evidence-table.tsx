import { ActionIcon, Group, Skeleton, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import type { EvidenceDto } from "@ward/contracts";
import { useState } from "react";
import { useEvidenceCatalogue } from "../../api/evidence";
import { useCan } from "../../api/me";
import { DemoBadge } from "../../components/demo-badge";
import { ExternalLink } from "../../components/external-link";
import { usePhoneLayout } from "../../components/use-phone-layout";
import { originLabels } from "../../labels/enum-labels";
import { formatDay } from "../../labels/format";
import { LazyEvidenceFormModal } from "../evidence-form/lazy-evidence-form-modal";
import { AssuranceBadge } from "./assurance-badge";
import { DeleteEvidenceModal } from "./delete-evidence-modal";
import { EvidenceCards } from "./evidence-cards";
import { type EvidenceLayoutProps, evidenceRows } from "./evidence-row";
import { recordAnchorId } from "./risk/record-anchor";

function EvidenceRowsTable({ rows, labelsPending, canWrite, onEdit, onDelete }: EvidenceLayoutProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Fact</Table.Th>
            <Table.Th>Answer</Table.Th>
            <Table.Th>Statement</Table.Th>
            <Table.Th>Observed on</Table.Th>
            <Table.Th>Origin and assurance</Table.Th>
            <Table.Th>Source</Table.Th>
            {canWrite && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ evidence: e, label, answer }) => (
            <Table.Tr key={e.id} id={recordAnchorId("evidence", e.id)}>
              <Table.Td>
                {labelsPending ? (
                  // The key would flash where the label belongs, so the cell waits for the catalogue.
                  <Skeleton height={14} width={120} aria-label="Loading the fact's name" />
                ) : (
                  <Text size="sm" fw={600}>
                    {label}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{answer}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm">{e.statement}</Text>
                  <DemoBadge isDemo={e.isDemo} />
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDay(e.observedOn)}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm">{originLabels[e.origin]}</Text>
                  <AssuranceBadge evidence={e} />
                </Group>
              </Table.Td>
              <Table.Td>
                {e.sourceUrl ? (
                  <ExternalLink href={e.sourceUrl}>{e.sourceTitle || "Source"}</ExternalLink>
                ) : (
                  "—"
                )}
              </Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Change evidence: ${label}`}
                      onClick={() => onEdit(e)}
                    >
                      <IconPencil aria-hidden size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete evidence: ${label}`}
                      onClick={() => onDelete(e)}
                    >
                      <IconTrash aria-hidden size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The facts Ward knows about the vendor by their labels, each with where and when it was observed: a table on a
 * wide screen, cards on a phone so each record's controls stay in reach.
 */
export function EvidenceTable({ evidence }: { evidence: EvidenceDto[] }) {
  const catalogue = useEvidenceCatalogue();
  // Viewers read the same records without the controls that lead to changes they could not save.
  const canWrite = useCan("vendor:write");
  const phone = usePhoneLayout();
  const [editing, setEditing] = useState<EvidenceDto | null>(null);
  const [deleting, setDeleting] = useState<EvidenceDto | null>(null);
  const rows = evidenceRows(evidence, catalogue.data?.items);
  const Layout = phone ? EvidenceCards : EvidenceRowsTable;

  return (
    <>
      <Layout
        rows={rows}
        labelsPending={catalogue.isPending}
        canWrite={canWrite}
        onEdit={setEditing}
        onDelete={setDeleting}
      />
      {editing && (
        <LazyEvidenceFormModal
          vendorId={editing.vendorId}
          evidence={editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <DeleteEvidenceModal
          evidence={deleting}
          label={rows.find((r) => r.evidence.id === deleting.id)?.label ?? deleting.factor}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
