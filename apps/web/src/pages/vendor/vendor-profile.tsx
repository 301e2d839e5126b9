import { DataList, Paper, Text } from "@mantine/core";
import type { VendorDto } from "@ward/contracts";
import { CriticalityBadge } from "../../components/criticality-badge";
import { ExternalLink } from "../../components/external-link";
import { RecordFacts } from "../../components/record-facts";
import { categoryLabels, statusLabels } from "../../labels/enum-labels";
import { OwnershipHistory } from "./ownership-history";

const none = (
  <Text span inherit c="dimmed">
    Not recorded
  </Text>
);

/** The vendor's identity and the hospital's relationship with it. */
export function VendorProfile({ vendor }: { vendor: VendorDto }) {
  return (
    <Paper withBorder p="md">
      <RecordFacts labelWidth={170} withDivider>
        <DataList.Item>
          <DataList.ItemLabel>Former names</DataList.ItemLabel>
          <DataList.ItemValue>{vendor.formerNames.join(", ") || none}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Aliases</DataList.ItemLabel>
          <DataList.ItemValue>{vendor.aliases.join(", ") || none}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Category</DataList.ItemLabel>
          <DataList.ItemValue>{categoryLabels[vendor.category]}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Relationship status</DataList.ItemLabel>
          <DataList.ItemValue>{statusLabels[vendor.relationshipStatus]}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Criticality</DataList.ItemLabel>
          <DataList.ItemValue>
            <CriticalityBadge value={vendor.criticality} />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Parent company</DataList.ItemLabel>
          <DataList.ItemValue>{vendor.parentCompany ?? none}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Ownership history</DataList.ItemLabel>
          <DataList.ItemValue>
            <OwnershipHistory changes={vendor.ownershipHistory} />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Website</DataList.ItemLabel>
          {/* A long address breaks anywhere rather than push the page wider than a phone. */}
          <DataList.ItemValue style={{ overflowWrap: "anywhere" }}>
            {vendor.website ? <ExternalLink href={vendor.website}>{vendor.website}</ExternalLink> : none}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Description</DataList.ItemLabel>
          <DataList.ItemValue>{vendor.description ?? none}</DataList.ItemValue>
        </DataList.Item>
      </RecordFacts>
    </Paper>
  );
}
