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

/** The SQLSTATE of a database error, looked for through the causes drizzle wraps it in. */
function sqlState(error: unknown): string | undefined {
  for (let e = error, depth = 0; typeof e === "object" && e !== null && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const isUniqueViolation = (error: unknown) => sqlState(error) === UNIQUE_VIOLATION;

/** Deadlock detected, and serialization failure: PostgreSQL rolled the transaction back; running it again is safe. */
const RETRYABLE = new Set(["40P01", "40001"]);
/** Attempts of one transaction before its error is the caller's. */
export const TRANSACTION_ATTEMPTS = 3;

/**
 * Runs `work` in one transaction. A unique-constraint race that slipped past a service's own check (two
 * requests creating the same name at once) becomes a conflict, not a server error. A transaction PostgreSQL
 * aborted to break a deadlock with another (two edits meeting on the portfolio's counts at commit) runs again,
 * up to three times: nothing of it was kept, and `work` does nothing outside the database.
 */
export async function inTransaction<T>(ctx: ServiceContext, work: (tx: WardDb) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction((tx) => work(tx as unknown as WardDb));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("This would duplicate an existing record");
      const state = sqlState(error);
      if (state === undefined || !RETRYABLE.has(state) || attempt >= TRANSACTION_ATTEMPTS) throw error;
      ctx.log.warn({ sqlState: state, attempt }, "transaction aborted by the database; running it again");
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
