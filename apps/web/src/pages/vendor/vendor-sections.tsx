import { Button, SimpleGrid, Stack } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useCan } from "../../api/me";
import { useDataHoldings, useEvidence, useIncidents, useProducts } from "../../api/vendor-records";
import { AddEvidenceButton } from "../evidence-form/add-evidence-button";
import { DataHoldingCard } from "./data-holding-card";
import { EvidenceTable } from "./evidence-table";
import { IncidentCard } from "./incident-card";
import { ProductsTable } from "./products-table";
import { RecordSection } from "./record-section";
import { SectionAnchor } from "./vendor-section-nav";

function AddButton({ to, label }: { to: string; label: string }) {
  return (
    <Button
      component={Link}
      to={to}
      size="xs"
      variant="light"
      leftSection={<IconPlus aria-hidden size={14} />}
    >
      {label}
    </Button>
  );
}

/** Everything recorded under a vendor, each kind loading on its own so one failure does not blank the page. */
export function VendorSections({ vendorId }: { vendorId: string }) {
  const products = useProducts(vendorId);
  const holdings = useDataHoldings(vendorId);
  const incidents = useIncidents(vendorId);
  const evidence = useEvidence(vendorId);
  // Viewers read the same sections without the buttons that lead to forms they could not save.
  const canWrite = useCan("vendor:write");

  return (
    <Stack gap="xl">
      <SectionAnchor id="products">
        <RecordSection
          title="Products"
          query={products}
          emptyText="No products recorded."
          action={canWrite && <AddButton to={`/vendors/${vendorId}/products/new`} label="Add product" />}
        >
          {(items) => <ProductsTable products={items} />}
        </RecordSection>
      </SectionAnchor>
      <SectionAnchor id="data-holdings">
        <RecordSection
          title="Data holdings"
          query={holdings}
          emptyText="No data holdings recorded. Record where the vendor keeps copies of your patients' data."
          action={
            canWrite && <AddButton to={`/vendors/${vendorId}/data-holdings/new`} label="Add data holding" />
          }
        >
          {(items) => (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              {items.map((holding) => (
                <DataHoldingCard key={holding.id} holding={holding} />
              ))}
            </SimpleGrid>
          )}
        </RecordSection>
      </SectionAnchor>
      <SectionAnchor id="incidents">
        <RecordSection
          title="Incidents"
          query={incidents}
          emptyText="No incidents recorded."
          action={canWrite && <AddButton to={`/vendors/${vendorId}/incidents/new`} label="Add incident" />}
        >
          {(items) => (
            <Stack gap="md">
              {items.map((incident) => (
                <IncidentCard key={incident.id} incident={incident} />
              ))}
            </Stack>
          )}
        </RecordSection>
      </SectionAnchor>
      <SectionAnchor id="evidence">
        <RecordSection
          title="Evidence"
          query={evidence}
          emptyText="No evidence recorded."
          action={canWrite && <AddEvidenceButton vendorId={vendorId} />}
        >
          {(items) => <EvidenceTable evidence={items} />}
        </RecordSection>
      </SectionAnchor>
    </Stack>
  );
}
