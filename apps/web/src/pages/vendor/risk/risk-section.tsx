import { EmptyState, SimpleGrid, Skeleton, Stack, Title } from "@mantine/core";
import { IconGauge } from "@tabler/icons-react";
import type { VendorDto } from "@ward/contracts";
import { ApiError } from "../../../api/api-error";
import { useVendorScore } from "../../../api/scores";
import { QueryError } from "../../../components/query-error";
import { dimensionOrder } from "../../../labels/risk-labels";
import { DimensionPanel } from "./dimension-panel";
import { OverallRisk } from "./overall-risk";
import { QuestionsToAsk } from "./questions-to-ask";
import { WhatIfPanel } from "./what-if-panel";

function RiskSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading the risk score">
      <Skeleton height={160} />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Skeleton height={320} />
        <Skeleton height={320} />
        <Skeleton height={320} />
      </SimpleGrid>
    </Stack>
  );
}

function NotScoredYet() {
  return (
    <EmptyState
      icon={<IconGauge aria-hidden />}
      title="Not scored yet"
      description="Ward scores a vendor when it starts and each time the vendor's records change. The score appears here once that has happened."
    />
  );
}

/**
 * `Risk` on the vendor page: the stored score explained (overall, the three weaknesses and their reasons), the
 * questions it raises and a what-if sandbox. The headline figures and the trend sit in the page's summary.
 */
export function RiskSection({ vendor }: { vendor: VendorDto }) {
  const stored = useVendorScore(vendor.id);
  return (
    <Stack component="section" gap="md" aria-labelledby="section-risk">
      <Title order={2} size="h3" id="section-risk">
        Risk
      </Title>
      {stored.isPending ? (
        <RiskSkeleton />
      ) : stored.isError ? (
        stored.error instanceof ApiError && stored.error.isNotFound ? (
          <NotScoredYet />
        ) : (
          <QueryError title="Could not load the risk score" error={stored.error} onRetry={stored.refetch} />
        )
      ) : (
        <>
          <OverallRisk stored={stored.data} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {dimensionOrder.map((id) => (
              <DimensionPanel key={id} dimension={stored.data.score.dimensions[id]} />
            ))}
          </SimpleGrid>
          <QuestionsToAsk score={stored.data.score} />
          <WhatIfPanel
            vendor={vendor}
            asOf={stored.data.score.asOf}
            storedOverall={stored.data.score.overall.score}
          />
        </>
      )}
    </Stack>
  );
}
