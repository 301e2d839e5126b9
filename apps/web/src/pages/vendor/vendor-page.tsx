import { Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Title } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { Link } from "react-router";
import { ApiError } from "../../api/api-error";
import { useCan } from "../../api/me";
import { useVendor } from "../../api/vendors";
import { QueryError } from "../../components/query-error";
import { DeleteVendorButton } from "./delete-vendor-button";
import { RiskSection } from "./risk/risk-section";
import { ScoreTrend } from "./risk/score-trend";
import { useScrollToHash } from "./use-scroll-to-hash";
import { useVendorId } from "./use-vendor-id";
import { VendorHeader } from "./vendor-header";
import { VendorNotFound } from "./vendor-not-found";
import { VendorProfile } from "./vendor-profile";
import { SectionAnchor, VendorSectionNav } from "./vendor-section-nav";
import { VendorSections } from "./vendor-sections";

/**
 * `/vendors/:id`: a summary that answers how risky the vendor is and what to do about it, then each section
 * (risk, records, history, profile) reached from the links under it.
 */
export function VendorPage() {
  const id = useVendorId();
  const vendor = useVendor(id);
  const canWrite = useCan("vendor:write");
  useScrollToHash();

  if (vendor.isPending) {
    return (
      <Stack aria-busy="true" aria-label="Loading vendor">
        <Skeleton height={36} width="40%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (vendor.isError) {
    if (vendor.error instanceof ApiError && vendor.error.isNotFound) return <VendorNotFound />;
    return <QueryError title="Could not load this vendor" error={vendor.error} onRetry={vendor.refetch} />;
  }

  const v = vendor.data;
  return (
    <Stack gap="xl">
      <title>{`${v.name} · Ward`}</title>
      <Stack gap="xs">
        <Breadcrumbs>
          <Anchor component={Link} to="/">
            Vendor portfolio
          </Anchor>
          <span>{v.name}</span>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{v.name}</Title>
          {canWrite && (
            <Group gap="sm">
              <Button
                component={Link}
                to={`/vendors/${v.id}/edit`}
                variant="default"
                leftSection={<IconPencil aria-hidden size={16} />}
              >
                Edit
              </Button>
              <DeleteVendorButton vendor={v} />
            </Group>
          )}
        </Group>
      </Stack>
      <Stack gap="md">
        <VendorHeader vendor={v} />
        <VendorSectionNav />
      </Stack>
      <SectionAnchor id="risk">
        <RiskSection vendor={v} />
      </SectionAnchor>
      <VendorSections vendorId={v.id} />
      <SectionAnchor id="history">
        <Stack component="section" gap="md" aria-labelledby="section-history">
          <Title order={2} size="h3" id="section-history">
            History
          </Title>
          <ScoreTrend vendorId={v.id} />
        </Stack>
      </SectionAnchor>
      <SectionAnchor id="profile">
        <Stack component="section" gap="md" aria-labelledby="section-profile">
          <Title order={2} size="h3" id="section-profile">
            Profile
          </Title>
          <VendorProfile vendor={v} />
        </Stack>
      </SectionAnchor>
    </Stack>
  );
}
