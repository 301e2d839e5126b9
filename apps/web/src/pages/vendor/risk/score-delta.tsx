import { Badge } from "@mantine/core";
import { formatDelta } from "../../../labels/risk-labels";

/** A change in risk: green when it falls, red when it rises, grey when nothing moves. */
export function ScoreDelta({ delta, size = "sm" }: { delta: number; size?: "sm" | "lg" }) {
  const color = delta < 0 ? "teal" : delta > 0 ? "red" : "gray";
  const meaning = delta < 0 ? "lower risk" : delta > 0 ? "higher risk" : "no change";
  return (
    <Badge
      variant="light"
      color={color}
      c={`${color}.9`}
      title={meaning}
      size={size}
      style={{ flexShrink: 0 }}
    >
      {formatDelta(delta)}
    </Badge>
  );
}
