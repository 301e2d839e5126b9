import { List, Text } from "@mantine/core";
import type { OwnershipChange } from "@ward/contracts";
import { ExternalLink } from "../../components/external-link";
import { ownershipEventLabels } from "../../labels/enum-labels";
import { formatDay, formatUsd } from "../../labels/format";

/** One change as a sentence: "Acquired by Oracle Corporation, 8 Jun 2022, about $28.3B", with its source. */
export function describeOwnershipChange(change: OwnershipChange): string {
  return [
    `${ownershipEventLabels[change.event]} ${change.counterparty}`,
    change.date ? formatDay(change.date) : null,
    change.amountUsd !== null ? `about ${formatUsd(change.amountUsd)}` : null,
  ]
    .filter(Boolean)
    .join(", ");
}

export function OwnershipHistory({ changes }: { changes: OwnershipChange[] }) {
  if (changes.length === 0) return <Text c="dimmed">No changes recorded</Text>;
  return (
    <List spacing={4} size="sm">
      {changes.map((change) => (
        <List.Item key={`${change.event}-${change.counterparty}-${change.date ?? ""}`}>
          {describeOwnershipChange(change)}
          {change.sourceUrl && (
            <>
              {" "}
              (<ExternalLink href={change.sourceUrl}>source</ExternalLink>)
            </>
          )}
          {change.note && (
            <Text size="xs" c="dimmed">
              {change.note}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
