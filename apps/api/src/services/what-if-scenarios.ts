import {
  type CreateWhatIfScenarioInput,
  createWhatIfScenarioInput,
  scenarioChanges,
  type WhatIfScenarioDto,
  type WhatIfScenarioList,
} from "@ward/contracts";
import {
  dataHoldingQueries,
  deleteWhatIfScenario as deleteScenarioRow,
  getWhatIfScenario,
  insertWhatIfScenario,
  listIncidents,
  listWhatIfScenarios,
  type WardDb,
  type WhatIfScenarioRow,
} from "@ward/db";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { NotFoundError } from "./errors";
import { requireVendor } from "./vendor-records";
import { refuseUnknownWhatIfTargets } from "./what-if-targets";

function toScenarioDto(row: WhatIfScenarioRow): WhatIfScenarioDto {
  return {
    id: row.id,
    vendorId: row.vendorId,
    name: row.name,
    // Checked against the contract on the way in; parsing again keeps a hand-edited row from reaching a client.
    changes: scenarioChanges.parse(row.changes),
    createdBy: row.createdByLabel,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A change the engine could not apply is refused when saved, not found out when the plan is opened: each must
 * name a factor of the evidence catalogue or one of this vendor's data holdings or incidents.
 */
async function refuseUnknownTargets(
  tx: WardDb,
  ctx: ServiceContext,
  vendorId: string,
  changes: CreateWhatIfScenarioInput["changes"],
) {
  const holdings = await dataHoldingQueries.list(tx, ctx.org.id, vendorId);
  const incidents = await listIncidents(tx, ctx.org.id, vendorId);
  refuseUnknownWhatIfTargets(changes, {
    holdingIds: new Set(holdings.map((h) => h.id)),
    incidentIds: new Set(incidents.map((i) => i.incident.id)),
  });
}

/** The vendor's saved what-if scenarios, oldest first. */
export async function listScenarios(ctx: ServiceContext, vendorId: string): Promise<WhatIfScenarioList> {
  authorize(ctx, "vendor:read");
  await requireVendor(ctx.db, ctx, vendorId);
  const rows = await listWhatIfScenarios(ctx.db, ctx.org.id, vendorId);
  return { items: rows.map(toScenarioDto) };
}

/**
 * Saves a named set of what-if changes on the vendor. Holdings the changes name must be the vendor's own, so a
 * scenario cannot point at another vendor's (or another organization's) records.
 */
export async function createScenario(
  ctx: ServiceContext,
  vendorId: string,
  input: CreateWhatIfScenarioInput,
): Promise<WhatIfScenarioDto> {
  authorize(ctx, "vendor:write");
  const { name, changes } = createWhatIfScenarioInput.parse(input);
  return inTransaction(ctx, async (tx) => {
    await requireVendor(tx, ctx, vendorId);
    await refuseUnknownTargets(tx, ctx, vendorId, changes);
    const now = ctx.clock.now();
    const row = await insertWhatIfScenario(tx, {
      organizationId: ctx.org.id,
      vendorId,
      name,
      changes,
      createdBy: ctx.actor.type === "user" ? ctx.actor.id : null,
      createdByLabel: ctx.actor.label,
      createdAt: now,
      updatedAt: now,
    });
    const dto = toScenarioDto(row);
    await recordChange(tx, ctx, {
      action: "what_if_scenario.create",
      entityType: "what_if_scenario",
      entityId: row.id,
      before: null,
      after: dto,
    });
    return dto;
  });
}

export async function deleteScenario(ctx: ServiceContext, vendorId: string, id: string): Promise<void> {
  authorize(ctx, "vendor:write");
  await inTransaction(ctx, async (tx) => {
    await requireVendor(tx, ctx, vendorId);
    const row = await getWhatIfScenario(tx, ctx.org.id, vendorId, id);
    if (!row || !(await deleteScenarioRow(tx, ctx.org.id, vendorId, id))) {
      throw new NotFoundError("What-if scenario");
    }
    await recordChange(tx, ctx, {
      action: "what_if_scenario.delete",
      entityType: "what_if_scenario",
      entityId: id,
      before: toScenarioDto(row),
      after: null,
    });
  });
}
