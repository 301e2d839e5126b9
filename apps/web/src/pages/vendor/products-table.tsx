import { Group, Table, Text, VisuallyHidden } from "@mantine/core";
import type { ProductDto } from "@ward/contracts";
import { useCan } from "../../api/me";
import { DemoBadge } from "../../components/demo-badge";
import { usePhoneLayout } from "../../components/use-phone-layout";
import { hostingLabels } from "../../labels/enum-labels";
import { formatDay } from "../../labels/format";
import { ProductActions } from "./product-actions";
import { ProductCards } from "./product-cards";
import { recordAnchorId } from "./risk/record-anchor";

/** The vendor's products: a table on a wide screen, cards on a phone so each record's controls stay in reach. */
export function ProductsTable({ products }: { products: ProductDto[] }) {
  const canWrite = useCan("vendor:write");
  const phone = usePhoneLayout();
  if (phone) return <ProductCards products={products} canWrite={canWrite} />;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th>Hosting</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>End of support</Table.Th>
            {canWrite && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((p) => (
            <Table.Tr key={p.id} id={recordAnchorId("product", p.id)}>
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {p.name}
                  </Text>
                  <DemoBadge isDemo={p.isDemo} />
                </Group>
                {p.notes && (
                  <Text size="xs" c="dimmed">
                    {p.notes}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{hostingLabels[p.hostingModel]}</Table.Td>
              <Table.Td>{p.version ?? "—"}</Table.Td>
              <Table.Td>{p.endOfSupport ? formatDay(p.endOfSupport) : "—"}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <ProductActions product={p} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
