import type { MemberDto, Role, UpdateMemberInput } from "@ward/contracts";
import {
  countAdminsForUpdate,
  deleteMember,
  getMember,
  listMembers as listMemberRows,
  type MemberWithUser,
  updateMemberRole,
} from "@ward/db";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { ConflictError, NotFoundError } from "./errors";

function toMemberDto({ member, user }: MemberWithUser): MemberDto {
  return {
    id: member.id,
    userId: user.id,
    name: user.name,
    email: user.email,
    role: member.role as Role,
    twoFactorEnabled: user.twoFactorEnabled ?? false,
    createdAt: member.createdAt.toISOString(),
  };
}

export async function listMembers(ctx: ServiceContext): Promise<{ items: MemberDto[] }> {
  authorize(ctx, "vendor:read");
  return { items: (await listMemberRows(ctx.db, ctx.org.id)).map(toMemberDto) };
}

/** An organization always keeps at least one admin, or nobody could manage it again. */
async function assertAdminRemains(
  tx: Parameters<typeof countAdminsForUpdate>[0],
  ctx: ServiceContext,
  leaving: MemberWithUser,
) {
  if (leaving.member.role !== "admin") return;
  if ((await countAdminsForUpdate(tx, ctx.org.id)) <= 1) {
    throw new ConflictError("The organization needs at least one admin", [
      { path: "role", message: "Make another member an admin first" },
    ]);
  }
}

export async function changeMemberRole(
  ctx: ServiceContext,
  id: string,
  input: UpdateMemberInput,
): Promise<MemberDto> {
  authorize(ctx, "member:manage");
  return inTransaction(ctx, async (tx) => {
    const before = await getMember(tx, ctx.org.id, id);
    if (!before) throw new NotFoundError("Member");
    if (input.role !== "admin") await assertAdminRemains(tx, ctx, before);
    await updateMemberRole(tx, ctx.org.id, id, input.role);
    const after = { ...before, member: { ...before.member, role: input.role } };
    await recordChange(tx, ctx, {
      action: "member.update",
      entityType: "member",
      entityId: id,
      before: toMemberDto(before),
      after: toMemberDto(after),
    });
    return toMemberDto(after);
  });
}

export async function removeMember(ctx: ServiceContext, id: string): Promise<void> {
  authorize(ctx, "member:manage");
  await inTransaction(ctx, async (tx) => {
    const before = await getMember(tx, ctx.org.id, id);
    if (!before) throw new NotFoundError("Member");
    await assertAdminRemains(tx, ctx, before);
    await deleteMember(tx, ctx.org.id, id);
    await recordChange(tx, ctx, {
      action: "member.delete",
      entityType: "member",
      entityId: id,
      before: toMemberDto(before),
      after: null,
    });
  });
}
