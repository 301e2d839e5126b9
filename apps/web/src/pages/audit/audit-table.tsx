import { ActionIcon, Badge, Code, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import type { AuditEventDto } from "@ward/contracts";
import { Fragment, useState } from "react";
import { formatDateTime } from "../../labels/format";
import { AuditChange } from "./audit-change";
import { entityTypeLabels } from "./audit-vocabulary";

const actorTypeLabels: Record<AuditEventDto["actorType"], string | null> = {
  user: null,
  api_key: "API key",
  system: "System",
};

/** Audit events, newest first; each row opens to show the record before and after. */
export function AuditTable({ events }: { events: AuditEventDto[] }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Audit events" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
            <Table.Th>Time</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity</Table.Th>
            <Table.Th>Request id</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const expanded = open.has(event.id);
            const actorKind = actorTypeLabels[event.actorType];
            return (
              <Fragment key={event.id}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => toggle(event.id)}
                      aria-expanded={expanded}
                      aria-controls={`audit-${event.id}`}
                      aria-label={`${expanded ? "Hide" : "Show"} details of ${event.action} at ${formatDateTime(event.at)}`}
                    >
                      {expanded ? (
                        <IconChevronDown aria-hidden size={16} />
                      ) : (
                        <IconChevronRight aria-hidden size={16} />
                      )}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(event.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.actorLabel}</Text>
                    {actorKind && (
                      <Badge size="xs" variant="light" color="gray">
                        {actorKind}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code>{event.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.entityLabel ?? `Unnamed (${event.entityId.slice(0, 8)})`}</Text>
                    <Text size="xs" c="dimmed" title={event.entityId}>
                      {entityTypeLabels[event.entityType] ?? event.entityType}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {event.requestId ?? "—"}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`audit-${event.id}`}>
                    <Table.Td colSpan={6} bg="var(--mantine-color-default-hover)">
                      <AuditChange event={event} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
