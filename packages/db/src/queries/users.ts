import { eq } from "drizzle-orm";
import type { WardDb } from "../client";
import { accounts, members, users } from "../schema";

export async function findUserById(db: WardDb, id: string): Promise<typeof users.$inferSelect | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Every organization a person belongs to, for records about the person rather than about one organization. */
export async function listOrganizationIdsOfUser(db: WardDb, userId: string): Promise<string[]> {
  const rows = await db
    .select({ organizationId: members.organizationId })
    .from(members)
    .where(eq(members.userId, userId));
  return rows.map((r) => r.organizationId);
}

/**
 * Creates a person with an email-and-password login, in the rows the sign-in library reads (a user and its
 * `credential` account), so that Ward can create the account in the same transaction as the membership.
 */
export async function insertPasswordUser(
  db: WardDb,
  values: { email: string; name: string; passwordHash: string; at: Date },
): Promise<typeof users.$inferSelect> {
  const [user] = await db
    .insert(users)
    .values({
      email: values.email.toLowerCase(),
      name: values.name,
      emailVerified: false,
      twoFactorEnabled: false,
      createdAt: values.at,
      updatedAt: values.at,
    })
    .returning();
  if (!user) throw new Error("insert returned no user");
  await db.insert(accounts).values({
    accountId: user.id,
    providerId: "credential",
    userId: user.id,
    password: values.passwordHash,
    createdAt: values.at,
    updatedAt: values.at,
  });
  return user;
}
