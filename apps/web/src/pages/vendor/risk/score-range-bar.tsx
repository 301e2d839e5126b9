import { Box, Text } from "@mantine/core";
import { formatRange, formatScore } from "../../../labels/risk-labels";

interface ScoreRangeBarProps {
  score: number;
  range: { low: number; high: number };
  /** Mantine colour of the range, usually the tier's. */
  color: string;
}

/**
 * A 0–100 track with the range the score could take shaded and the score marked on it, so a wide range reads as
 * "still open" at a glance. The picture is described in words for a screen reader.
 */
export function ScoreRangeBar({ score, range, color }: ScoreRangeBarProps) {
  const clamp = (n: number) => Math.min(100, Math.max(0, n));
  const low = clamp(range.low);
  const high = clamp(range.high);
  return (
    <Box
      role="img"
      aria-label={`Score ${formatScore(score)}; could be ${formatRange(range)} of 100`}
      pos="relative"
      h={14}
      my={4}
      style={{ background: "var(--mantine-color-gray-1)", borderRadius: 4 }}
    >
      <Box
        pos="absolute"
        top={3}
        h={8}
        style={{
          left: `${low}%`,
          width: `${Math.max(high - low, 0.5)}%`,
          background: `var(--mantine-color-${color}-3)`,
          borderRadius: 3,
        }}
      />
      <Box
        pos="absolute"
        top={0}
        h={14}
        w={3}
        style={{
          left: `calc(${clamp(score)}% - 1.5px)`,
          background: "var(--mantine-color-dark-7)",
          borderRadius: 1,
        }}
      />
    </Box>
  );
}

/** The line under the bar: what the range is, and how many points rest on what nobody has confirmed. */
export function RangeCaption({
  range,
  unknownPoints,
}: {
  range: { low: number; high: number };
  unknownPoints?: number;
}) {
  const unknown = unknownPoints === undefined ? null : Math.round(unknownPoints * 10) / 10;
  return (
    <Text size="xs" c="dimmed">
      Could be {formatRange(range)}
      {unknown !== null && (unknown > 0 ? ` · ${unknown.toFixed(1)} points unknown` : " · no points unknown")}
    </Text>
  );
}
