import { LineChart } from "@mantine/charts";
import { Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { ScoreHistoryPoint } from "@ward/contracts";
import { useScoreHistory } from "../../../api/scores";
import { QueryError } from "../../../components/query-error";
import { formatDateTime } from "../../../labels/format";
import { dimensionLabels } from "../../../labels/risk-labels";
import { type MethodologyChange, methodologyChanges } from "./methodology-changes";

const series = [
  { name: "Overall", color: "indigo.7" },
  { name: dimensionLabels.legacyDataExposure, color: "grape.6", strokeDasharray: "5 3" },
  { name: dimensionLabels.credentialHygiene, color: "cyan.7", strokeDasharray: "5 3" },
  { name: dimensionLabels.breachHistory, color: "orange.7", strokeDasharray: "5 3" },
];

function chartRows(items: ScoreHistoryPoint[]) {
  return items.map((point) => ({
    when: formatDateTime(point.computedAt),
    Overall: point.overall,
    [dimensionLabels.legacyDataExposure]: point.legacyDataExposure,
    [dimensionLabels.credentialHygiene]: point.credentialHygiene,
    [dimensionLabels.breachHistory]: point.breachHistory,
  }));
}

/** The x-axis key of the gap drawn between the last score of one methodology and the first of the next. */
const methodGap = (change: MethodologyChange) => `method-change-${change.index}`;

/**
 * The chart's rows with an empty row between the two scores either side of each methodology change, where a
 * labelled vertical line stands; the lines run through it (nulls are connected), so only the marker shows.
 */
function rowsWithMethodGaps(items: ScoreHistoryPoint[], changes: readonly MethodologyChange[]) {
  const rows: Record<string, string | number>[] = chartRows(items);
  for (const change of [...changes].reverse()) rows.splice(change.index, 0, { when: methodGap(change) });
  return rows;
}

function methodMarkers(changes: readonly MethodologyChange[]) {
  return changes.map((change) => ({
    x: methodGap(change),
    label: `Method ${change.to}`,
    labelPosition: "insideTop" as const,
    color: "dark.4",
    strokeDasharray: "4 2",
  }));
}

function MethodNotes({ changes }: { changes: readonly MethodologyChange[] }) {
  if (changes.length === 0) return null;
  return (
    <>
      {changes.map((change) => (
        <Text key={change.index} size="xs" c="dimmed">
          Ward's scoring method changed from {change.from} to {change.to} at the score of{" "}
          {formatDateTime(change.computedAt)}: scores on either side are measured differently, so a jump there
          is the method's, not the vendor's.
        </Text>
      ))}
    </>
  );
}

function TrendChart({ items }: { items: ScoreHistoryPoint[] }) {
  const changes = methodologyChanges(items);
  const rows = rowsWithMethodGaps(items, changes);
  return (
    <>
      <LineChart
        h={240}
        data={rows}
        dataKey="when"
        series={series}
        curveType="linear"
        withLegend
        legendProps={{ verticalAlign: "bottom" }}
        yAxisProps={{ domain: [0, 100] }}
        referenceLines={methodMarkers(changes)}
        xAxisProps={{ tickFormatter: (when: string) => (when.startsWith("method-change-") ? "" : when) }}
        aria-label="Overall and dimension scores at each recomputation, 0 to 100"
      />
      <MethodNotes changes={changes} />
    </>
  );
}

/** How the vendor's scores moved each time its records changed. */
export function ScoreTrend({ vendorId }: { vendorId: string }) {
  const history = useScoreHistory(vendorId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="score-trend-title" h="100%">
      <Stack gap="sm">
        <Title order={3} size="h4" id="score-trend-title">
          Score over time
        </Title>
        {history.isPending ? (
          <Skeleton height={220} aria-label="Loading score history" />
        ) : history.isError ? (
          <QueryError
            title="Could not load the score history"
            error={history.error}
            onRetry={history.refetch}
          />
        ) : history.data.items.length < 2 ? (
          <Text size="sm" c="dimmed">
            The trend appears after the first change. Ward scores the vendor again each time its records
            change.
          </Text>
        ) : (
          <TrendChart items={history.data.items} />
        )}
      </Stack>
    </Paper>
  );
}
