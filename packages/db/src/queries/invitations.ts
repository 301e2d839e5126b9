import { and, desc, eq } from "drizzle-orm";
import type { WardDb } from "../client";
import { invitations, organizations } from "../schema";

export type InvitationRow = typeof invitations.$inferSelect;

export async function insertInvitation(
  db: WardDb,
  values: typeof invitations.$inferInsert,
): Promise<InvitationRow> {
  const [row] = await db.insert(invitations).values(values).returning();
  if (!row) throw new Error("insert returned no invitation");
  return row;
}

export async function listInvitations(db: WardDb, organizationId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(eq(invitations.organizationId, organizationId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
}

export async function getInvitation(
  db: WardDb,
  organizationId: string,
  id: string,
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id)));
  return row;
}

/** Looks an invitation up by its link; the only unscoped lookup, since the link itself names the organization. */
export async function findInvitationByTokenHash(
  db: WardDb,
  tokenHash: string,
): Promise<{ invitation: InvitationRow; organizationName: string } | undefined> {
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row;
}

/**
 * Locks the invitation of a link for the rest of the transaction `tx`, so two people using one link at once are
 * served one after the other and the second finds it used.
 */
export async function lockInvitationByTokenHash(
  tx: WardDb,
  tokenHash: string,
): Promise<{ invitation: InvitationRow; organizationName: string } | undefined> {
  const [row] = await tx
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, tokenHash))
    .for("update", { of: invitations });
  return row;
}

export async function setInvitationStatus(
  db: WardDb,
  id: string,
  status: "accepted" | "revoked",
  at: Date,
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .update(invitations)
    .set({ status, acceptedAt: status === "accepted" ? at : null })
    .where(and(eq(invitations.id, id), eq(invitations.status, "pending")))
    .returning();
  return row;
}
