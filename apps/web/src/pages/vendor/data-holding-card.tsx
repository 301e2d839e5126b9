import { Badge, DataList, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { DataHoldingDto, TriState } from "@ward/contracts";
import type { ReactNode } from "react";
import { useDeleteDataHolding } from "../../api/vendor-records";
import { DemoBadge } from "../../components/demo-badge";
import { RecordFacts } from "../../components/record-facts";
import { environmentLabels, migrationLabels, phiLabels, triStateLabels } from "../../labels/enum-labels";
import { formatCount, formatDay } from "../../labels/format";
import { MarkDestroyedButton } from "./mark-destroyed-button";
import { RecordActions } from "./record-actions";
import { recordAnchorId } from "./risk/record-anchor";

const triStateColors: Record<TriState, string> = { yes: "green", no: "red", unknown: "gray" };

/** Yes is good for encryption and bad for reachability; the caller says which answer is the risky one. */
function TriStateBadge({ value, risky }: { value: TriState; risky: TriState }) {
  const color = value === "unknown" ? triStateColors.unknown : value === risky ? "red" : "green";
  return (
    <Badge size="sm" variant="light" color={color}>
      {triStateLabels[value]}
    </Badge>
  );
}

const dimmed = (text: string) => (
  <Text span inherit c="dimmed">
    {text}
  </Text>
);

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** A copy of the hospital's data at the vendor, and what is known about keeping it safe and getting rid of it. */
export function DataHoldingCard({ holding }: { holding: DataHoldingDto }) {
  const remove = useDeleteDataHolding(holding.vendorId);
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={holding.system}
      id={recordAnchorId("data_holding", holding.id)}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5">
            {holding.system}
          </Title>
          <DemoBadge isDemo={holding.isDemo} />
        </Group>
        <RecordActions
          vendorId={holding.vendorId}
          recordId={holding.id}
          noun="Data holding"
          name={holding.system}
          editTo={`/vendors/${holding.vendorId}/data-holdings/${holding.id}/edit`}
          remove={remove}
          deleteConsequence="Deleting forgets that the vendor holds this data; to record that the data is gone, mark it destroyed instead."
        >
          <MarkDestroyedButton holding={holding} />
        </RecordActions>
        <RecordFacts labelWidth={200} size="sm">
          <Row label="Environment">{environmentLabels[holding.environment]}</Row>
          <Row label="Records">
            {holding.recordCount === null ? dimmed("Unknown") : formatCount(holding.recordCount)}
          </Row>
          <Row label="PHI categories">
            {holding.phiCategories.map((c) => phiLabels[c]).join(", ") || dimmed("Not recorded")}
          </Row>
          <Row label="Encrypted at rest">
            <TriStateBadge value={holding.encryptedAtRest} risky="no" />
          </Row>
          <Row label="Reachable with customer credentials">
            <TriStateBadge value={holding.reachableWithCustomerCredentials} risky="yes" />
          </Row>
          <Row label="Migration status">{migrationLabels[holding.migrationStatus]}</Row>
          <Row label="End of support">
            {holding.endOfSupport ? formatDay(holding.endOfSupport) : dimmed("Not recorded")}
          </Row>
          <Row label="Retention end">
            {holding.retentionEnd ? formatDay(holding.retentionEnd) : dimmed("Not recorded")}
          </Row>
          <Row label="Destruction evidence">
            {holding.destroyedOn || holding.destructionEvidence || holding.destructionAttestedBy
              ? [
                  holding.destroyedOn && `Destroyed ${formatDay(holding.destroyedOn)}`,
                  holding.destructionEvidence,
                  holding.destructionAttestedBy && `Attested by ${holding.destructionAttestedBy}`,
                ]
                  .filter(Boolean)
                  .join(". ")
              : dimmed("None")}
          </Row>
        </RecordFacts>
        {holding.notes && (
          <Text size="xs" c="dimmed">
            {holding.notes}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
