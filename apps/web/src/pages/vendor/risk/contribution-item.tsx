import { Anchor, Box, Group, Text } from "@mantine/core";
import type { ScoreContributionDto } from "@ward/contracts";
import type { MouseEvent } from "react";
import { ExternalLink } from "../../../components/external-link";
import { formatPoints } from "../../../labels/risk-labels";
import { BasisBadge } from "./basis-badge";
import { type AnchoredRecordKind, isAnchoredKind, recordAnchorId, revealRecord } from "./record-anchor";

const recordWords: Record<AnchoredRecordKind, string> = {
  evidence: "See the evidence",
  incident: "See the incident",
  data_holding: "See the data holding",
  product: "See the product",
};

/** A link to the record on this page that the contribution comes from; scrolls to it and highlights it. */
export function RecordLink({
  kind,
  id,
  children,
}: {
  kind: AnchoredRecordKind;
  id: string;
  children?: string;
}) {
  const anchor = recordAnchorId(kind, id);
  const reveal = (event: MouseEvent<HTMLAnchorElement>) => {
    // Without the record on the page the plain #anchor is left to the browser, which does no harm.
    if (revealRecord(anchor)) event.preventDefault();
  };
  return (
    <Anchor href={`#${anchor}`} onClick={reveal} size="sm">
      {children ?? recordWords[kind]}
    </Anchor>
  );
}

interface ContributionItemProps {
  contribution: ScoreContributionDto;
  /** The label of the group member that carries this weakness's points, when this one is counted under it. */
  countedUnder?: string | undefined;
}

/**
 * One reason a dimension scores what it does: points, what they rest on, a plain sentence and where it came
 * from. The question it raises is listed once under "Questions to ask the vendor", not here, where two holdings
 * would repeat it. A reason counted under another of its group says so instead of looking like a control.
 */
export function ContributionItem({ contribution, countedUnder }: ContributionItemProps) {
  const { label, points, explanation, source, basis } = contribution;
  const recordKind = isAnchoredKind(source.kind) && source.id ? source.kind : null;
  return (
    <Box component="li" py={6} pl={countedUnder ? "md" : 0}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Group gap={6} wrap="wrap" align="center">
          <Text size="sm" fw={600}>
            {label}
          </Text>
          {basis && <BasisBadge basis={basis} />}
        </Group>
        {countedUnder ? (
          <Text size="xs" c="dimmed" ta="right">
            counted under “{countedUnder}”
          </Text>
        ) : (
          <Text size="sm" fw={700} c={points > 0 ? "red.8" : "teal.8"} style={{ whiteSpace: "nowrap" }}>
            {formatPoints(points)}
          </Text>
        )}
      </Group>
      <Text size="sm">{explanation}</Text>
      {(recordKind || source.url) && (
        <Group gap="md" mt={2}>
          {recordKind && source.id && <RecordLink kind={recordKind} id={source.id} />}
          {source.url && (
            <Text span size="sm">
              <ExternalLink href={source.url}>Source</ExternalLink>
            </Text>
          )}
        </Group>
      )}
    </Box>
  );
}
