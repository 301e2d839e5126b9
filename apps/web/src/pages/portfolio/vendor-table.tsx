import { Anchor, Group, Table, Text } from "@mantine/core";
import type { VendorSummaryDto } from "@ward/contracts";
import dayjs from "dayjs";
import { Link } from "react-router";
import { BeingRescoredBadge } from "../../components/being-rescored-badge";
import { CriticalityBadge } from "../../components/criticality-badge";
import { PortfolioTierBadge } from "../../components/portfolio-tier-badge";
import { PriorityBadge } from "../../components/priority-badge";
import { categoryLabels, statusLabels } from "../../labels/enum-labels";
import { tierLabels } from "../../labels/risk-labels";
import { LastAssessedCell, ReassessmentCell, TrendCell } from "./assessment-cells";
import type { PortfolioParams } from "./portfolio-params";
import { SortableHeader } from "./sortable-header";

interface VendorTableProps {
  vendors: VendorSummaryDto[];
  params: PortfolioParams["params"];
  onSort: PortfolioParams["sortBy"];
}

/** Other names under the vendor's name, so a search hit on "Cerner" makes sense at a glance. */
function OtherNames({ vendor }: { vendor: VendorSummaryDto }) {
  const parts = [
    vendor.aliases.length ? `Also ${vendor.aliases.join(", ")}` : null,
    vendor.formerNames.length ? `Formerly ${vendor.formerNames.join(", ")}` : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {parts.join(" · ")}
    </Text>
  );
}

function NotScored({ vendor }: { vendor: VendorSummaryDto }) {
  return (
    <Text span size="sm" c="dimmed">
      {vendor.riskBeingRescored ? "Being scored" : "Not scored"}
    </Text>
  );
}

/**
 * The latest overall score and its tier; a vendor Ward has not scored yet says so instead of looking safe, and an
 * Unassessed one shows the range its score could take instead of a score that would read as a verdict.
 */
function RiskCell({ vendor }: { vendor: VendorSummaryDto }) {
  if (vendor.riskScore === null || vendor.riskTier === null) return <NotScored vendor={vendor} />;
  return (
    <Group gap="xs" wrap="nowrap">
      <PortfolioTierBadge tier={vendor.riskTier} range={vendor.riskRange} size="md" />
      {vendor.riskTier !== "unassessed" && (
        <Text span size="sm" fw={600}>
          {vendor.riskScore}
        </Text>
      )}
      {vendor.riskBeingRescored && <BeingRescoredBadge />}
    </Group>
  );
}

/** What to do about the vendor and why: its level, with the inherent tier that put it there underneath. */
function PriorityCell({ vendor }: { vendor: VendorSummaryDto }) {
  if (vendor.priorityLevel === null) return <NotScored vendor={vendor} />;
  return (
    <div>
      <PriorityBadge level={vendor.priorityLevel} size="md" />
      {vendor.inherentTier && (
        <Text size="xs" c="dimmed" mt={2}>
          Inherent {tierLabels[vendor.inherentTier]}
        </Text>
      )}
    </div>
  );
}

export function VendorTable({ vendors, params, onSort }: VendorTableProps) {
  return (
    <Table.ScrollContainer minWidth={1300}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>Vendors in your portfolio</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="name" label="Name" params={params} onSort={onSort} />
            <SortableHeader field="priority" label="Priority" params={params} onSort={onSort} />
            <SortableHeader field="riskScore" label="Risk" params={params} onSort={onSort} />
            <Table.Th>Trend</Table.Th>
            <Table.Th>Last assessed</Table.Th>
            <Table.Th>Reassess by</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Status</Table.Th>
            <SortableHeader field="criticality" label="Criticality" params={params} onSort={onSort} />
            <SortableHeader field="incidentCount" label="Incidents" params={params} onSort={onSort} />
            <Table.Th>Latest incident</Table.Th>
            <SortableHeader field="updatedAt" label="Updated" params={params} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {vendors.map((vendor) => (
            <Table.Tr key={vendor.id}>
              <Table.Td>
                <Anchor component={Link} to={`/vendors/${vendor.id}`} fw={600}>
                  {vendor.name}
                </Anchor>
                <OtherNames vendor={vendor} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <PriorityCell vendor={vendor} />
              </Table.Td>
              <Table.Td>
                <RiskCell vendor={vendor} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <TrendCell trend={vendor.riskTrend} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <LastAssessedCell vendor={vendor} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <ReassessmentCell vendor={vendor} />
              </Table.Td>
              <Table.Td>{categoryLabels[vendor.category]}</Table.Td>
              <Table.Td>{statusLabels[vendor.relationshipStatus]}</Table.Td>
              <Table.Td>
                <CriticalityBadge value={vendor.criticality} />
              </Table.Td>
              <Table.Td>{vendor.incidentCount}</Table.Td>
              <Table.Td>
                {vendor.latestIncidentYear ?? (
                  <Text span inherit c="dimmed">
                    None
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{dayjs(vendor.updatedAt).format("D MMM YYYY")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
