import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { WardDb } from "../client";
import { members, organizations, sessions, users } from "../schema";
import type { Membership } from "./accounts";

/** A session as every signed-in request needs it: the session, its person and the organization they act in. */
export interface SignedInSession {
  session: { id: string; token: string; userId: string; expiresAt: Date; updatedAt: Date };
  user: { id: string; name: string; email: string; twoFactorEnabled: boolean | null };
  /** The person's earliest membership (as findPrimaryMembership), or null when they belong to none. */
  membership: Membership | null;
}

const earliest = alias(members, "earliest_member");

function buildSignedInSessionQuery(db: WardDb) {
  const earliestMemberId = db
    .select({ id: earliest.id })
    .from(earliest)
    .where(eq(earliest.userId, sessions.userId))
    .orderBy(asc(earliest.createdAt), asc(earliest.id))
    .limit(1);
  return db
    .select({
      session: {
        id: sessions.id,
        token: sessions.token,
        userId: sessions.userId,
        expiresAt: sessions.expiresAt,
        updatedAt: sessions.updatedAt,
      },
      user: { id: users.id, name: users.name, email: users.email, twoFactorEnabled: users.twoFactorEnabled },
      member: members,
      organization: organizations,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(members, eq(members.id, sql`(${earliestMemberId})`))
    .leftJoin(organizations, eq(organizations.id, members.organizationId))
    .where(eq(sessions.token, sql.placeholder("token")))
    .prepare("ward_signed_in_session");
}

/** The statement is built once per database handle: every signed-in request runs it. */
const prepared = new WeakMap<WardDb, ReturnType<typeof buildSignedInSessionQuery>>();

/**
 * Finds the session with this token, its user and the user's earliest membership in one statement, so a
 * signed-in request asks the database once before its handler runs. Reads the rows as they are now: a session
 * revoked or a membership removed a moment ago is not found.
 */
export async function findSignedInSession(db: WardDb, token: string): Promise<SignedInSession | undefined> {
  let query = prepared.get(db);
  if (!query) {
    query = buildSignedInSessionQuery(db);
    prepared.set(db, query);
  }
  const [row] = await query.execute({ token });
  if (!row) return undefined;
  const { member, organization } = row;
  return {
    session: row.session,
    user: row.user,
    membership: member && organization ? { member, organization } : null,
  };
}
