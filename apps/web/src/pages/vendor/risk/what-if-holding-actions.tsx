import { Checkbox, NumberInput, Stack, Text } from "@mantine/core";
import type { DataHoldingDto } from "@ward/contracts";
import { formatDelta } from "../../../labels/risk-labels";
import { actionAlreadyDone, HOLDING_ACTIONS, type HoldingActionKind } from "./what-if-changes";

interface HoldingActionsProps {
  holdings: readonly DataHoldingDto[];
  value: Readonly<Record<string, readonly HoldingActionKind[]>>;
  onChange: (holdingId: string, kinds: HoldingActionKind[]) => void;
  /** An action's effect on the overall score given the other ticked changes. */
  effectOf: (holdingId: string, kind: HoldingActionKind) => number;
  /** Record counts to try, per holding; a holding left out keeps its recorded count. */
  recordCounts: Readonly<Record<string, number | null>>;
  /** A count to try, or undefined to go back to the recorded one. */
  onRecordCount: (holdingId: string, count: number | undefined) => void;
}

/** For each copy of the hospital's data at the vendor, what the vendor could do about it. */
export function WhatIfHoldingActions({
  holdings,
  value,
  onChange,
  effectOf,
  recordCounts,
  onRecordCount,
}: HoldingActionsProps) {
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
            <NumberInput
              label="Records held"
              description={
                holding.recordCount === null
                  ? "Not recorded; try a count"
                  : `Recorded: ${holding.recordCount.toLocaleString("en-US")}; try another count`
              }
              value={recordCounts[holding.id] ?? ""}
              onChange={(count) => onRecordCount(holding.id, typeof count === "number" ? count : undefined)}
              min={0}
              max={1_000_000_000}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
              maw={260}
            />
          </Stack>
        </Checkbox.Group>
      ))}
    </Stack>
  );
}
