import type { CreateInvitationInput, InvitationDto, InvitationPreview, Role } from "@ward/contracts";
import {
  findInvitationByTokenHash,
  findMembership,
  findUserByEmail,
  getInvitation,
  type InvitationRow,
  insertInvitation,
  insertMember,
  listInvitations as listInvitationRows,
  setInvitationStatus,
  type WardDb,
} from "@ward/db";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import type { Mailer } from "./mail";
import { hashToken, newToken } from "./secret-tokens";

/** How long an invitation link stays valid. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface InvitationDeps {
  mailer: Mailer;
  /** Base of links in messages, e.g. `https://ward.hospital.example`. */
  publicUrl: string;
}

function toInvitationDto(row: InvitationRow, now: Date): InvitationDto {
  const expired = row.status === "pending" && row.expiresAt <= now;
  return {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    status: expired ? "expired" : (row.status as InvitationDto["status"]),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listInvitations(ctx: ServiceContext): Promise<{ items: InvitationDto[] }> {
  authorize(ctx, "member:manage");
  const now = ctx.clock.now();
  return { items: (await listInvitationRows(ctx.db, ctx.org.id)).map((r) => toInvitationDto(r, now)) };
}

/** Invites someone by email; the message with the link goes through the mail layer (SMTP or the outbox). */
export async function createInvitation(
  ctx: ServiceContext,
  input: CreateInvitationInput,
  deps: InvitationDeps,
): Promise<InvitationDto> {
  authorize(ctx, "member:manage");
  const token = newToken("inv_");
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const existing = await findUserByEmail(tx, input.email);
    if (existing && (await findMembership(tx, ctx.org.id, existing.id))) {
      throw new ConflictError("This person is already a member", [
        { path: "email", message: "Already a member" },
      ]);
    }
    const row = await insertInvitation(tx, {
      organizationId: ctx.org.id,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      status: "pending",
      invitedBy: ctx.actor.type === "user" ? ctx.actor.id : null,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      createdAt: now,
    });
    const dto = toInvitationDto(row, now);
    await recordChange(tx, ctx, {
      action: "invitation.create",
      entityType: "invitation",
      entityId: row.id,
      before: null,
      after: dto,
    });
    const link = `${deps.publicUrl}/invitations/${token}`;
    await deps.mailer.send(
      tx,
      {
        organizationId: ctx.org.id,
        to: input.email,
        subject: "You are invited to Ward",
        text: `${ctx.actor.label} invited you to join your organization on Ward as ${input.role}.\n\nAccept within 7 days: ${link}\n`,
        link,
      },
      now,
    );
    return dto;
  });
}

export async function revokeInvitation(ctx: ServiceContext, id: string): Promise<InvitationDto> {
  authorize(ctx, "member:manage");
  return inTransaction(ctx, async (tx) => {
    const before = await getInvitation(tx, ctx.org.id, id);
    if (!before) throw new NotFoundError("Invitation");
    const now = ctx.clock.now();
    const row = (await setInvitationStatus(tx, id, "revoked", now)) ?? before;
    const dto = toInvitationDto(row, now);
    await recordChange(tx, ctx, {
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: id,
      before: toInvitationDto(before, now),
      after: dto,
    });
    return dto;
  });
}

/** One answer for every unusable link, so a probe learns nothing about why. */
export const invalidLink = () =>
  new NotFoundError("Invitation (the link is not valid, was used, or has expired)");

/** The pending, unexpired invitation of a link, or the one answer for every unusable link. */
export async function usableInvitation(db: WardDb, token: string, now: Date) {
  const found = await findInvitationByTokenHash(db, hashToken(token));
  if (found?.invitation.status !== "pending" || found.invitation.expiresAt <= now) throw invalidLink();
  return found;
}

/** What the invitation page shows before the person signs up or in. */
export async function previewInvitation(db: WardDb, token: string, now: Date): Promise<InvitationPreview> {
  const { invitation, organizationName } = await usableInvitation(db, token, now);
  return {
    organizationName,
    email: invitation.email,
    role: invitation.role as Role,
    accountExists: (await findUserByEmail(db, invitation.email)) !== undefined,
  };
}

/**
 * Makes the signed-in person, whose account already exists, a member with the invited role, and uses the link up.
 * The account's email must be the invited one. That does not make a forwarded link harmless: until it is used,
 * whoever holds it can create the invited person's account (`signUpWithInvitation`), so it is a bearer credential
 * for its 7 days.
 */
export async function acceptInvitation(
  ctx: Omit<ServiceContext, "org">,
  user: { id: string; email: string },
  token: string,
): Promise<{ organizationId: string; role: Role }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as WardDb;
    const { invitation } = await usableInvitation(tx, token, now);
    if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new ForbiddenError("This invitation is for another email address");
    }
    if (await findMembership(tx, invitation.organizationId, user.id)) {
      throw new ConflictError("You are already a member of this organization");
    }
    return joinFromInvitation(tx, ctx, invitation, user, now);
  });
}

/**
 * Makes `user` a member with the invitation's role, uses the link up and audits the join, in the caller's
 * transaction. Two uses of one link at once: the second finds it no longer pending and changes nothing.
 */
export async function joinFromInvitation(
  tx: WardDb,
  ctx: Omit<ServiceContext, "org">,
  invitation: InvitationRow,
  user: { id: string; email: string },
  now: Date,
): Promise<{ organizationId: string; role: Role }> {
  const member = await insertMember(tx, {
    organizationId: invitation.organizationId,
    userId: user.id,
    role: invitation.role,
    createdAt: now,
  });
  if (!(await setInvitationStatus(tx, invitation.id, "accepted", now))) throw invalidLink();
  await recordChange(
    tx,
    { ...ctx, org: { id: invitation.organizationId } },
    {
      action: "member.join",
      entityType: "member",
      entityId: member.id,
      before: null,
      after: { userId: user.id, email: user.email, role: invitation.role, invitationId: invitation.id },
    },
  );
  return { organizationId: invitation.organizationId, role: invitation.role as Role };
}
