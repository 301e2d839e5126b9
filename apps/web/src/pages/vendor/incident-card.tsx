import { Badge, DataList, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { IncidentDto } from "@ward/contracts";
import { useDeleteIncident } from "../../api/vendor-records";
import { DemoBadge } from "../../components/demo-badge";
import { ExternalLink } from "../../components/external-link";
import { RecordFacts } from "../../components/record-facts";
import { consequenceLabels, entryRouteLabels, phiLabels, triStateLabels } from "../../labels/enum-labels";
import { formatCount, formatDay, formatUsd } from "../../labels/format";
import { incidentImpactLine } from "./incident-impact";
import { IncidentTimeline } from "./incident-timeline";
import { RecordActions } from "./record-actions";
import { recordAnchorId } from "./risk/record-anchor";

/** The filed count with what kind of number it is; a placeholder 501 must never read as the real scale. */
function RecordsAffected({ incident }: { incident: IncidentDto }) {
  if (incident.recordsAffected === null)
    return (
      <Text span inherit c="dimmed">
        Unknown
      </Text>
    );
  return (
    <Group gap="xs">
      <span>{formatCount(incident.recordsAffected)}</span>
      {incident.recordsIsPlaceholder && (
        <Badge size="sm" color="orange" variant="light">
          placeholder count
        </Badge>
      )}
      {incident.recordsIsEstimate && (
        <Badge size="sm" color="gray" variant="light">
          estimate
        </Badge>
      )}
    </Group>
  );
}

function Consequences({ incident }: { incident: IncidentDto }) {
  if (incident.consequences.length === 0)
    return (
      <Text span inherit c="dimmed">
        None recorded
      </Text>
    );
  const sources = new Map(incident.sources.map((s) => [s.id, s]));
  return (
    <List size="sm" spacing={2}>
      {incident.consequences.map((c) => {
        const source = c.sourceId ? sources.get(c.sourceId) : undefined;
        return (
          <List.Item key={c.id}>
            <strong>{consequenceLabels[c.kind]}:</strong> {c.description}
            {c.amountUsd !== null && `, ${formatUsd(c.amountUsd)}`}
            {c.date && `, ${formatDay(c.date)}`}
            {source && (
              <>
                {" "}
                (<ExternalLink href={source.url}>{source.title}</ExternalLink>)
              </>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** One incident: what happened, how, how much, what followed, and its dated timeline with sources. */
export function IncidentCard({ incident }: { incident: IncidentDto }) {
  const remove = useDeleteIncident(incident.vendorId);
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={incident.title}
      id={recordAnchorId("incident", incident.id)}
    >
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4">
            {incident.title}
          </Title>
          <DemoBadge isDemo={incident.isDemo} />
        </Group>
        <RecordActions
          vendorId={incident.vendorId}
          recordId={incident.id}
          noun="Incident"
          name={incident.title}
          editTo={`/vendors/${incident.vendorId}/incidents/${incident.id}/edit`}
          remove={remove}
          deleteConsequence="Deleting removes the incident with its sources, dates and consequences from the vendor's breach history."
        />
        <Text size="sm" fw={500}>
          {incidentImpactLine(incident)}
        </Text>
        {incident.summary && <Text size="sm">{incident.summary}</Text>}
        <RecordFacts labelWidth={170} size="sm">
          <DataList.Item>
            <DataList.ItemLabel>Entry route</DataList.ItemLabel>
            <DataList.ItemValue>{entryRouteLabels[incident.entryRoute]}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>MFA at entry</DataList.ItemLabel>
            <DataList.ItemValue>{triStateLabels[incident.mfaAtEntry]}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Legacy system involved</DataList.ItemLabel>
            <DataList.ItemValue>{triStateLabels[incident.legacySystemInvolved]}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Individuals affected</DataList.ItemLabel>
            <DataList.ItemValue>
              <RecordsAffected incident={incident} />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Data types</DataList.ItemLabel>
            <DataList.ItemValue>
              {incident.dataTypes.map((t) => phiLabels[t]).join(", ") || (
                <Text span inherit c="dimmed">
                  Not recorded
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Consequences</DataList.ItemLabel>
            <DataList.ItemValue>
              <Consequences incident={incident} />
            </DataList.ItemValue>
          </DataList.Item>
        </RecordFacts>
        <Title order={4} size="h5">
          Timeline
        </Title>
        <IncidentTimeline incident={incident} />
        {incident.sources.length > 0 && (
          <>
            <Title order={4} size="h5">
              Sources
            </Title>
            <List size="sm" spacing={2}>
              {incident.sources.map((s) => (
                <List.Item key={s.id}>
                  <ExternalLink href={s.url}>{s.title}</ExternalLink>
                  {(s.publisher || s.publishedOn) && (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      {[s.publisher, s.publishedOn && formatDay(s.publishedOn)].filter(Boolean).join(", ")}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
