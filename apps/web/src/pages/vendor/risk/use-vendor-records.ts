import type { VendorDto } from "@ward/contracts";
import { useDataHoldings, useEvidence, useIncidents, useProducts } from "../../../api/vendor-records";
import type { VendorRecords } from "./vendor-risk-profile";

export type VendorRecordsState =
  | { status: "pending" }
  | { status: "error"; error: Error; retry: () => Promise<unknown> }
  | { status: "ready"; records: VendorRecords };

/**
 * Every record the scoring engine reads, for scoring in the browser. They are the same queries the sections use,
 * so the header, the what-if and the sections share one request per list.
 */
export function useVendorRecords(vendor: VendorDto): VendorRecordsState {
  const queries = [
    useProducts(vendor.id),
    useDataHoldings(vendor.id),
    useIncidents(vendor.id),
    useEvidence(vendor.id),
  ] as const;
  const [products, dataHoldings, incidents, evidence] = queries;
  const failed = queries.find((q) => q.isError);
  if (failed?.error) {
    return {
      status: "error",
      error: failed.error,
      retry: () => Promise.all(queries.filter((q) => q.isError).map((q) => q.refetch())),
    };
  }
  if (!products.data || !dataHoldings.data || !incidents.data || !evidence.data) return { status: "pending" };
  return {
    status: "ready",
    records: {
      vendor,
      products: products.data.items,
      dataHoldings: dataHoldings.data.items,
      incidents: incidents.data.items,
      evidence: evidence.data.items,
    },
  };
}
