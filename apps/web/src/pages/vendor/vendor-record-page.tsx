import { Anchor, Breadcrumbs, Skeleton, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ApiError } from "../../api/api-error";
import { useVendor } from "../../api/vendors";
import { QueryError } from "../../components/query-error";
import { VendorNotFound } from "./vendor-not-found";

interface VendorRecordPageProps {
  vendorId: string;
  title: string;
  children: ReactNode;
}

/**
 * Frame for pages that add a record under a vendor: the vendor must exist, and the breadcrumbs say whose record
 * this is, so an analyst never files an incident under the wrong vendor.
 */
export function VendorRecordPage({ vendorId, title, children }: VendorRecordPageProps) {
  const vendor = useVendor(vendorId);
  if (vendor.isPending) return <Skeleton height={400} aria-label="Loading vendor" />;
  if (vendor.isError) {
    if (vendor.error instanceof ApiError && vendor.error.isNotFound) return <VendorNotFound />;
    return <QueryError title="Could not load this vendor" error={vendor.error} onRetry={vendor.refetch} />;
  }
  return (
    <Stack gap="lg">
      <title>{`${title} · ${vendor.data.name} · Ward`}</title>
      <Breadcrumbs>
        <Anchor component={Link} to="/">
          Vendor portfolio
        </Anchor>
        <Anchor component={Link} to={`/vendors/${vendorId}`}>
          {vendor.data.name}
        </Anchor>
        <span>{title}</span>
      </Breadcrumbs>
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  );
}
