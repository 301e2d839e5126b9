import { Badge } from "@mantine/core";
import type { RiskTierValue } from "@ward/contracts";
import { tierColors, tierLabels } from "../labels/risk-labels";

/**
 * A risk tier in words and colour; the word carries the meaning, the colour only repeats it. Light badges take
 * shade 9 text and the filled critical badge shade 8, because the default yellow and orange on white fall below
 * WCAG AA contrast. It never shrinks: a cut word ("CRI…") would hide the tier it exists to show.
 */
const noShrink = { flexShrink: 0, minWidth: "max-content" } as const;

export function RiskTierBadge({ tier, size = "sm" }: { tier: RiskTierValue; size?: "sm" | "md" | "lg" }) {
  const color = tierColors[tier];
  if (tier === "critical") {
    return (
      <Badge size={size} color={`${color}.8`} variant="filled" style={noShrink}>
        {tierLabels[tier]}
      </Badge>
    );
  }
  return (
    <Badge size={size} color={color} variant="light" c={`${color}.9`} style={noShrink}>
      {tierLabels[tier]}
    </Badge>
  );
}
