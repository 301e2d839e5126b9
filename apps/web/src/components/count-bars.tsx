import { Paper, Progress, Skeleton, Table, Text, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";

export interface CountBar {
  key: string;
  /** Usually text; a chart whose bars filter something passes a button. */
  label: ReactNode;
  count: number;
  /** A Mantine colour with its shade, such as "red.7". */
  color: string;
  /** Drawn striped and set apart by a rule above it: a count that is not one more step of the scale. */
  apart?: boolean;
}

interface CountBarsProps {
  /** Heading of the panel, which also names the region for assistive technology. */
  title: string;
  /** Header of the label column ("Risk tier") and of the count column ("Vendors"). */
  labelHeader: string;
  countHeader: string;
  bars: readonly CountBar[];
  loading: boolean;
  /** A line under the bars, such as how many vendors are not counted. */
  footnote?: string | null;
}

/**
 * Counts as horizontal bars, the label beside each bar rather than inside it, so a count of zero still reads
 * "Low 0" instead of vanishing into a sliver. A table underneath, so a screen reader reads label and count
 * together.
 */
export function CountBars({ title, labelHeader, countHeader, bars, loading, footnote }: CountBarsProps) {
  const id = `count-bars-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  const largest = Math.max(1, ...bars.map((b) => b.count));
  return (
    <Paper withBorder p="md" maw={420} w="100%" component="section" aria-labelledby={id}>
      <Text id={id} fw={600} size="sm" mb="xs">
        {title}
      </Text>
      {/* While loading, the same table with placeholder bars and counts, so nothing below moves when it fills. */}
      <Table verticalSpacing={4} horizontalSpacing={0} withRowBorders={false} aria-busy={loading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={96} fz="xs" c="dimmed" fw={500}>
              {labelHeader}
            </Table.Th>
            <Table.Th>
              <VisuallyHidden>Share</VisuallyHidden>
            </Table.Th>
            <Table.Th w={56} ta="right" fz="xs" c="dimmed" fw={500}>
              {countHeader}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bars.map((bar) => (
            <Table.Tr
              key={bar.key}
              style={bar.apart ? { borderTop: "1px dashed var(--mantine-color-gray-4)" } : undefined}
            >
              <Table.Td fz="sm">{bar.label}</Table.Td>
              <Table.Td>
                {loading ? (
                  <Skeleton height={16} radius="sm" />
                ) : (
                  <Progress
                    value={(bar.count / largest) * 100}
                    color={bar.color}
                    striped={bar.apart}
                    size="lg"
                    radius="sm"
                    aria-hidden
                  />
                )}
              </Table.Td>
              <Table.Td ta="right" fz="sm" fw={600}>
                {loading ? <Skeleton height={14} width={20} ml="auto" /> : bar.count}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!loading && footnote && (
        <Text size="xs" c="dimmed" mt="xs">
          {footnote}
        </Text>
      )}
    </Paper>
  );
}
