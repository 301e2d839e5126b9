import { Checkbox, Stack, Text } from "@mantine/core";
import type { SuggestedWhatIf } from "@ward/scoring";
import { formatDelta } from "../../../labels/risk-labels";

interface SuggestionListProps {
  suggestions: readonly SuggestedWhatIf[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

/** The engine's suggestions, largest effect first, each with what it does to the overall score on its own. */
export function WhatIfSuggestionList({ suggestions, value, onChange }: SuggestionListProps) {
  if (suggestions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Ward has no action to suggest: nothing the vendor could change on its own would lower this score.
      </Text>
    );
  }
  return (
    <Checkbox.Group
      label="Suggested actions"
      description="Largest effect first. Each figure is the change to the overall score from that action alone."
      value={[...value]}
      onChange={onChange}
    >
      <Stack gap={8} mt="xs">
        {suggestions.map((s) => (
          <Checkbox
            key={s.id}
            value={s.id}
            label={s.label}
            description={`${formatDelta(s.deltas.overall)} overall`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
