import { Badge } from "@mantine/core";
import type { Criticality } from "@ward/contracts";
import { criticalityColors, criticalityLabels } from "../labels/enum-labels";

export function CriticalityBadge({ value }: { value: Criticality }) {
  return (
    <Badge color={criticalityColors[value]} variant={value === "critical" ? "filled" : "light"}>
      {criticalityLabels[value]}
    </Badge>
  );
}
