import { Group, Paper, Table, Text, Title } from "@mantine/core";
import type { WhatIfResult } from "@ward/scoring";
import { RiskTierBadge } from "../../../components/risk-tier-badge";
import { dimensionLabels, dimensionOrder, formatScore } from "../../../labels/risk-labels";
import { ScoreDelta } from "./score-delta";

/** Scores now and with the chosen changes, side by side with the difference. */
export function WhatIfResults({ result }: { result: WhatIfResult }) {
  const { before, after, deltas } = result;
  const rows = [
    { key: "overall", label: "Overall", before: before.overall, after: after.overall, delta: deltas.overall },
    ...dimensionOrder.map((id) => ({
      key: id,
      label: dimensionLabels[id],
      before: before.dimensions[id],
      after: after.dimensions[id],
      delta: deltas[id],
    })),
  ];
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
      <Title order={4} size="h5" mb="xs" id="what-if-results-title">
        Scores with these changes
      </Title>
      {/* Polite: a screen reader hears the new scores after each toggle without being interrupted. */}
      <Table aria-labelledby="what-if-results-title" aria-live="polite" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Score</Table.Th>
            <Table.Th scope="col">Now</Table.Th>
            <Table.Th scope="col">What if</Table.Th>
            <Table.Th scope="col">Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={row.key === "overall" ? 700 : 500}>
                {row.label}
              </Table.Th>
              <Table.Td>{formatScore(row.before.score)}</Table.Td>
              <Table.Td>
                {/* On a phone the tier goes under the number instead of widening the table. */}
                <Group gap={6} wrap="wrap">
                  <Text span fw={700} size="sm">
                    {formatScore(row.after.score)}
                  </Text>
                  <RiskTierBadge tier={row.after.tier} />
                </Group>
              </Table.Td>
              <Table.Td>
                <ScoreDelta delta={row.delta} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {after.overall.explanation !== before.overall.explanation && (
        <Text size="xs" c="dimmed" mt="xs">
          {after.overall.explanation}
        </Text>
      )}
    </Paper>
  );
}
