import { Alert, Button, Collapse, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconAlertTriangle, IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import type { ScoreContributionDto, VendorRiskScoreDto } from "@ward/contracts";
import { useId } from "react";
import { RiskTierBadge } from "../../../components/risk-tier-badge";
import { formatConfidence, formatScore, tierColors } from "../../../labels/risk-labels";
import { ContributionItem, RecordLink } from "./contribution-item";
import { isAnchoredKind } from "./record-anchor";
import { RangeCaption, ScoreRangeBar } from "./score-range-bar";

type DimensionScoreDto = VendorRiskScoreDto["dimensions"]["legacyDataExposure"];

/** Reasons shown before "Show all": the largest carry most of the score, and three fit beside each other. */
export const REASONS_SHOWN = 3;

interface ListedContribution {
  contribution: ScoreContributionDto;
  countedUnder?: string | undefined;
}

function ContributionList({ items }: { items: ListedContribution[] }) {
  return (
    <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: "none" }}>
      {items.map(({ contribution, countedUnder }) => (
        // One factor can appear once per holding or incident; the sentence names which, so the key is unique.
        <ContributionItem
          key={`${contribution.factorId}:${contribution.source.id ?? ""}:${contribution.explanation}`}
          contribution={contribution}
          countedUnder={countedUnder}
        />
      ))}
    </Stack>
  );
}

/**
 * The reasons that add points, largest first, each followed by the members of its group that it charges for
 * (a group charges once, on its costliest member; the others carry 0 points and the same group).
 */
export function groupReasons(ordered: readonly ScoreContributionDto[]) {
  const risks = ordered.filter((c) => c.points > 0);
  const chargedBy = new Map<string, ScoreContributionDto>();
  for (const risk of risks) if (risk.group && !chargedBy.has(risk.group)) chargedBy.set(risk.group, risk);
  const countedUnder = (c: ScoreContributionDto) =>
    c.points === 0 && c.group ? chargedBy.get(c.group) : undefined;
  const reasons = risks.map((risk) => ({
    risk,
    counted: chargedBy.get(risk.group ?? "") === risk ? ordered.filter((c) => countedUnder(c) === risk) : [],
  }));
  const inPlace = ordered.filter((c) => c.points <= 0 && !countedUnder(c));
  return { reasons, inPlace };
}

type Contradictions = NonNullable<DimensionScoreDto["contradictions"]>;

/** Answers that say the opposite of a recorded fact, each naming the answer and the record; the fact counts. */
function ContradictionList({ contradictions }: { contradictions: Contradictions }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle aria-hidden size={18} />}
      title={
        contradictions.length === 1 ? "An answer contradicts the record" : "Answers contradict the record"
      }
    >
      <List size="sm" spacing={4}>
        {contradictions.map((c) => (
          <List.Item key={`${c.evidenceId}:${c.record.kind}:${c.record.id ?? ""}`}>
            {c.explanation}{" "}
            <RecordLink kind="evidence" id={c.evidenceId}>
              See the answer
            </RecordLink>
            {isAnchoredKind(c.record.kind) && c.record.id && (
              <>
                {" · "}
                <RecordLink kind={c.record.kind} id={c.record.id} />
              </>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        The recorded fact counts until an analyst resolves the contradiction.
      </Text>
    </Alert>
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
  const { reasons, inPlace } = groupReasons(ordered);
  const risks = reasons.map((r) => r.risk);
  const listed = (shown: typeof reasons): ListedContribution[] =>
    shown.flatMap(({ risk, counted }) => [
      { contribution: risk },
      ...counted.map((c) => ({ contribution: c, countedUnder: risk.label })),
    ]);
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
        {dimension.range && (
          <div>
            <ScoreRangeBar
              score={dimension.score}
              range={dimension.range}
              color={tierColors[dimension.tier]}
            />
            <RangeCaption range={dimension.range} unknownPoints={dimension.unknownPoints} />
          </div>
        )}
        {dimension.contradictions && dimension.contradictions.length > 0 && (
          <ContradictionList contradictions={dimension.contradictions} />
        )}
        {total > 100 && (
          // Otherwise the points below seem not to add up to the score.
          <Text size="xs" c="dimmed">
            The reasons below add up to {formatScore(total)} points; a score stops at 100.
          </Text>
        )}
        {risks.length > 0 ? (
          <>
            <ContributionList items={listed(allShown ? reasons : reasons.slice(0, REASONS_SHOWN))} />
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
              <ContributionList items={inPlace.map((contribution) => ({ contribution }))} />
            </Collapse>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
