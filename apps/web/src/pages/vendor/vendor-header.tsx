import { Group, Paper, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import type { VendorDto, VendorScoreResponse } from "@ward/contracts";
import type { ReactNode } from "react";
import { ApiError } from "../../api/api-error";
import { useScoreHistory, useVendorScore } from "../../api/scores";
import { BeingRescoredBadge } from "../../components/being-rescored-badge";
import { PortfolioTierBadge } from "../../components/portfolio-tier-badge";
import { PriorityBadge } from "../../components/priority-badge";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../labels/format";
import {
  formatConfidence,
  formatRange,
  formatScore,
  portfolioTierLabels,
  tierLabels,
} from "../../labels/risk-labels";
import { PriorityMatrix } from "./risk/priority-matrix";
import { changeSincePrevious } from "./risk/score-change";
import { ScoreDelta } from "./risk/score-delta";
import { factsSentence } from "./risk/score-facts";
import { TopActionList } from "./risk/top-action-list";

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function Trend({ vendorId }: { vendorId: string }) {
  const history = useScoreHistory(vendorId);
  if (history.isPending) return <Skeleton height={28} width={120} aria-label="Loading the trend" />;
  if (history.isError) return <Text size="sm">Trend unavailable</Text>;
  const change = changeSincePrevious(history.data.items);
  if (!change) return <Text size="sm">First score: no earlier one to compare</Text>;
  return (
    <Group gap={6} wrap="wrap">
      <ScoreDelta delta={change.delta} size="lg" />
      <Text size="sm">since {formatDateTime(change.since)}</Text>
    </Group>
  );
}

/** Where the vendor sits between what it holds (inherent) and how well it guards it (residual), and what to do. */
function PriorityFigure({ priority }: { priority: NonNullable<VendorScoreResponse["score"]["priority"]> }) {
  return (
    <Stack gap="xs">
      <Group gap="lg" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            Priority
          </Text>
          <PriorityBadge level={priority.level} size="lg" />
          <Text size="sm">Inherent {tierLabels[priority.inherentTier]}</Text>
          <Text size="sm">Residual {portfolioTierLabels[priority.residual]}</Text>
        </Stack>
        <PriorityMatrix priority={priority} />
      </Group>
      <Text size="xs" c="dimmed">
        {priority.explanation}
      </Text>
    </Stack>
  );
}

function Headline({ vendor, stored }: { vendor: VendorDto; stored: VendorScoreResponse }) {
  const { overall, priority } = stored.score;
  const unassessed = overall.state === "unassessed";
  const facts = factsSentence(overall);
  return (
    <Stack gap="md">
      <Group gap="xl" align="flex-start" wrap="wrap">
        <Figure label="Overall risk">
          <Group gap="xs" align="center" wrap="nowrap">
            {!unassessed && (
              <Text fz={40} fw={800} lh={1}>
                {formatScore(overall.score)}
              </Text>
            )}
            <Stack gap={2} align="flex-start">
              <Group gap={6}>
                <PortfolioTierBadge tier={unassessed ? "unassessed" : overall.tier} size="lg" />
                {stored.beingRescored && <BeingRescoredBadge size="md" />}
              </Group>
              <Text size="xs" c="dimmed">
                {unassessed && overall.range
                  ? `Could be ${formatRange(overall.range)} of 100 once the open questions are answered`
                  : overall.range
                    ? `of 100, higher is worse; could be ${formatRange(overall.range)}`
                    : "of 100, higher is worse"}
              </Text>
            </Stack>
          </Group>
        </Figure>
        <Figure label="Confidence">
          <Text fz={28} fw={700} lh={1.2}>
            {formatConfidence(overall.confidence)}
          </Text>
        </Figure>
        <Figure label="Trend">
          <Trend vendorId={vendor.id} />
        </Figure>
      </Group>
      {facts && (
        <Text size="sm" fw={500}>
          {facts}
        </Text>
      )}
      <Text size="sm">{overall.explanation}</Text>
      {priority && <PriorityFigure priority={priority} />}
    </Stack>
  );
}

/**
 * The first thing on the vendor page, answering "how bad, how sure, getting better or worse, what to do" before
 * any scrolling: overall score and tier, confidence, the move since the previous score and the three actions
 * that would lower it most.
 */
export function VendorHeader({ vendor }: { vendor: VendorDto }) {
  const stored = useVendorScore(vendor.id);
  let body: ReactNode;
  if (stored.isPending) {
    body = <Skeleton height={140} aria-label="Loading the risk summary" />;
  } else if (stored.isError) {
    body =
      stored.error instanceof ApiError && stored.error.isNotFound ? (
        <Text size="sm" c="dimmed">
          Not scored yet. The summary appears once Ward has scored this vendor.
        </Text>
      ) : (
        <QueryError title="Could not load the risk score" error={stored.error} onRetry={stored.refetch} />
      );
  } else {
    body = (
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Headline vendor={vendor} stored={stored.data} />
        <TopActionList vendor={vendor} score={stored.data.score} />
      </SimpleGrid>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-label="Risk summary">
      {body}
    </Paper>
  );
}
