import { BarsList } from "@mantine/charts";
import { Paper, Skeleton, Text } from "@mantine/core";
import { useCriticalityCounts } from "../../api/vendors";
import { criticalityColors, criticalityLabels } from "../../labels/enum-labels";

/** How the whole portfolio splits by criticality, so a board sees the weight of critical vendors at a glance. */
export function CriticalityChart() {
  const { counts, isPending, isError } = useCriticalityCounts();
  // The table below reports load failures; a second alert for the same outage would only add noise.
  if (isError) return null;
  const total = counts.reduce((sum, c) => sum + c.vendors, 0);
  if (!isPending && total === 0) return null;

  return (
    <Paper withBorder p="md" maw={420} component="section" aria-labelledby="criticality-chart-title">
      <Text id="criticality-chart-title" fw={600} size="sm" mb="xs">
        Vendors by criticality
      </Text>
      {isPending ? (
        <Skeleton height={120} />
      ) : (
        <BarsList
          barsLabel="Criticality"
          valueLabel="Vendors"
          minBarSize={4}
          barHeight={24}
          data={[...counts].reverse().map((c) => ({
            name: criticalityLabels[c.criticality],
            value: c.vendors,
            // Shade 7 keeps white labels readable (WCAG AA); the pale low bar takes dark text.
            color: c.criticality === "low" ? "gray.3" : `${criticalityColors[c.criticality]}.7`,
            textColor: c.criticality === "low" ? "dark.7" : "white",
          }))}
        />
      )}
    </Paper>
  );
}
