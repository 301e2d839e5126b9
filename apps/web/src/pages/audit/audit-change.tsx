import { Code, DataList, Stack, Table, Text } from "@mantine/core";
import type { AuditEventDto } from "@ward/contracts";
import { fieldLabel, formatFieldValue } from "./audit-field-format";
import { changedFields } from "./audit-vocabulary";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Only the fields that differ, each as "before → after" in words; a creation or deletion has one empty side. */
function ChangedFields({ event }: { event: AuditEventDto }) {
  const before = isRecord(event.before) ? event.before : {};
  const after = isRecord(event.after) ? event.after : {};
  const fields = changedFields(event.before, event.after).filter((f) => f !== "id" && f !== "updatedAt");
  if (fields.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No field changed.
      </Text>
    );
  const blank = (side: unknown) => (side === null || side === undefined ? "—" : undefined);
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-label="Changed fields" withTableBorder verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Before</Table.Th>
            <Table.Th scope="col">After</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field}>
              <Table.Th scope="row" fw={500}>
                {fieldLabel(field)}
              </Table.Th>
              <Table.Td>{blank(event.before) ?? formatFieldValue(field, before[field])}</Table.Td>
              <Table.Td>{blank(event.after) ?? formatFieldValue(field, after[field])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One event's details: which fields changed and how, where the request came from, and the raw records. */
export function AuditChange({ event }: { event: AuditEventDto }) {
  return (
    <Stack gap="sm" py="xs">
      <ChangedFields event={event} />
      <DataList labelWidth={130}>
        <DataList.Item>
          <DataList.ItemLabel>Entity id</DataList.ItemLabel>
          <DataList.ItemValue>
            <Code>{event.entityId}</Code>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>IP address</DataList.ItemLabel>
          <DataList.ItemValue>{event.ip ?? "Not recorded"}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>User agent</DataList.ItemLabel>
          <DataList.ItemValue>{event.userAgent ?? "Not recorded"}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
      {/* The records as stored stay one keypress away for an auditor who needs every field. */}
      <details>
        <summary>
          <Text span size="sm">
            Records as stored (JSON)
          </Text>
        </summary>
        <Code block style={{ maxHeight: 360, overflow: "auto" }}>
          {JSON.stringify({ before: event.before, after: event.after }, null, 2)}
        </Code>
      </details>
    </Stack>
  );
}
