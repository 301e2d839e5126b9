import { Anchor, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { VendorDto, VendorRiskScoreDto } from "@ward/contracts";
import { suggestWhatIfs } from "@ward/scoring";
import { useMemo } from "react";
import { QueryError } from "../../../components/query-error";
import { dimensionLabels, formatPoints } from "../../../labels/risk-labels";
import { ScoreDelta } from "./score-delta";
import { type TopAction, topActions } from "./top-actions";
import { useVendorRecords } from "./use-vendor-records";
import { buildRiskProfile, type VendorRecords } from "./vendor-risk-profile";

function ActionItem({ action }: { action: TopAction }) {
  const { suggestion, fixes } = action;
  return (
    <Stack component="li" gap={2}>
      <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
        <Text size="sm" fw={600}>
          {suggestion.label}
        </Text>
        <ScoreDelta delta={suggestion.deltas.overall} />
      </Group>
      {fixes && (
        <Text size="xs" c="dimmed">
          Removes “{fixes.contribution.label}” ({formatPoints(fixes.contribution.points)}{" "}
          {dimensionLabels[fixes.dimension].toLowerCase()})
        </Text>
      )}
    </Stack>
  );
}

function Actions({ records, score }: { records: VendorRecords; score: VendorRiskScoreDto }) {
  const actions = useMemo(
    () => topActions(score, suggestWhatIfs(buildRiskProfile(records), score.asOf)),
    [records, score],
  );
  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No action the vendor could take on its own would lower this score.
      </Text>
    );
  }
  return (
    <Stack component="ol" gap="sm" m={0} pl="md">
      {actions.map((action) => (
        <ActionItem key={action.suggestion.id} action={action} />
      ))}
    </Stack>
  );
}

/** The three actions that would lower the overall score most, each on its own, with the reason it removes. */
export function TopActionList({ vendor, score }: { vendor: VendorDto; score: VendorRiskScoreDto }) {
  const state = useVendorRecords(vendor);
  return (
    <Stack gap="xs" component="section" aria-labelledby="top-actions-title">
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5" id="top-actions-title">
          What would lower it most
        </Title>
        <Anchor href="#what-if" size="sm">
          Try combinations
        </Anchor>
      </Group>
      {state.status === "pending" ? (
        <Skeleton height={96} aria-label="Loading the top actions" />
      ) : state.status === "error" ? (
        <QueryError title="Could not work out the top actions" error={state.error} onRetry={state.retry} />
      ) : (
        <Actions records={state.records} score={score} />
      )}
    </Stack>
  );
}
