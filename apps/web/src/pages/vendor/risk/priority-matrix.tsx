import { Table, Text, VisuallyHidden } from "@mantine/core";
import type { PriorityDto } from "@ward/contracts";
import { PRIORITY_MATRIX } from "@ward/scoring";
import { portfolioTierLabels, priorityColors, priorityLabels, tierLabels } from "../../../labels/risk-labels";

/** Inherent risk down the side, riskiest on top; residual risk across, lowest first and Unassessed last. */
const inherentRows = ["critical", "high", "moderate", "low"] as const;
const residualColumns = ["low", "moderate", "high", "critical", "unassessed"] as const;

const cellSize = { width: 44, height: 28 } as const;

/**
 * The priority matrix with the vendor's cell marked: a real table, so a screen reader hears the row (inherent
 * risk) and column (residual risk) of each cell, and the mark is a word, not only a border.
 */
export function PriorityMatrix({ priority }: { priority: PriorityDto }) {
  return (
    <Table
      withTableBorder
      withColumnBorders
      horizontalSpacing={4}
      verticalSpacing={2}
      fz="xs"
      w="auto"
      style={{ tableLayout: "fixed" }}
    >
      <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>
        <Text span size="xs" c="dimmed">
          Priority by inherent risk (rows) and residual (columns)
        </Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <VisuallyHidden>Inherent risk</VisuallyHidden>
          </Table.Th>
          {residualColumns.map((residual) => (
            <Table.Th
              key={residual}
              scope="col"
              ta="center"
              fz={10}
              fw={500}
              style={{ minWidth: cellSize.width }}
            >
              {portfolioTierLabels[residual]}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {inherentRows.map((inherent) => (
          <Table.Tr key={inherent}>
            <Table.Th scope="row" fz={10} fw={500}>
              {tierLabels[inherent]}
            </Table.Th>
            {residualColumns.map((residual) => {
              const level = PRIORITY_MATRIX[inherent][residual];
              const here = priority.inherentTier === inherent && priority.residual === residual;
              const color = priorityColors[level] ?? "gray";
              return (
                <Table.Td
                  key={residual}
                  ta="center"
                  title={priorityLabels[level]}
                  aria-current={here ? "true" : undefined}
                  style={{
                    ...cellSize,
                    background: `var(--mantine-color-${color}-${here ? 2 : 0})`,
                    outline: here ? "3px solid var(--mantine-color-dark-6)" : undefined,
                    outlineOffset: -3,
                    fontWeight: here ? 800 : 400,
                  }}
                >
                  {level}
                  <VisuallyHidden>{` ${priorityLabels[level]}`}</VisuallyHidden>
                  {here && (
                    <Text span fz={10} aria-hidden>
                      {" "}
                      ●
                    </Text>
                  )}
                  {here && <VisuallyHidden>, this vendor</VisuallyHidden>}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
