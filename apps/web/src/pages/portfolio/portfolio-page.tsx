import { Button, Group, Pagination, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useCan } from "../../api/me";
import { useVendorList } from "../../api/vendors";
import { QueryError } from "../../components/query-error";
import { CriticalityChart } from "./criticality-chart";
import { NoVendorsMatch, NoVendorsYet } from "./portfolio-empty-state";
import { PortfolioHeadline } from "./portfolio-headline";
import { hasFilters, type PortfolioParams, usePortfolioParams } from "./portfolio-params";
import { PortfolioToolbar } from "./portfolio-toolbar";
import { RiskTierChart } from "./risk-tier-chart";
import { VendorTable } from "./vendor-table";
import { VendorTableSkeleton } from "./vendor-table-skeleton";

/** `/`: every vendor the hospital buys from, with search, filters, sort and pages kept in the address. */
export function PortfolioPage() {
  const portfolio = usePortfolioParams();
  const { params, update } = portfolio;
  const list = useVendorList(params);
  const canWrite = useCan("vendor:write");

  return (
    <Stack gap="lg">
      <title>Vendor portfolio · Ward</title>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Vendor portfolio</Title>
          <Text c="dimmed">
            The health-IT vendors your hospital relies on, and what is known about their risk.
          </Text>
        </div>
        {canWrite && (
          <Button component={Link} to="/vendors/new" leftSection={<IconPlus aria-hidden size={16} />}>
            Add vendor
          </Button>
        )}
      </Group>
      {/* The table below reports load failures; a second alert for the same outage would only add noise. */}
      {!list.isError && <PortfolioHeadline facets={list.data?.facets} />}
      {!list.isError && (
        <Group align="stretch" gap="md" wrap="wrap">
          <RiskTierChart
            facets={list.data?.facets}
            selected={params.riskTier}
            onSelect={(tier) =>
              update({ riskTier: params.riskTier.length === 1 && params.riskTier[0] === tier ? [] : [tier] })
            }
          />
          <CriticalityChart facets={list.data?.facets} />
        </Group>
      )}
      <PortfolioToolbar {...portfolio} />
      <PortfolioResults list={list} portfolio={portfolio} />
      {list.data && list.data.total > list.data.pageSize && (
        <Group justify="space-between">
          <PageSummary page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} />
          <Pagination
            total={Math.ceil(list.data.total / list.data.pageSize)}
            value={params.page}
            onChange={(page) => update({ page })}
            getItemProps={(page) => ({ "aria-label": `Page ${page}` })}
            getControlProps={(control) => ({ "aria-label": `${control} page` })}
            aria-label="Vendor pages"
          />
        </Group>
      )}
      {list.data && list.data.total > 0 && list.data.total <= list.data.pageSize && (
        <PageSummary page={1} pageSize={list.data.pageSize} total={list.data.total} />
      )}
    </Stack>
  );
}

interface PortfolioResultsProps {
  list: ReturnType<typeof useVendorList>;
  portfolio: PortfolioParams;
}

/** The table, or what to show instead of it: loading, failure, or one of the two empty states. */
function PortfolioResults({ list, portfolio }: PortfolioResultsProps) {
  const { params, update, clearFilters, sortBy } = portfolio;
  if (list.isPending) return <VendorTableSkeleton />;
  if (list.isError)
    return <QueryError title="Could not load vendors" error={list.error} onRetry={list.refetch} />;
  if (list.data.items.length === 0) {
    if (hasFilters(params)) return <NoVendorsMatch onClear={clearFilters} />;
    // Past the last page (an old link, or vendors were deleted): offer the first page, not an empty table.
    if (params.page > 1) return <NoVendorsMatch onClear={() => update({ page: 1 })} />;
    return <NoVendorsYet />;
  }
  return <VendorTable vendors={list.data.items} params={params} onSort={sortBy} />;
}

function PageSummary({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <Text size="sm" c="dimmed" aria-live="polite">
      Showing {first}–{last} of {total} {total === 1 ? "vendor" : "vendors"}
    </Text>
  );
}
