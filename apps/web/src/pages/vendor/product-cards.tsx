import { DataList, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ProductDto } from "@ward/contracts";
import { DemoBadge } from "../../components/demo-badge";
import { hostingLabels } from "../../labels/enum-labels";
import { formatDay } from "../../labels/format";
import { ProductActions } from "./product-actions";
import { recordAnchorId } from "./risk/record-anchor";

/**
 * The products as a stack of cards for a phone, where the table's five columns would scroll sideways and push
 * Edit and Delete out of view. Each card carries the table's facts under their column names.
 */
export function ProductCards({ products, canWrite }: { products: ProductDto[]; canWrite: boolean }) {
  return (
    <Stack gap="sm">
      {products.map((p) => (
        <Paper
          key={p.id}
          withBorder
          p="sm"
          component="article"
          aria-label={p.name}
          id={recordAnchorId("product", p.id)}
        >
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={3} size="h5" style={{ overflowWrap: "anywhere" }}>
                {p.name}
              </Title>
              <DemoBadge isDemo={p.isDemo} />
            </Group>
            <DataList size="sm">
              <DataList.Item>
                <DataList.ItemLabel>Hosting</DataList.ItemLabel>
                <DataList.ItemValue>{hostingLabels[p.hostingModel]}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>Version</DataList.ItemLabel>
                <DataList.ItemValue>{p.version ?? "—"}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>End of support</DataList.ItemLabel>
                <DataList.ItemValue>{p.endOfSupport ? formatDay(p.endOfSupport) : "—"}</DataList.ItemValue>
              </DataList.Item>
            </DataList>
            {p.notes && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                {p.notes}
              </Text>
            )}
            {canWrite && <ProductActions product={p} />}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
