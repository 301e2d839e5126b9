import type { WardDb } from "../client";
import { type IncidentAggregate, listIncidents } from "./incidents";
import {
  type DataHoldingRow,
  dataHoldingQueries,
  type EvidenceRow,
  evidenceQueries,
  type ProductRow,
  productQueries,
} from "./vendor-children";
import { getVendor, type VendorRow } from "./vendors";

/** Everything the scoring engine reads about one vendor, as stored. */
export interface VendorProfileRows {
  vendor: VendorRow;
  products: ProductRow[];
  dataHoldings: DataHoldingRow[];
  incidents: IncidentAggregate[];
  evidence: EvidenceRow[];
}

/**
 * Loads what scoring reads about a vendor. A caller that has just written the vendor row (and so holds it, as
 * `UPDATE … RETURNING` gave it) passes it as `held`, and only the records under it are read.
 */
export async function loadVendorProfile(
  db: WardDb,
  organizationId: string,
  vendorId: string,
  held?: VendorRow,
): Promise<VendorProfileRows | undefined> {
  const vendor = held ?? (await getVendor(db, organizationId, vendorId));
  if (!vendor) return undefined;
  // One after another: inside a transaction they share one connection.
  const products = await productQueries.list(db, organizationId, vendorId);
  const dataHoldings = await dataHoldingQueries.list(db, organizationId, vendorId);
  const incidents = await listIncidents(db, organizationId, vendorId);
  const evidence = await evidenceQueries.list(db, organizationId, vendorId);
  return { vendor, products, dataHoldings, incidents, evidence };
}
