import { ActionIcon, Group, Skeleton, Table, Text, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import type { EvidenceCatalogueEntry, EvidenceDto } from "@ward/contracts";
import { useState } from "react";
import { useDeleteEvidence, useEvidenceCatalogue } from "../../api/evidence";
import { useCan } from "../../api/me";
import { ConfirmActionModal } from "../../components/confirm-action-modal";
import { DemoBadge } from "../../components/demo-badge";
import { ExternalLink } from "../../components/external-link";
import { originLabels } from "../../labels/enum-labels";
import { formatDay } from "../../labels/format";
import { describeAnswer } from "../evidence-form/evidence-answer";
import { LazyEvidenceFormModal } from "../evidence-form/lazy-evidence-form-modal";
import { recordAnchorId } from "./risk/record-anchor";

/**
 * The words for a record's fact. A record from before the catalogue may carry a key it does not list; that key
 * is all Ward knows of it, so it is shown rather than nothing.
 */
function factLabel(entry: EvidenceCatalogueEntry | undefined, evidence: EvidenceDto): string {
  return entry?.label ?? evidence.factor;
}

/** Asks before deleting one record, naming its fact. */
function DeleteEvidenceModal({
  evidence,
  label,
  onClose,
}: {
  evidence: EvidenceDto;
  label: string;
  onClose: () => void;
}) {
  const remove = useDeleteEvidence(evidence.vendorId);
  const confirm = () =>
    remove.mutate(evidence.id, {
      onSuccess: () => {
        onClose();
        notifications.show({ color: "green", title: "Evidence deleted", message: label });
      },
    });
  return (
    <ConfirmActionModal
      opened
      onClose={onClose}
      title="Delete this evidence?"
      confirmLabel="Delete evidence"
      onConfirm={confirm}
      pending={remove.isPending}
      error={remove.isError ? remove.error : null}
    >
      This deletes the evidence “{label}” ({evidence.statement}) and works out the vendor's score again
      without it. It cannot be undone.
    </ConfirmActionModal>
  );
}

/** The facts Ward knows about the vendor by their labels, each with where and when it was observed. */
export function EvidenceTable({ evidence }: { evidence: EvidenceDto[] }) {
  const catalogue = useEvidenceCatalogue();
  // Viewers read the same table without the controls that lead to changes they could not save.
  const canWrite = useCan("vendor:write");
  const [editing, setEditing] = useState<EvidenceDto | null>(null);
  const [deleting, setDeleting] = useState<EvidenceDto | null>(null);
  const entryOf = (e: EvidenceDto) => catalogue.data?.items.find((item) => item.key === e.factor);

  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Fact</Table.Th>
              <Table.Th>Answer</Table.Th>
              <Table.Th>Statement</Table.Th>
              <Table.Th>Observed on</Table.Th>
              <Table.Th>Origin</Table.Th>
              <Table.Th>Source</Table.Th>
              {canWrite && (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {evidence.map((e) => {
              const entry = entryOf(e);
              const label = factLabel(entry, e);
              return (
                <Table.Tr key={e.id} id={recordAnchorId("evidence", e.id)}>
                  <Table.Td>
                    {catalogue.isPending ? (
                      // The key would flash where the label belongs, so the cell waits for the catalogue.
                      <Skeleton height={14} width={120} aria-label="Loading the fact's name" />
                    ) : (
                      <Text size="sm" fw={600}>
                        {label}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{describeAnswer(entry, e.value)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{e.statement}</Text>
                      <DemoBadge isDemo={e.isDemo} />
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDay(e.observedOn)}</Table.Td>
                  <Table.Td>{originLabels[e.origin]}</Table.Td>
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
                          onClick={() => setEditing(e)}
                        >
                          <IconPencil aria-hidden size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete evidence: ${label}`}
                          onClick={() => setDeleting(e)}
                        >
                          <IconTrash aria-hidden size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
          label={factLabel(entryOf(deleting), deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
