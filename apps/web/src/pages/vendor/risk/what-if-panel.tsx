import { Skeleton } from "@mantine/core";
import type { VendorDto } from "@ward/contracts";
import { QueryError } from "../../../components/query-error";
import { useVendorRecords } from "./use-vendor-records";
import { WhatIfWorkbench } from "./what-if-workbench";

interface WhatIfPanelProps {
  vendor: VendorDto;
  asOf: string;
  storedOverall: number;
}

/** The what-if once every record the engine reads has loaded. */
export function WhatIfPanel({ vendor, asOf, storedOverall }: WhatIfPanelProps) {
  const state = useVendorRecords(vendor);
  if (state.status === "error")
    return (
      <QueryError
        title="Could not load the records the what-if needs"
        error={state.error}
        onRetry={state.retry}
      />
    );
  if (state.status === "pending") return <Skeleton height={280} aria-label="Loading the what-if" />;
  return <WhatIfWorkbench records={state.records} asOf={asOf} storedOverall={storedOverall} />;
}
