import { Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { VendorScoreResponse } from "@ward/contracts";
import { RiskTierBadge } from "../../../components/risk-tier-badge";
import { formatDateTime, formatDay } from "../../../labels/format";
import { dimensionLabels } from "../../../labels/risk-labels";

/**
 * How the overall score comes about and how often to look at the vendor again. The figures themselves (score,
 * tier, confidence) head the page in its summary, so they are not repeated here.
 */
export function OverallRisk({ stored }: { stored: VendorScoreResponse }) {
  const { overall, inherent, methodologyVersion, asOf } = stored.score;
  return (
    <Paper withBorder p="md" h="100%" component="section" aria-labelledby="overall-risk-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="overall-risk-title">
          How the score is made
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Inherent risk
          </Text>
          <RiskTierBadge tier={inherent.tier} size="md" />
          <Text size="sm">Reassess every {inherent.reassessmentMonths} months</Text>
        </Group>
        <Text size="xs" c="dimmed">
          Confidence says how narrow the score's range is: the range runs from every open question answered
          for the vendor to every one answered against it. Unknowns are not treated as safe, so a low
          confidence means the score can still move as the vendor answers. Most of this score comes from{" "}
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
