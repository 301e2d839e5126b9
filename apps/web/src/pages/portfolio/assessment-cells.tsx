import { Badge, Group, Text } from "@mantine/core";
import { IconArrowDownRight, IconArrowUpRight } from "@tabler/icons-react";
import type { VendorSummaryDto } from "@ward/contracts";
import { formatDay } from "../../labels/format";

/** Score points since the previous snapshot; up is riskier, so it is red, and a fall is green. */
export function TrendCell({ trend }: { trend: number | null }) {
  if (trend === null)
    return (
      <Text span size="sm" c="dimmed" title="No earlier score to compare with">
        New
      </Text>
    );
  if (trend === 0)
    return (
      <Text span size="sm" c="dimmed">
        Unchanged
      </Text>
    );
  const up = trend > 0;
  const Arrow = up ? IconArrowUpRight : IconArrowDownRight;
  return (
    <Group gap={4} wrap="nowrap" c={up ? "red.8" : "green.8"}>
      <Arrow aria-hidden size={16} />
      <Text span size="sm" fw={600}>
        {up ? `+${trend}` : `−${Math.abs(trend)}`}
        <Text span size="xs" c="dimmed" fw={400}>
          {" "}
          {up ? "riskier" : "safer"}
        </Text>
      </Text>
    </Group>
  );
}

export function LastAssessedCell({ vendor }: { vendor: VendorSummaryDto }) {
  if (!vendor.lastAssessedAt)
    return (
      <Text span size="sm" c="dimmed">
        Never
      </Text>
    );
  return <>{formatDay(vendor.lastAssessedAt.slice(0, 10))}</>;
}

/** When the inherent tier's cadence says to look again; an overdue vendor is marked so it cannot be missed. */
export function ReassessmentCell({ vendor }: { vendor: VendorSummaryDto }) {
  if (!vendor.reassessmentDueOn)
    return (
      <Text span size="sm" c="dimmed">
        Not set
      </Text>
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <Text span size="sm" c={vendor.reassessmentOverdue ? "red.8" : undefined}>
        {formatDay(vendor.reassessmentDueOn)}
      </Text>
      {vendor.reassessmentOverdue && (
        <Badge color="red" variant="filled" size="sm">
          Overdue
        </Badge>
      )}
    </Group>
  );
}
