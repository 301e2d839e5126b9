import type { OrganizationSettings } from "@ward/contracts";
import { findOrganizationById, updateOrganizationSettings as updateRow } from "@ward/db";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { NotFoundError } from "./errors";

export async function getOrganizationSettings(ctx: ServiceContext): Promise<OrganizationSettings> {
  authorize(ctx, "vendor:read");
  const org = await findOrganizationById(ctx.db, ctx.org.id);
  if (!org) throw new NotFoundError("Organization");
  return { name: org.name, requireMfa: org.requireMfa };
}

export async function updateOrganizationSettings(
  ctx: ServiceContext,
  patch: Partial<OrganizationSettings>,
): Promise<OrganizationSettings> {
  authorize(ctx, "settings:manage");
  return inTransaction(ctx, async (tx) => {
    const before = await findOrganizationById(tx, ctx.org.id);
    if (!before) throw new NotFoundError("Organization");
    const row = await updateRow(tx, ctx.org.id, patch);
    if (!row) throw new NotFoundError("Organization");
    const after = { name: row.name, requireMfa: row.requireMfa };
    await recordChange(tx, ctx, {
      action: "organization.update",
      entityType: "organization",
      entityId: ctx.org.id,
      before: { name: before.name, requireMfa: before.requireMfa },
      after,
    });
    return after;
  });
}
