import { useCriticalityCounts, useRiskTierCounts } from "../../api/vendors";
import { CountBars } from "../../components/count-bars";
import { tierColors, tierLabels } from "../../labels/risk-labels";

/**
 * How the scored portfolio splits by overall risk tier, riskiest first, so a board sees at a glance how many
 * vendors are High or Critical. Vendors not yet scored are in no tier, and the footnote says how many.
 */
export function RiskTierChart() {
  const { counts, isPending, isError } = useRiskTierCounts();
  // Every vendor has a criticality, so those counts (shared with the criticality chart) add up to the portfolio.
  const all = useCriticalityCounts();
  // The table below reports load failures; a second alert for the same outage would only add noise.
  if (isError) return null;
  const scored = counts.reduce((sum, c) => sum + c.vendors, 0);
  if (!isPending && scored === 0) return null;
  const portfolioTotal = all.counts.reduce((sum, c) => sum + c.vendors, 0);
  const unscored = all.isPending || all.isError ? 0 : Math.max(0, portfolioTotal - scored);

  return (
    <CountBars
      title="Vendors by overall risk"
      labelHeader="Risk tier"
      countHeader="Vendors"
      loading={isPending}
      bars={[...counts].reverse().map((c) => ({
        key: c.value,
        label: tierLabels[c.value],
        count: c.vendors,
        color: `${tierColors[c.value]}.7`,
      }))}
      footnote={
        unscored === 0
          ? null
          : `${unscored === 1 ? "1 vendor is" : `${unscored} vendors are`} not scored yet.`
      }
    />
  );
}
