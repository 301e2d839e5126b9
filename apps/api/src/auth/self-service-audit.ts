import { findUserById, insertAuditEvent, listOrganizationIdsOfUser, type WardDb } from "@ward/db";
import type { Clock } from "../services/context";
import { CLIENT_IP_HEADER, REQUEST_ID_HEADER } from "./internal-headers";

/** The sign-in library's endpoints through which people change their own account. */
export const selfServicePaths = new Set([
  "/update-user",
  "/change-email",
  "/change-password",
  "/two-factor/enable",
  "/two-factor/disable",
  "/two-factor/verify-totp",
]);

/** What the audit trail says about a person's account; never the password or two-factor secrets. */
export interface AccountSnapshot {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
}

interface AuditedChange {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit events one self-service request amounts to, by comparing the account before and after it. */
export function accountChanges(
  path: string,
  before: AccountSnapshot,
  after: AccountSnapshot,
): AuditedChange[] {
  const changes: AuditedChange[] = [];
  const fields = (["name", "email"] as const).filter((field) => before[field] !== after[field]);
  if (fields.length > 0) {
    changes.push({
      action: "account.update",
      before: Object.fromEntries(fields.map((f) => [f, before[f]])),
      after: Object.fromEntries(fields.map((f) => [f, after[f]])),
    });
  }
  if (before.twoFactorEnabled !== after.twoFactorEnabled) {
    changes.push({
      action: after.twoFactorEnabled ? "account.two_factor_enable" : "account.two_factor_disable",
      before: { twoFactorEnabled: before.twoFactorEnabled },
      after: { twoFactorEnabled: after.twoFactorEnabled },
    });
  }
  if (path === "/change-password")
    changes.push({ action: "account.password_change", before: null, after: null });
  return changes;
}

export function snapshotOf(user: {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled?: boolean | null | undefined;
}): AccountSnapshot {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    twoFactorEnabled: user.twoFactorEnabled === true,
  };
}

/**
 * Writes what a person changed about their own account into the audit trail of every organization they belong
 * to, since the account (and the name that labels their actions) is theirs in each. better-auth has committed
 * the change by now; the events follow it in a transaction of their own.
 */
export async function recordAccountChanges(
  deps: { db: WardDb; clock: Clock },
  path: string,
  before: AccountSnapshot,
  request: Request,
): Promise<void> {
  const current = await findUserById(deps.db, before.id);
  if (!current) return;
  const changes = accountChanges(path, before, snapshotOf(current));
  if (changes.length === 0) return;
  const organizationIds = await listOrganizationIdsOfUser(deps.db, before.id);
  const at = deps.clock.now();
  await deps.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as WardDb;
    for (const organizationId of organizationIds) {
      for (const change of changes) {
        await insertAuditEvent(tx, {
          organizationId,
          actorType: "user",
          actorId: before.id,
          actorLabel: `${before.name} <${before.email}>`,
          action: change.action,
          entityType: "account",
          entityId: before.id,
          before: change.before,
          after: change.after,
          requestId: request.headers.get(REQUEST_ID_HEADER),
          ip: request.headers.get(CLIENT_IP_HEADER),
          userAgent: request.headers.get("user-agent"),
          at,
        });
      }
    }
  });
}
