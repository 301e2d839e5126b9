import { and, asc, eq, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { members, organizations, sessions, users } from "../schema";

export type UserRow = typeof users.$inferSelect;
export type MemberRow = typeof members.$inferSelect;

export async function findUserByEmail(db: WardDb, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

export interface Membership {
  member: MemberRow;
  organization: typeof organizations.$inferSelect;
}

/**
 * The organization a person acts in: their earliest membership. (A person in several organizations picks
 * another one by signing in to that organization's Ward, a later feature.)
 */
export async function findPrimaryMembership(db: WardDb, userId: string): Promise<Membership | undefined> {
  const [row] = await db
    .select({ member: members, organization: organizations })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(eq(members.userId, userId))
    .orderBy(asc(members.createdAt), asc(members.id))
    .limit(1);
  return row;
}

export async function findMembership(
  db: WardDb,
  organizationId: string,
  userId: string,
): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.userId, userId)));
  return row;
}

export interface MemberWithUser {
  member: MemberRow;
  user: UserRow;
}

export async function listMembers(db: WardDb, organizationId: string): Promise<MemberWithUser[]> {
  return db
    .select({ member: members, user: users })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, organizationId))
    .orderBy(asc(users.name), asc(members.id));
}

export async function getMember(
  db: WardDb,
  organizationId: string,
  id: string,
): Promise<MemberWithUser | undefined> {
  const [row] = await db
    .select({ member: members, user: users })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, organizationId), eq(members.id, id)));
  return row;
}

export async function insertMember(db: WardDb, values: typeof members.$inferInsert): Promise<MemberRow> {
  const [row] = await db.insert(members).values(values).returning();
  if (!row) throw new Error("insert returned no member");
  return row;
}

export async function updateMemberRole(
  db: WardDb,
  organizationId: string,
  id: string,
  role: string,
): Promise<MemberRow | undefined> {
  const [row] = await db
    .update(members)
    .set({ role })
    .where(and(eq(members.organizationId, organizationId), eq(members.id, id)))
    .returning();
  return row;
}

export async function deleteMember(db: WardDb, organizationId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.id, id)))
    .returning({ id: members.id });
  return rows.length > 0;
}

/** Admins of the organization, counted under a row lock so two demotions cannot both pass the last-admin check. */
export async function countAdminsForUpdate(db: WardDb, organizationId: string): Promise<number> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.role, "admin")))
    .for("update");
  return rows.length;
}

export async function updateOrganizationSettings(
  db: WardDb,
  organizationId: string,
  patch: { name?: string; requireMfa?: boolean },
): Promise<typeof organizations.$inferSelect | undefined> {
  const [row] = await db
    .update(organizations)
    .set(patch)
    .where(eq(organizations.id, organizationId))
    .returning();
  return row;
}

export async function deleteSessionsOfUser(db: WardDb, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
