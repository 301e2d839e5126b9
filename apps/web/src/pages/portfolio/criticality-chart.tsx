import { useCriticalityCounts } from "../../api/vendors";
import { CountBars } from "../../components/count-bars";
import { criticalityColors, criticalityLabels } from "../../labels/enum-labels";

/** How the whole portfolio splits by criticality, so a board sees the weight of critical vendors at a glance. */
export function CriticalityChart() {
  const { counts, isPending, isError } = useCriticalityCounts();
  // The table below reports load failures; a second alert for the same outage would only add noise.
  if (isError) return null;
  const total = counts.reduce((sum, c) => sum + c.vendors, 0);
  if (!isPending && total === 0) return null;

  return (
    <CountBars
      title="Vendors by criticality"
      labelHeader="Criticality"
      countHeader="Vendors"
      loading={isPending}
      bars={[...counts].reverse().map((c) => ({
        key: c.value,
        label: criticalityLabels[c.value],
        count: c.vendors,
        color: c.value === "low" ? "gray.5" : `${criticalityColors[c.value]}.7`,
      }))}
    />
  );
}
