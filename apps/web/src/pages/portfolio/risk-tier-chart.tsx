import { Text, UnstyledButton } from "@mantine/core";
import type { RiskTierValue, VendorFacets } from "@ward/contracts";
import { CountBars } from "../../components/count-bars";
import { tierColors, tierLabels } from "../../labels/risk-labels";

const tiers = ["low", "moderate", "high", "critical"] as const;

interface RiskTierChartProps {
  facets: VendorFacets | undefined;
  /** Tiers the list is filtered by; their bars read as pressed. */
  selected: readonly RiskTierValue[];
  /** Filters the list by this tier alone, or clears the filter when it is the one already chosen. */
  onSelect: (tier: RiskTierValue) => void;
}

/**
 * How the scored portfolio splits by overall risk tier, riskiest first, so a board sees at a glance how many
 * vendors are High or Critical. Each tier is a button that lists just those vendors. Vendors not yet scored are
 * in no tier, and the footnote says how many.
 */
export function RiskTierChart({ facets, selected, onSelect }: RiskTierChartProps) {
  const scored = facets ? tiers.reduce((sum, tier) => sum + facets.riskTier[tier], 0) : 0;
  if (facets && scored === 0) return null;
  const unscored = facets?.riskTier.unscored ?? 0;

  return (
    <CountBars
      title="Vendors by overall risk"
      labelHeader="Risk tier"
      countHeader="Vendors"
      loading={!facets}
      bars={[...tiers].reverse().map((tier) => {
        const pressed = selected.includes(tier);
        return {
          key: tier,
          label: (
            <UnstyledButton
              onClick={() => onSelect(tier)}
              aria-pressed={pressed}
              aria-label={`Show only ${tierLabels[tier]} vendors`}
              title={pressed ? "Showing only these; choose again to show all" : "Show only these vendors"}
            >
              <Text span size="sm" fw={pressed ? 700 : 400} td={pressed ? "underline" : "none"}>
                {tierLabels[tier]}
              </Text>
            </UnstyledButton>
          ),
          count: facets?.riskTier[tier] ?? 0,
          color: `${tierColors[tier]}.7`,
        };
      })}
      footnote={
        unscored === 0
          ? null
          : `${unscored === 1 ? "1 vendor is" : `${unscored} vendors are`} not scored yet.`
      }
    />
  );
}
