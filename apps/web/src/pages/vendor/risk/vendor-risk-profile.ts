import type { DataHoldingDto, EvidenceDto, IncidentDto, ProductDto, VendorDto } from "@ward/contracts";
import type { VendorRiskProfile } from "@ward/scoring";

export interface VendorRecords {
  vendor: VendorDto;
  products: ProductDto[];
  dataHoldings: DataHoldingDto[];
  incidents: IncidentDto[];
  evidence: EvidenceDto[];
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));

/**
 * The scoring engine's input from the records the page already loaded. The DTOs fit the profile as they are;
 * each list is put in id order, as the API does before it scores, so contributions with equal points list in
 * the same order in the browser as on the server.
 */
export function buildRiskProfile(records: VendorRecords): VendorRiskProfile {
  return {
    vendor: records.vendor,
    products: byId(records.products),
    dataHoldings: byId(records.dataHoldings),
    incidents: byId(records.incidents),
    evidence: byId(records.evidence),
  };
}
