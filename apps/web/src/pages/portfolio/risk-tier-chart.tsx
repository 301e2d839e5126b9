import { Text, UnstyledButton } from "@mantine/core";
import type { PortfolioTier, VendorFacets } from "@ward/contracts";
import { type CountBar, CountBars } from "../../components/count-bars";
import { portfolioTierLabels, tierColors } from "../../labels/risk-labels";

const tiers = ["low", "moderate", "high", "critical"] as const;

interface RiskTierChartProps {
  facets: VendorFacets | undefined;
  /** Tiers the list is filtered by; their bars read as pressed. */
  selected: readonly PortfolioTier[];
  /** Filters the list by this tier alone, or clears the filter when it is the one already chosen. */
  onSelect: (tier: PortfolioTier) => void;
}

function TierButton({
  tier,
  pressed,
  onSelect,
  note,
}: {
  tier: PortfolioTier;
  pressed: boolean;
  onSelect: (tier: PortfolioTier) => void;
  note?: string;
}) {
  const label = portfolioTierLabels[tier];
  return (
    <UnstyledButton
      onClick={() => onSelect(tier)}
      aria-pressed={pressed}
      aria-label={`Show only ${label} vendors`}
      title={pressed ? "Showing only these; choose again to show all" : "Show only these vendors"}
    >
      <Text span size="sm" fw={pressed ? 700 : 400} td={pressed ? "underline" : "none"}>
        {label}
      </Text>
      {note && (
        <Text size="xs" c="dimmed" lh={1.1}>
          {note}
        </Text>
      )}
    </UnstyledButton>
  );
}

/**
 * How the scored portfolio splits by overall risk tier, riskiest first, so a board sees at a glance how many
 * vendors are High or Critical. Unassessed vendors get their own grey, striped bar set apart under the tiers:
 * too little is known about them to place them on the scale, which is not the same as Low. Each bar is a button
 * that lists just those vendors. Vendors not yet scored are in no bar, and the footnote says how many.
 */
export function RiskTierChart({ facets, selected, onSelect }: RiskTierChartProps) {
  const unassessed = facets?.riskTier.unassessed ?? 0;
  const scored = facets ? tiers.reduce((sum, tier) => sum + facets.riskTier[tier], unassessed) : 0;
  if (facets && scored === 0) return null;
  const unscored = facets?.riskTier.unscored ?? 0;

  const bars: CountBar[] = [...tiers].reverse().map((tier) => ({
    key: tier,
    label: <TierButton tier={tier} pressed={selected.includes(tier)} onSelect={onSelect} />,
    count: facets?.riskTier[tier] ?? 0,
    color: `${tierColors[tier]}.7`,
  }));
  bars.push({
    key: "unassessed",
    label: (
      <TierButton
        tier="unassessed"
        pressed={selected.includes("unassessed")}
        onSelect={onSelect}
        note="not a risk tier"
      />
    ),
    count: unassessed,
    color: "gray.5",
    apart: true,
  });

  return (
    <CountBars
      title="Vendors by overall risk"
      labelHeader="Risk tier"
      countHeader="Vendors"
      loading={!facets}
      bars={bars}
      footnote={
        unscored === 0
          ? null
          : `${unscored === 1 ? "1 vendor is" : `${unscored} vendors are`} not scored yet.`
      }
    />
  );
}
