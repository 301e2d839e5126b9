import { Skeleton } from "@mantine/core";
import type { VendorDto } from "@ward/contracts";
import { useDataHoldings, useEvidence, useIncidents, useProducts } from "../../../api/vendor-records";
import { QueryError } from "../../../components/query-error";
import { WhatIfWorkbench } from "./what-if-workbench";

interface WhatIfPanelProps {
  vendor: VendorDto;
  asOf: string;
  storedOverall: number;
}

/**
 * The what-if needs every record the engine reads. They are the same queries the sections below use, so the
 * page loads each list once.
 */
export function WhatIfPanel({ vendor, asOf, storedOverall }: WhatIfPanelProps) {
  const queries = [
    useProducts(vendor.id),
    useDataHoldings(vendor.id),
    useIncidents(vendor.id),
    useEvidence(vendor.id),
  ] as const;
  const [products, dataHoldings, incidents, evidence] = queries;
  const failed = queries.find((q) => q.isError);
  if (failed)
    return (
      <QueryError
        title="Could not load the records the what-if needs"
        error={failed.error}
        onRetry={() => Promise.all(queries.filter((q) => q.isError).map((q) => q.refetch()))}
      />
    );
  if (!products.data || !dataHoldings.data || !incidents.data || !evidence.data)
    return <Skeleton height={280} aria-label="Loading the what-if" />;
  return (
    <WhatIfWorkbench
      records={{
        vendor,
        products: products.data.items,
        dataHoldings: dataHoldings.data.items,
        incidents: incidents.data.items,
        evidence: evidence.data.items,
      }}
      asOf={asOf}
      storedOverall={storedOverall}
    />
  );
}
