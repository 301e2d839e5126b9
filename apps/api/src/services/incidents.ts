import {
  type CreateIncidentInput,
  createIncidentInput,
  type IncidentDto,
  type UpdateIncidentInput,
} from "@ward/contracts";
import {
  deleteIncident as deleteIncidentRow,
  getIncident as getIncidentAggregate,
  insertIncident,
  listIncidents as listIncidentAggregates,
  replaceIncidentChildren,
  updateIncident as updateIncidentRow,
  type WardDb,
} from "@ward/db";
import { settleOutage } from "./assurance";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { NotFoundError } from "./errors";
import { vendorChanged } from "./vendor-changed";
import { requireVendor, toIncidentDto } from "./vendor-records";

async function requireIncident(db: WardDb, ctx: ServiceContext, vendorId: string, id: string) {
  const aggregate = await getIncidentAggregate(db, ctx.org.id, vendorId, id);
  if (!aggregate) throw new NotFoundError("Incident");
  return aggregate;
}

export async function listIncidents(
  ctx: ServiceContext,
  vendorId: string,
): Promise<{ items: IncidentDto[] }> {
  await requireVendor(ctx.db, ctx, vendorId);
  const aggregates = await listIncidentAggregates(ctx.db, ctx.org.id, vendorId);
  return { items: aggregates.map(toIncidentDto) };
}

export async function getIncident(ctx: ServiceContext, vendorId: string, id: string): Promise<IncidentDto> {
  authorize(ctx, "vendor:read");
  await requireVendor(ctx.db, ctx, vendorId);
  return toIncidentDto(await requireIncident(ctx.db, ctx, vendorId, id));
}

export async function createIncident(
  ctx: ServiceContext,
  vendorId: string,
  input: CreateIncidentInput,
): Promise<IncidentDto> {
  authorize(ctx, "vendor:write");
  const { sources, dates, consequences, ...fields } = createIncidentInput.parse(input);
  return inTransaction(ctx, async (tx) => {
    await requireVendor(tx, ctx, vendorId);
    const now = ctx.clock.now();
    const row = await insertIncident(tx, {
      ...fields,
      organizationId: ctx.org.id,
      vendorId,
      createdAt: now,
      updatedAt: now,
    });
    await replaceIncidentChildren(tx, ctx.org.id, row.id, { sources, dates, consequences });
    await vendorChanged(tx, ctx, vendorId, "incident.create");
    const dto = toIncidentDto(await requireIncident(tx, ctx, vendorId, row.id));
    await recordChange(tx, ctx, {
      action: "incident.create",
      entityType: "incident",
      entityId: row.id,
      before: null,
      after: dto,
    });
    return dto;
  });
}

export async function updateIncident(
  ctx: ServiceContext,
  vendorId: string,
  id: string,
  patch: UpdateIncidentInput,
): Promise<IncidentDto> {
  authorize(ctx, "vendor:write");
  const { sources, dates, consequences, ...sent } = patch;
  return inTransaction(ctx, async (tx) => {
    await requireVendor(tx, ctx, vendorId);
    const before = toIncidentDto(await requireIncident(tx, ctx, vendorId, id));
    const fields = settleOutage(sent, before);
    const now = ctx.clock.now();
    await updateIncidentRow(tx, ctx.org.id, vendorId, id, { ...fields, updatedAt: now });
    if (sources && (!dates || !consequences)) {
      // New sources would orphan the old citations; keep each date and consequence pointing at the same URL.
      const urlOf = new Map(before.sources.map((s) => [s.id, s.url]));
      const indexOf = (sourceId: string | null) => {
        const url = sourceId ? urlOf.get(sourceId) : undefined;
        const index = url ? sources.findIndex((s) => s.url === url) : -1;
        return index >= 0 ? index : null;
      };
      await replaceIncidentChildren(tx, ctx.org.id, id, {
        sources,
        dates: dates ?? before.dates.map((d) => ({ ...d, source: indexOf(d.sourceId) })),
        consequences: consequences ?? before.consequences.map((c) => ({ ...c, source: indexOf(c.sourceId) })),
      });
    } else {
      await replaceIncidentChildren(tx, ctx.org.id, id, { sources, dates, consequences });
    }
    await vendorChanged(tx, ctx, vendorId, "incident.update");
    const after = toIncidentDto(await requireIncident(tx, ctx, vendorId, id));
    await recordChange(tx, ctx, {
      action: "incident.update",
      entityType: "incident",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteIncident(ctx: ServiceContext, vendorId: string, id: string): Promise<void> {
  authorize(ctx, "vendor:write");
  await inTransaction(ctx, async (tx) => {
    await requireVendor(tx, ctx, vendorId);
    const before = toIncidentDto(await requireIncident(tx, ctx, vendorId, id));
    await deleteIncidentRow(tx, ctx.org.id, vendorId, id);
    await vendorChanged(tx, ctx, vendorId, "incident.delete");
    await recordChange(tx, ctx, {
      action: "incident.delete",
      entityType: "incident",
      entityId: id,
      before,
      after: null,
    });
  });
}

/** The incident use cases in the shape the vendor-child routes take. */
export const incidentService = {
  list: listIncidents,
  get: getIncident,
  create: createIncident,
  update: updateIncident,
  remove: deleteIncident,
};
