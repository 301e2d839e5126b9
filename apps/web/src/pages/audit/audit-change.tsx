import { Code, DataList, SimpleGrid, Stack, Text } from "@mantine/core";
import type { AuditEventDto } from "@ward/contracts";
import { changedFields } from "./audit-vocabulary";

function JsonSide({ title, value }: { title: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          Nothing (the record did not exist)
        </Text>
      ) : (
        <Code block style={{ maxHeight: 360, overflow: "auto" }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}

/** One event's details: where it came from, which fields changed, and the record before and after. */
export function AuditChange({ event }: { event: AuditEventDto }) {
  const changed = changedFields(event.before, event.after);
  return (
    <Stack gap="sm" py="xs">
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
        {changed.length > 0 && (
          <DataList.Item>
            <DataList.ItemLabel>Changed fields</DataList.ItemLabel>
            <DataList.ItemValue>{changed.join(", ")}</DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <JsonSide title="Before" value={event.before} />
        <JsonSide title="After" value={event.after} />
      </SimpleGrid>
    </Stack>
  );
}
