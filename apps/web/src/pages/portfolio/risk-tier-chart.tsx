import type { VendorFacets } from "@ward/contracts";
import { CountBars } from "../../components/count-bars";
import { tierColors, tierLabels } from "../../labels/risk-labels";

const tiers = ["low", "moderate", "high", "critical"] as const;

/**
 * How the scored portfolio splits by overall risk tier, riskiest first, so a board sees at a glance how many
 * vendors are High or Critical. Vendors not yet scored are in no tier, and the footnote says how many.
 */
export function RiskTierChart({ facets }: { facets: VendorFacets | undefined }) {
  const scored = facets ? tiers.reduce((sum, tier) => sum + facets.riskTier[tier], 0) : 0;
  if (facets && scored === 0) return null;
  const unscored = facets?.riskTier.unscored ?? 0;

  return (
    <CountBars
      title="Vendors by overall risk"
      labelHeader="Risk tier"
      countHeader="Vendors"
      loading={!facets}
      bars={[...tiers].reverse().map((tier) => ({
        key: tier,
        label: tierLabels[tier],
        count: facets?.riskTier[tier] ?? 0,
        color: `${tierColors[tier]}.7`,
      }))}
      footnote={
        unscored === 0
          ? null
          : `${unscored === 1 ? "1 vendor is" : `${unscored} vendors are`} not scored yet.`
      }
    />
  );
}
