import {
  type CreateVendorInput,
  createVendorInput,
  type ListVendorsQuery,
  type UpdateVendorInput,
  type VendorDto,
  type VendorListResponse,
  type VendorSummaryDto,
} from "@ward/contracts";
import {
  deleteVendor as deleteVendorRow,
  findVendorByName,
  insertVendor,
  listVendors as listVendorRows,
  updateVendor as updateVendorRow,
  type VendorSummaryRow,
  type WardDb,
} from "@ward/db";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { ConflictError, NotFoundError } from "./errors";
import { recomputeVendorScore } from "./scores";
import { requireVendor, toVendorDto } from "./vendor-records";

function toVendorSummaryDto(row: VendorSummaryRow): VendorSummaryDto {
  return {
    ...toVendorDto(row),
    productCount: row.productCount,
    dataHoldingCount: row.dataHoldingCount,
    incidentCount: row.incidentCount,
    latestIncidentYear: row.latestIncidentYear,
    riskScore: row.riskScore,
    riskTier: row.riskTier as VendorSummaryDto["riskTier"],
    riskBeingRescored: row.riskMethodology !== METHODOLOGY_VERSION,
  };
}

export async function listVendors(ctx: ServiceContext, query: ListVendorsQuery): Promise<VendorListResponse> {
  authorize(ctx, "vendor:read");
  const { items, total } = await listVendorRows(ctx.db, ctx.org.id, query);
  return { items: items.map(toVendorSummaryDto), total, page: query.page, pageSize: query.pageSize };
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
    await recomputeVendorScore(tx, ctx, row.id, "vendor.create");
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
    await recomputeVendorScore(tx, ctx, id, "vendor.update");
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
