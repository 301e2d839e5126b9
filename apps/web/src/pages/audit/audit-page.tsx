import { Button, EmptyState, Group, Pagination, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconDownload, IconHistory } from "@tabler/icons-react";
import { AUDIT_PAGE_SIZE, auditExportHref, useAuditEvents } from "../../api/audit-events";
import { QueryError } from "../../components/query-error";
import { AuditFilterBar } from "./audit-filters";
import { hasAuditFilters, useAuditParams } from "./audit-params";
import { AuditTable } from "./audit-table";

/** `/audit`: who changed what and when, for every member to read, filter and export. */
export function AuditPage() {
  const params = useAuditParams();
  const { filters, update } = params;
  const events = useAuditEvents(filters);
  const total = events.data?.total ?? 0;

  return (
    <Stack gap="lg">
      <title>Audit log · Ward</title>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Audit log</Title>
          <Text c="dimmed">
            Every change made in Ward, by whom, from where, and what the record looked like.
          </Text>
        </div>
        <Button
          component="a"
          href={auditExportHref(filters)}
          download
          variant="default"
          leftSection={<IconDownload aria-hidden size={16} />}
        >
          Export CSV
        </Button>
      </Group>
      <AuditFilterBar {...params} />
      {events.isPending ? (
        <Skeleton height={240} aria-label="Loading audit events" />
      ) : events.isError ? (
        <QueryError title="Could not load the audit log" error={events.error} onRetry={events.refetch} />
      ) : events.data.items.length === 0 ? (
        <EmptyState
          icon={<IconHistory aria-hidden />}
          title={hasAuditFilters(filters) ? "No events match" : "No events yet"}
          description={
            hasAuditFilters(filters)
              ? "No audit event matches these filters."
              : "Changes to vendors, members, keys and settings will be listed here."
          }
        />
      ) : (
        <AuditTable events={events.data.items} />
      )}
      {total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {total} {total === 1 ? "event" : "events"}
          </Text>
          {total > AUDIT_PAGE_SIZE && (
            <Pagination
              total={Math.ceil(total / AUDIT_PAGE_SIZE)}
              value={filters.page}
              onChange={(page) => update({ page })}
              getItemProps={(page) => ({ "aria-label": `Page ${page}` })}
              aria-label="Audit log pages"
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
