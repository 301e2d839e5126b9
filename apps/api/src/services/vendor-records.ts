import type { DataHoldingDto, EvidenceDto, IncidentDto, ProductDto, VendorDto } from "@ward/contracts";
import {
  type DataHoldingRow,
  type EvidenceRow,
  getVendor,
  type IncidentAggregate,
  type ProductRow,
  type VendorRow,
  type WardDb,
} from "@ward/db";
import type { ServiceContext } from "./context";
import { NotFoundError } from "./errors";

/*
 * How stored vendor records become the contract's DTOs, and the lookup every vendor use case starts with. Kept
 * apart from the use cases so scoring can read the same shapes without the services importing each other.
 */

const iso = (d: Date) => d.toISOString();

export function toVendorDto(row: Omit<VendorRow, "searchText" | "seedKey">): VendorDto {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    formerNames: row.formerNames,
    website: row.website,
    category: row.category as VendorDto["category"],
    parentCompany: row.parentCompany,
    ownershipHistory: row.ownershipHistory,
    relationshipStatus: row.relationshipStatus as VendorDto["relationshipStatus"],
    criticality: row.criticality as VendorDto["criticality"],
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Loads a vendor of the caller's organization; another organization's vendor is simply not found. */
export async function requireVendor(db: WardDb, ctx: ServiceContext, id: string): Promise<VendorRow> {
  const row = await getVendor(db, ctx.org.id, id);
  if (!row) throw new NotFoundError("Vendor");
  return row;
}

type Dto = IncidentDto;

export function toIncidentDto({ incident, sources, dates, consequences }: IncidentAggregate): IncidentDto {
  return {
    id: incident.id,
    vendorId: incident.vendorId,
    title: incident.title,
    summary: incident.summary,
    entryRoute: incident.entryRoute as Dto["entryRoute"],
    mfaAtEntry: incident.mfaAtEntry as Dto["mfaAtEntry"],
    legacySystemInvolved: incident.legacySystemInvolved as Dto["legacySystemInvolved"],
    dataTaken: incident.dataTaken as Dto["dataTaken"],
    encryptedForExtortion: incident.encryptedForExtortion as Dto["encryptedForExtortion"],
    serviceOutage: incident.serviceOutage as Dto["serviceOutage"],
    outageDays: incident.outageDays,
    servicesStopped: incident.servicesStopped,
    recordsAffected: incident.recordsAffected,
    recordsIsEstimate: incident.recordsIsEstimate,
    recordsIsPlaceholder: incident.recordsIsPlaceholder,
    dataTypes: incident.dataTypes as Dto["dataTypes"],
    sources: sources.map((s) => ({
      id: s.id,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      publishedOn: s.publishedOn,
    })),
    dates: dates.map((d) => ({
      id: d.id,
      kind: d.kind as Dto["dates"][number]["kind"],
      date: d.date,
      qualifier: d.qualifier as Dto["dates"][number]["qualifier"],
      note: d.note,
      sourceId: d.sourceId,
    })),
    consequences: consequences.map((c) => ({
      id: c.id,
      kind: c.kind as Dto["consequences"][number]["kind"],
      description: c.description,
      amountUsd: c.amountUsd,
      date: c.date,
      sourceId: c.sourceId,
    })),
    isDemo: incident.isDemo,
    createdAt: incident.createdAt.toISOString(),
    updatedAt: incident.updatedAt.toISOString(),
  };
}

export function toProductDto(row: ProductRow): ProductDto {
  return {
    id: row.id,
    vendorId: row.vendorId,
    name: row.name,
    hostingModel: row.hostingModel as ProductDto["hostingModel"],
    version: row.version,
    endOfSupport: row.endOfSupport,
    notes: row.notes,
    isDemo: row.isDemo,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toDataHoldingDto(row: DataHoldingRow): DataHoldingDto {
  return {
    id: row.id,
    vendorId: row.vendorId,
    productId: row.productId,
    system: row.system,
    environment: row.environment as DataHoldingDto["environment"],
    recordCount: row.recordCount,
    phiCategories: row.phiCategories as DataHoldingDto["phiCategories"],
    encryptedAtRest: row.encryptedAtRest as DataHoldingDto["encryptedAtRest"],
    reachableWithCustomerCredentials:
      row.reachableWithCustomerCredentials as DataHoldingDto["encryptedAtRest"],
    migrationStatus: row.migrationStatus as DataHoldingDto["migrationStatus"],
    endOfSupport: row.endOfSupport,
    retentionEnd: row.retentionEnd,
    destroyedOn: row.destroyedOn,
    destructionEvidence: row.destructionEvidence,
    destructionAttestedBy: row.destructionAttestedBy,
    destructionAssurance: row.destructionAssurance as DataHoldingDto["destructionAssurance"],
    notes: row.notes,
    isDemo: row.isDemo,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toEvidenceDto(row: EvidenceRow): EvidenceDto {
  return {
    id: row.id,
    vendorId: row.vendorId,
    factor: row.factor,
    value: row.value,
    statement: row.statement,
    observedOn: row.observedOn,
    origin: row.origin as EvidenceDto["origin"],
    assurance: row.assurance as EvidenceDto["assurance"],
    document: row.document as EvidenceDto["document"],
    sourceUrl: row.sourceUrl,
    sourceTitle: row.sourceTitle,
    notes: row.notes,
    isDemo: row.isDemo,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
