import { Badge, Group, Stack, Text, Timeline } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import {
  type IncidentDateDto,
  type IncidentDateKind,
  type IncidentDto,
  type IncidentSourceDto,
  incidentDateKind,
} from "@ward/contracts";
import { ExternalLink } from "../../components/external-link";
import { dateKindLabels, qualifierLabels } from "../../labels/enum-labels";
import { formatDay } from "../../labels/format";

interface DateClaim extends IncidentDateDto {
  source: IncidentSourceDto | null;
}

export interface TimelineMoment {
  kind: IncidentDateKind;
  /** Every source's claim for this moment, earliest first. */
  claims: DateClaim[];
  /** The claims name different dates: each is shown, none is picked as the truth. */
  sourcesDisagree: boolean;
}

/** Groups an incident's dates by moment, in the order the moments happen. */
export function timelineMoments(incident: Pick<IncidentDto, "dates" | "sources">): TimelineMoment[] {
  const sources = new Map(incident.sources.map((s) => [s.id, s]));
  return incidentDateKind.options.flatMap((kind) => {
    const claims = incident.dates
      .filter((d) => d.kind === kind)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => ({ ...d, source: d.sourceId ? (sources.get(d.sourceId) ?? null) : null }));
    if (claims.length === 0) return [];
    const distinct = new Set(claims.map((c) => `${c.date}|${c.qualifier}`));
    return [{ kind, claims, sourcesDisagree: distinct.size > 1 }];
  });
}

function ClaimLine({ claim }: { claim: DateClaim }) {
  const qualifier = claim.qualifier === "exact" ? "" : `${qualifierLabels[claim.qualifier]} `;
  return (
    <div>
      <Text size="sm">
        <time dateTime={claim.date}>
          {qualifier}
          {formatDay(claim.date)}
        </time>
        {" — "}
        {claim.source ? (
          <ExternalLink href={claim.source.url}>{claim.source.title}</ExternalLink>
        ) : (
          <Text span inherit c="dimmed">
            no source given
          </Text>
        )}
      </Text>
      {claim.note && (
        <Text size="xs" c="dimmed">
          {claim.note}
        </Text>
      )}
    </div>
  );
}

/** What happened when, each date with the source that states it. */
export function IncidentTimeline({ incident }: { incident: Pick<IncidentDto, "dates" | "sources"> }) {
  const moments = timelineMoments(incident);
  if (moments.length === 0) return <Text c="dimmed">No dates recorded</Text>;
  return (
    <Timeline active={moments.length - 1} bulletSize={22} lineWidth={2}>
      {moments.map((moment) => (
        <Timeline.Item
          key={moment.kind}
          color={moment.sourcesDisagree ? "yellow" : undefined}
          bullet={moment.sourcesDisagree ? <IconAlertTriangle aria-hidden size={14} /> : undefined}
          title={
            <Group gap="xs">
              <Text fw={600} size="sm">
                {dateKindLabels[moment.kind]}
              </Text>
              {moment.sourcesDisagree && (
                <Badge size="sm" color="yellow" variant="light">
                  Sources disagree
                </Badge>
              )}
            </Group>
          }
        >
          <Stack gap={4} mt={4}>
            {moment.claims.map((claim) => (
              <ClaimLine key={claim.id} claim={claim} />
            ))}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
