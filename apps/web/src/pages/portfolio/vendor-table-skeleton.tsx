import { Skeleton, Stack } from "@mantine/core";

/** Placeholder rows while the first page of vendors loads. */
export function VendorTableSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading vendors">
      <Skeleton height={36} />
      {[0, 1, 2, 3, 4, 5].map((row) => (
        <Skeleton key={row} height={44} />
      ))}
    </Stack>
  );
}
