import { Divider, Group, Paper, Stack, Text } from "@mantine/core";
import type { VendorScoreResponse } from "@ward/contracts";
import { BeingRescoredBadge } from "../../../components/being-rescored-badge";
import { RiskTierBadge } from "../../../components/risk-tier-badge";
import { formatDateTime, formatDay } from "../../../labels/format";
import { dimensionLabels, formatConfidence, formatScore } from "../../../labels/risk-labels";

/** The headline: overall score and tier, how sure Ward is, why, and how often to look at this vendor again. */
export function OverallRisk({ stored }: { stored: VendorScoreResponse }) {
  const { overall, inherent, methodologyVersion, asOf } = stored.score;
  return (
    <Paper withBorder p="md" h="100%" component="section" aria-labelledby="overall-risk-title">
      <Stack gap="sm">
        <Group gap="xl" align="flex-start">
          <Stack gap={4}>
            <Text size="sm" c="dimmed" id="overall-risk-title">
              Overall risk
            </Text>
            <Group gap="xs" align="baseline">
              <Text fz={44} fw={800} lh={1}>
                {formatScore(overall.score)}
              </Text>
              <Text size="sm" c="dimmed">
                of 100
              </Text>
              <RiskTierBadge tier={overall.tier} size="lg" />
              {stored.beingRescored && <BeingRescoredBadge size="md" />}
            </Group>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              Confidence
            </Text>
            <Text fz={28} fw={700} lh={1.2}>
              {formatConfidence(overall.confidence)}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              Inherent risk
            </Text>
            <Group gap="xs">
              <RiskTierBadge tier={inherent.tier} size="md" />
              <Text size="sm">Reassess every {inherent.reassessmentMonths} months</Text>
            </Group>
          </Stack>
        </Group>
        <Text size="sm">{overall.explanation}</Text>
        <Text size="xs" c="dimmed">
          Confidence is the share of the facts the method asks for that Ward knows and that are less than a
          year old. Unknowns are not treated as safe: each costs 60% of its worst case, so a low confidence
          means the score can still move as the vendor answers. Most of this score comes from{" "}
          {dimensionLabels[overall.drivenBy].toLowerCase()}.
        </Text>
        <Text size="xs" c="dimmed">
          Inherent risk is the risk the relationship carries before any control: how much of your patients'
          data the vendor holds, how sensitive it is and how much you rely on it. It sets how often to
          reassess.
        </Text>
        <Divider />
        <Text size="xs" c="dimmed">
          Methodology {methodologyVersion} · as of {formatDay(asOf)} · scored{" "}
          {formatDateTime(stored.computedAt)}
        </Text>
      </Stack>
    </Paper>
  );
}
