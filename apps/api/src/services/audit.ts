import { insertAuditEvent, type WardDb } from "@ward/db";
import type { ServiceContext } from "./context";
import { ConflictError } from "./errors";

export interface Change {
  /** Verb of the change, `<entity>.<verb>`, e.g. `vendor.update`. */
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Writes the audit record of a change with the transaction `tx` that makes it, so neither lands alone. */
export async function recordChange(tx: WardDb, ctx: ServiceContext, change: Change): Promise<void> {
  await insertAuditEvent(tx, {
    organizationId: ctx.org.id,
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    actorLabel: ctx.actor.label,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    requestId: ctx.request.id,
    ip: ctx.request.ip,
    userAgent: ctx.request.userAgent,
    at: ctx.clock.now(),
  });
}

/** PostgreSQL's code for a unique constraint violation. */
const UNIQUE_VIOLATION = "23505";

function isUniqueViolation(error: unknown): boolean {
  for (
    let e = error;
    e instanceof Error || (typeof e === "object" && e !== null);
    e = (e as { cause?: unknown }).cause
  ) {
    if ((e as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
    if (!(e as { cause?: unknown }).cause) break;
  }
  return false;
}

/**
 * Runs `work` in one transaction. A unique-constraint race that slipped past a service's own check (two
 * requests creating the same name at once) becomes a conflict, not a server error.
 */
export async function inTransaction<T>(ctx: ServiceContext, work: (tx: WardDb) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction((tx) => work(tx as unknown as WardDb));
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("This would duplicate an existing record");
    throw error;
  }
}
