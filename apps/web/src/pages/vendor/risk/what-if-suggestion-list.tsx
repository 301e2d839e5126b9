import { Checkbox, Stack, Text } from "@mantine/core";
import type { SuggestedWhatIf } from "@ward/scoring";
import { formatDelta } from "../../../labels/risk-labels";

interface SuggestionListProps {
  suggestions: readonly SuggestedWhatIf[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Per suggestion id, its effect on the overall score given the other ticked changes. */
  effects: Readonly<Record<string, number>>;
}

/** The engine's suggestions, largest effect first, each with what it does given the other ticked changes. */
export function WhatIfSuggestionList({ suggestions, value, onChange, effects }: SuggestionListProps) {
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
      description="Largest effect first. Each figure is what the action does to the overall score given the other changes ticked: for a ticked one, what unticking it would give back."
      value={[...value]}
      onChange={onChange}
    >
      <Stack gap={8} mt="xs">
        {suggestions.map((s) => (
          <Checkbox
            key={s.id}
            value={s.id}
            label={s.label}
            description={`${formatDelta(effects[s.id] ?? s.deltas.overall)} overall`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
