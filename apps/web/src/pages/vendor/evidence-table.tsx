import { Code, Group, Table, Text } from "@mantine/core";
import type { EvidenceDto } from "@ward/contracts";
import { DemoBadge } from "../../components/demo-badge";
import { ExternalLink } from "../../components/external-link";
import { originLabels } from "../../labels/enum-labels";
import { formatDay } from "../../labels/format";
import { recordAnchorId } from "./risk/record-anchor";

function formatValue(value: EvidenceDto["value"]): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

/** The facts Ward knows about the vendor, each with where and when it was observed. */
export function EvidenceTable({ evidence }: { evidence: EvidenceDto[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Statement</Table.Th>
            <Table.Th>Factor</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Observed on</Table.Th>
            <Table.Th>Origin</Table.Th>
            <Table.Th>Source</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evidence.map((e) => (
            <Table.Tr key={e.id} id={recordAnchorId("evidence", e.id)}>
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm">{e.statement}</Text>
                  <DemoBadge isDemo={e.isDemo} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Code>{e.factor}</Code>
              </Table.Td>
              <Table.Td>{formatValue(e.value)}</Table.Td>
              <Table.Td>{formatDay(e.observedOn)}</Table.Td>
              <Table.Td>{originLabels[e.origin]}</Table.Td>
              <Table.Td>
                {e.sourceUrl ? (
                  <ExternalLink href={e.sourceUrl}>{e.sourceTitle || "Source"}</ExternalLink>
                ) : (
                  "—"
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
