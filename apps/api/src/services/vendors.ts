import {
  type CreateVendorInput,
  createVendorInput,
  type ListVendorsQuery,
  type UpdateVendorInput,
  type VendorDto,
  type VendorFacets,
  type VendorListResponse,
  type VendorSummaryDto,
} from "@ward/contracts";
import {
  countVendorsByTierAndCriticality,
  deleteVendor as deleteVendorRow,
  findVendorByName,
  insertVendor,
  listsWholePortfolio,
  listVendors as listVendorRows,
  updateVendor as updateVendorRow,
  type VendorFacetRow,
  type VendorSummaryRow,
  type WardDb,
} from "@ward/db";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { ConflictError, NotFoundError } from "./errors";
import { recomputeVendorScore, vendorChangeNeedsRescoring } from "./scores";
import { requireVendor, toVendorDto } from "./vendor-records";

/** The day `months` calendar months after `from`, in UTC; a month-end carries to the last day of a short month. */
export function addMonths(from: Date, months: number): string {
  const day = from.getUTCDate();
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

function toVendorSummaryDto(row: VendorSummaryRow, today: string): VendorSummaryDto {
  const dueOn =
    row.lastAssessedAt && row.reassessmentMonths
      ? addMonths(row.lastAssessedAt, row.reassessmentMonths)
      : null;
  return {
    ...toVendorDto(row),
    productCount: row.productCount,
    dataHoldingCount: row.dataHoldingCount,
    incidentCount: row.incidentCount,
    latestIncidentYear: row.latestIncidentYear,
    riskScore: row.riskScore,
    riskTier: row.riskTier as VendorSummaryDto["riskTier"],
    riskRange:
      row.riskRangeLow !== null && row.riskRangeHigh !== null
        ? { low: row.riskRangeLow, high: row.riskRangeHigh }
        : null,
    inherentTier: row.inherentTier as VendorSummaryDto["inherentTier"],
    priorityLevel: row.priorityLevel,
    riskBeingRescored: row.riskMethodology !== METHODOLOGY_VERSION,
    riskTrend:
      row.riskScore !== null && row.previousRiskScore !== null ? row.riskScore - row.previousRiskScore : null,
    lastAssessedAt: row.lastAssessedAt?.toISOString() ?? null,
    reassessmentDueOn: dueOn,
    reassessmentOverdue: dueOn !== null && dueOn < today,
  };
}

/** Sums the tier-and-criticality pairs into the two counts the portfolio charts. */
function toVendorFacets(rows: VendorFacetRow[]): VendorFacets {
  const facets: VendorFacets = {
    riskTier: { unassessed: 0, low: 0, moderate: 0, high: 0, critical: 0, unscored: 0 },
    criticality: { low: 0, moderate: 0, high: 0, critical: 0 },
  };
  for (const row of rows) {
    const tier = (row.riskTier ?? "unscored") as keyof VendorFacets["riskTier"];
    if (tier in facets.riskTier) facets.riskTier[tier] += row.vendors;
    const level = row.criticality as keyof VendorFacets["criticality"];
    if (level in facets.criticality) facets.criticality[level] += row.vendors;
  }
  return facets;
}

export async function listVendors(ctx: ServiceContext, query: ListVendorsQuery): Promise<VendorListResponse> {
  authorize(ctx, "vendor:read");
  const facets = toVendorFacets(await countVendorsByTierAndCriticality(ctx.db, ctx.org.id));
  // Unfiltered, the facets have counted the portfolio already: the list needs no count statement of its own.
  const portfolioSize = Object.values(facets.criticality).reduce((sum, n) => sum + n, 0);
  const knownTotal = listsWholePortfolio(query) ? portfolioSize : undefined;
  const { items, total } = await listVendorRows(ctx.db, ctx.org.id, query, knownTotal);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const dtos = items.map((row) => toVendorSummaryDto(row, today));
  return { items: dtos, total, page: query.page, pageSize: query.pageSize, facets };
}

export async function getVendor(ctx: ServiceContext, id: string): Promise<VendorDto> {
  authorize(ctx, "vendor:read");
  return toVendorDto(await requireVendor(ctx.db, ctx, id));
}

async function assertNameFree(db: WardDb, ctx: ServiceContext, name: string, exceptId?: string) {
  const existing = await findVendorByName(db, ctx.org.id, name);
  if (existing && existing.id !== exceptId) {
    throw new ConflictError(`A vendor named "${existing.name}" already exists`, [
      { path: "name", message: "Another vendor already has this name" },
    ]);
  }
}

export async function createVendor(ctx: ServiceContext, input: CreateVendorInput): Promise<VendorDto> {
  authorize(ctx, "vendor:write");
  const values = createVendorInput.parse(input);
  return inTransaction(ctx, async (tx) => {
    await assertNameFree(tx, ctx, values.name);
    const now = ctx.clock.now();
    const row = await insertVendor(tx, {
      ...values,
      organizationId: ctx.org.id,
      createdAt: now,
      updatedAt: now,
    });
    await recomputeVendorScore(tx, ctx, row.id, "vendor.create", row);
    const dto = toVendorDto(row);
    await recordChange(tx, ctx, {
      action: "vendor.create",
      entityType: "vendor",
      entityId: row.id,
      before: null,
      after: dto,
    });
    return dto;
  });
}

export async function updateVendor(
  ctx: ServiceContext,
  id: string,
  patch: UpdateVendorInput,
): Promise<VendorDto> {
  return inTransaction(ctx, async (tx) => {
    const before = await requireVendor(tx, ctx, id);
    if (patch.name !== undefined) await assertNameFree(tx, ctx, patch.name, id);
    const row = await updateVendorRow(tx, ctx.org.id, id, { ...patch, updatedAt: ctx.clock.now() });
    if (!row) throw new NotFoundError("Vendor");
    if (vendorChangeNeedsRescoring(before, row))
      await recomputeVendorScore(tx, ctx, id, "vendor.update", row);
    const dto = toVendorDto(row);
    await recordChange(tx, ctx, {
      action: "vendor.update",
      entityType: "vendor",
      entityId: id,
      before: toVendorDto(before),
      after: dto,
    });
    return dto;
  });
}

/** Deletes a vendor with everything recorded under it. */
export async function deleteVendor(ctx: ServiceContext, id: string): Promise<void> {
  authorize(ctx, "vendor:write");
  await inTransaction(ctx, async (tx) => {
    const before = await requireVendor(tx, ctx, id);
    await deleteVendorRow(tx, ctx.org.id, id);
    await recordChange(tx, ctx, {
      action: "vendor.delete",
      entityType: "vendor",
      entityId: id,
      before: toVendorDto(before),
      after: null,
    });
  });
}
