import { Button, Collapse, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import type { ScoreContributionDto, VendorRiskScoreDto } from "@ward/contracts";
import { useId } from "react";
import { RiskTierBadge } from "../../../components/risk-tier-badge";
import { formatConfidence, formatScore } from "../../../labels/risk-labels";
import { ContributionItem } from "./contribution-item";

type DimensionScoreDto = VendorRiskScoreDto["dimensions"]["legacyDataExposure"];

/** Reasons shown before "Show all": the largest carry most of the score, and three fit beside each other. */
export const REASONS_SHOWN = 3;

function ContributionList({ items }: { items: ScoreContributionDto[] }) {
  return (
    <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: "none" }}>
      {items.map((item) => (
        // One factor can appear once per holding or incident; the sentence names which, so the key is unique.
        <ContributionItem
          key={`${item.factorId}:${item.source.id ?? ""}:${item.explanation}`}
          contribution={item}
        />
      ))}
    </Stack>
  );
}

/** One of the three weaknesses: its score, tier, confidence and its reasons, the largest first and the rest on request. */
export function DimensionPanel({ dimension }: { dimension: DimensionScoreDto }) {
  const titleId = useId();
  const controlsId = useId();
  const [controlsOpen, controls] = useDisclosure(false);
  const [allShown, all] = useDisclosure(false);
  // The engine lists largest first already; sorting again keeps the promise if a stored score predates that.
  const ordered = [...dimension.contributions].sort((a, b) => b.points - a.points);
  const risks = ordered.filter((c) => c.points > 0);
  const inPlace = ordered.filter((c) => c.points <= 0);
  const total = Math.round(risks.reduce((sum, c) => sum + c.points, 0) * 10) / 10;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" id={titleId}>
            {dimension.label}
          </Title>
          <RiskTierBadge tier={dimension.tier} />
        </Group>
        <Group gap="xs" align="baseline">
          <Text fz={28} fw={700} lh={1}>
            {formatScore(dimension.score)}
          </Text>
          <Text size="sm" c="dimmed">
            of 100 · confidence {formatConfidence(dimension.confidence)}
          </Text>
        </Group>
        {total > 100 && (
          // Otherwise the points below seem not to add up to the score.
          <Text size="xs" c="dimmed">
            The reasons below add up to {formatScore(total)} points; a score stops at 100.
          </Text>
        )}
        {risks.length > 0 ? (
          <>
            <ContributionList items={allShown ? risks : risks.slice(0, REASONS_SHOWN)} />
            {risks.length > REASONS_SHOWN && (
              <div>
                <Button variant="subtle" size="compact-sm" onClick={all.toggle} aria-expanded={allShown}>
                  {allShown ? "Show the largest only" : `Show all ${risks.length} reasons`}
                </Button>
              </div>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Nothing adds risk here.
          </Text>
        )}
        {inPlace.length > 0 && (
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={controls.toggle}
              aria-expanded={controlsOpen}
              aria-controls={controlsId}
              leftSection={
                controlsOpen ? (
                  <IconChevronDown aria-hidden size={14} />
                ) : (
                  <IconChevronRight aria-hidden size={14} />
                )
              }
            >
              Controls in place ({inPlace.length})
            </Button>
            <Collapse expanded={controlsOpen} id={controlsId}>
              <ContributionList items={inPlace} />
            </Collapse>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
