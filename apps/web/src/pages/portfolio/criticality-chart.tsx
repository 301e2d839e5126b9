import type { VendorFacets } from "@ward/contracts";
import { CountBars } from "../../components/count-bars";
import { criticalityColors, criticalityLabels } from "../../labels/enum-labels";

const levels = ["low", "moderate", "high", "critical"] as const;

/** How the whole portfolio splits by criticality, so a board sees the weight of critical vendors at a glance. */
export function CriticalityChart({ facets }: { facets: VendorFacets | undefined }) {
  const total = facets ? levels.reduce((sum, level) => sum + facets.criticality[level], 0) : 0;
  if (facets && total === 0) return null;

  return (
    <CountBars
      title="Vendors by criticality"
      labelHeader="Criticality"
      countHeader="Vendors"
      loading={!facets}
      bars={[...levels].reverse().map((level) => ({
        key: level,
        label: criticalityLabels[level],
        count: facets?.criticality[level] ?? 0,
        color: level === "low" ? "gray.5" : `${criticalityColors[level]}.7`,
      }))}
    />
  );
}
