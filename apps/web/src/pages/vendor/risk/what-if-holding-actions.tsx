import { Checkbox, Stack, Text } from "@mantine/core";
import type { DataHoldingDto } from "@ward/contracts";
import { formatDelta } from "../../../labels/risk-labels";
import { actionAlreadyDone, HOLDING_ACTIONS, type HoldingActionKind } from "./what-if-changes";

interface HoldingActionsProps {
  holdings: readonly DataHoldingDto[];
  value: Readonly<Record<string, readonly HoldingActionKind[]>>;
  onChange: (holdingId: string, kinds: HoldingActionKind[]) => void;
  /** An action's effect on the overall score given the other ticked changes. */
  effectOf: (holdingId: string, kind: HoldingActionKind) => number;
}

/** For each copy of the hospital's data at the vendor, what the vendor could do about it. */
export function WhatIfHoldingActions({ holdings, value, onChange, effectOf }: HoldingActionsProps) {
  // A copy destroyed with proof adds no risk, so there is nothing left to try on it.
  const live = holdings.filter((h) => !actionAlreadyDone("destroy_holding", h));
  if (live.length === 0) return null;
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        Per data holding
      </Text>
      {live.map((holding) => (
        <Checkbox.Group
          key={holding.id}
          label={holding.system}
          value={[...(value[holding.id] ?? [])]}
          onChange={(kinds) => onChange(holding.id, kinds as HoldingActionKind[])}
        >
          <Stack gap={6} mt={6}>
            {HOLDING_ACTIONS.map((action) => {
              const done = actionAlreadyDone(action.kind, holding);
              return (
                <Checkbox
                  key={action.kind}
                  value={action.kind}
                  label={action.label}
                  description={
                    done ? "Already the case" : `${formatDelta(effectOf(holding.id, action.kind))} overall`
                  }
                  disabled={done}
                />
              );
            })}
          </Stack>
        </Checkbox.Group>
      ))}
    </Stack>
  );
}
