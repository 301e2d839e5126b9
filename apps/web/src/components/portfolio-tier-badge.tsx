import { Badge } from "@mantine/core";
import type { PortfolioTier } from "@ward/contracts";
import { formatRange } from "../labels/risk-labels";
import { RiskTierBadge } from "./risk-tier-badge";

interface PortfolioTierBadgeProps {
  tier: PortfolioTier;
  /** The range the score could take; shown beside Unassessed, where it says how much is still open. */
  range?: { low: number; high: number } | null;
  size?: "sm" | "md" | "lg";
}

const noShrink = { flexShrink: 0, minWidth: "max-content" } as const;

/**
 * A vendor's overall tier, or Unassessed: a neutral outlined badge, never a traffic-light colour, because too
 * little is known to call the vendor safe or risky. The range says how far the score could still move.
 */
export function PortfolioTierBadge({ tier, range, size = "sm" }: PortfolioTierBadgeProps) {
  if (tier !== "unassessed") return <RiskTierBadge tier={tier} size={size} />;
  return (
    <Badge
      size={size}
      color="gray.7"
      variant="outline"
      style={noShrink}
      title="Too little is known to place this vendor in a risk tier"
    >
      {range ? `Unassessed · ${formatRange(range)}` : "Unassessed"}
    </Badge>
  );
}
