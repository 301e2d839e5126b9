import { Badge } from "@mantine/core";
import { priorityColors, priorityLabels } from "../labels/risk-labels";

const noShrink = { flexShrink: 0, minWidth: "max-content" } as const;

/** A priority as its level and words ("1 · Act now"), so the order reads without the colour. */
export function PriorityBadge({ level, size = "sm" }: { level: number; size?: "sm" | "md" | "lg" }) {
  const color = priorityColors[level] ?? "gray";
  return (
    <Badge
      size={size}
      color={level === 1 ? `${color}.8` : color}
      variant={level === 1 ? "filled" : "light"}
      c={level === 1 ? undefined : `${color}.9`}
      style={noShrink}
    >
      {level} · {priorityLabels[level]}
    </Badge>
  );
}
