import { Anchor, Skeleton, Stack, Text } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { QueryError } from "../../components/query-error";

interface VendorRecordLoaderProps<T extends { id: string }> {
  vendorId: string;
  /** The vendor's list of this kind of record; usually cached by the vendor page the edit link was on. */
  query: UseQueryResult<{ items: T[] }>;
  /** "data holding", for the loading, failure and not-found texts. */
  noun: string;
  children: (record: T) => ReactNode;
}

/**
 * Finds the record named by `:recordId` among the vendor's records of its kind, or says it is gone: a record
 * deleted in another tab must not open as an empty form that would create nothing and save nothing.
 */
export function VendorRecordLoader<T extends { id: string }>({
  vendorId,
  query,
  noun,
  children,
}: VendorRecordLoaderProps<T>) {
  const recordId = useParams<{ recordId: string }>().recordId;
  if (query.isPending) return <Skeleton height={300} aria-label={`Loading ${noun}`} />;
  if (query.isError) {
    return <QueryError title={`Could not load this ${noun}`} error={query.error} onRetry={query.refetch} />;
  }
  const record = query.data.items.find((item) => item.id === recordId);
  if (!record) {
    return (
      <Stack gap="xs" role="alert">
        <Text>This {noun} does not exist under this vendor. It may have been deleted.</Text>
        <Anchor component={Link} to={`/vendors/${vendorId}`}>
          Back to the vendor
        </Anchor>
      </Stack>
    );
  }
  return children(record);
}
