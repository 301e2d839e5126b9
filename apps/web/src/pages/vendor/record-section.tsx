import { Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { QueryError } from "../../components/query-error";

interface RecordSectionProps<T> {
  title: string;
  /** Button or link beside the heading, such as "Add incident". */
  action?: ReactNode;
  query: UseQueryResult<{ items: T[] }>;
  /** Said when the vendor has none of these records yet. */
  emptyText: string;
  children: (items: T[]) => ReactNode;
}

/** One section of the vendor page: a heading, then loading, failure, empty or the records themselves. */
export function RecordSection<T>({ title, action, query, emptyText, children }: RecordSectionProps<T>) {
  const headingId = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {query.isPending ? (
        <Skeleton height={80} aria-label={`Loading ${title.toLowerCase()}`} />
      ) : query.isError ? (
        <QueryError
          title={`Could not load ${title.toLowerCase()}`}
          error={query.error}
          onRetry={query.refetch}
        />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{emptyText}</Text>
      ) : (
        children(query.data.items)
      )}
    </Stack>
  );
}
