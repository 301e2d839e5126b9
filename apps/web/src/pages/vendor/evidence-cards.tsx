import { Button, DataList, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { DemoBadge } from "../../components/demo-badge";
import { ExternalLink } from "../../components/external-link";
import { originLabels } from "../../labels/enum-labels";
import { formatDay } from "../../labels/format";
import { AssuranceBadge } from "./assurance-badge";
import type { EvidenceLayoutProps } from "./evidence-row";
import { recordAnchorId } from "./risk/record-anchor";

const wrapAnywhere = { overflowWrap: "anywhere" } as const;

/**
 * The evidence as a stack of cards for a phone: the table's seven columns would scroll sideways there and put the
 * controls out of view. A long statement or source title wraps inside the card instead of widening it.
 */
export function EvidenceCards({ rows, labelsPending, canWrite, onEdit, onDelete }: EvidenceLayoutProps) {
  return (
    <Stack gap="sm">
      {rows.map(({ evidence: e, label, answer }) => (
        <Paper
          key={e.id}
          withBorder
          p="sm"
          component="article"
          aria-label={labelsPending ? "Evidence" : label}
          id={recordAnchorId("evidence", e.id)}
        >
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              {labelsPending ? (
                <Skeleton height={16} width={160} aria-label="Loading the fact's name" />
              ) : (
                <Title order={3} size="h5" style={wrapAnywhere}>
                  {label}
                </Title>
              )}
              <DemoBadge isDemo={e.isDemo} />
            </Group>
            <Text size="sm" style={wrapAnywhere}>
              {e.statement}
            </Text>
            <DataList size="sm">
              <DataList.Item>
                <DataList.ItemLabel>Answer</DataList.ItemLabel>
                <DataList.ItemValue>{answer}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>Observed on</DataList.ItemLabel>
                <DataList.ItemValue>{formatDay(e.observedOn)}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>Origin</DataList.ItemLabel>
                <DataList.ItemValue>
                  {originLabels[e.origin]} <AssuranceBadge evidence={e} />
                </DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>Source</DataList.ItemLabel>
                <DataList.ItemValue style={wrapAnywhere}>
                  {e.sourceUrl ? (
                    <ExternalLink href={e.sourceUrl}>{e.sourceTitle || "Source"}</ExternalLink>
                  ) : (
                    "—"
                  )}
                </DataList.ItemValue>
              </DataList.Item>
            </DataList>
            {canWrite && (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPencil aria-hidden size={14} />}
                  aria-label={`Change evidence: ${label}`}
                  onClick={() => onEdit(e)}
                >
                  Edit
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash aria-hidden size={14} />}
                  aria-label={`Delete evidence: ${label}`}
                  onClick={() => onDelete(e)}
                >
                  Delete
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
