import { randomBytes } from "node:crypto";
import type { Role } from "@ward/contracts";
import {
  type DbHandle,
  deleteSessionsOfUser,
  findMembership,
  findUserByEmail,
  insertMember,
  seedDemo,
  type WardDb,
} from "@ward/db";
import type { Logger } from "pino";
import type { WardAuth } from "../auth/better-auth";
import { recordChange } from "./audit";
import type { Clock } from "./context";

export interface AccountDeps {
  db: WardDb;
  auth: WardAuth;
  clock: Clock;
  log: Logger;
}

/** A password for accounts Ward makes itself: 18 random bytes, readable, well past the 12-character minimum. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Makes sure `email` has an account and a membership with `role` in the organization. Used by the demo set-up
 * and the `create-admin` command, never by a request: an existing account keeps its password and role.
 */
export async function provisionMember(
  deps: AccountDeps,
  input: { organizationId: string; email: string; name: string; password: string; role: Role; by: string },
): Promise<{ createdUser: boolean; createdMember: boolean }> {
  let user = await findUserByEmail(deps.db, input.email);
  const createdUser = !user;
  if (!user) {
    await deps.auth.api.signUpEmail({
      body: { email: input.email, name: input.name, password: input.password },
    });
    user = await findUserByEmail(deps.db, input.email);
    if (!user) throw new Error(`account for ${input.email} was not created`);
    // Sign-up signs the new account in; nobody holds that session, so it would only clutter the Sessions page.
    await deleteSessionsOfUser(deps.db, user.id);
  }
  if (await findMembership(deps.db, input.organizationId, user.id))
    return { createdUser, createdMember: false };
  const userId = user.id;
  await deps.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as WardDb;
    const member = await insertMember(tx, {
      organizationId: input.organizationId,
      userId,
      role: input.role,
      createdAt: deps.clock.now(),
    });
    await recordChange(
      tx,
      {
        db: tx,
        org: { id: input.organizationId },
        actor: { type: "system", id: null, label: input.by, role: "admin" },
        clock: deps.clock,
        log: deps.log,
        request: { id: null, ip: null, userAgent: null },
      },
      {
        action: "member.create",
        entityType: "member",
        entityId: member.id,
        before: null,
        after: { email: input.email, role: input.role },
      },
    );
  });
  return { createdUser, createdMember: true };
}

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
}

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.ward.test", name: "Dana Admin (demo)", role: "admin" },
  { email: "analyst@demo.ward.test", name: "Alex Analyst (demo)", role: "analyst" },
  { email: "viewer@demo.ward.test", name: "Vic Viewer (demo board member)", role: "viewer" },
] as const satisfies readonly DemoAccount[];

/** Arbitrary constant shared by every Ward process so only one of them sets up the demo at a time. */
export const DEMO_SETUP_LOCK_KEY = 7_345_003;

export interface DemoSetupOptions {
  /** Password of the demo accounts; unset, one is generated and returned when an account is created. */
  password?: string | undefined;
  /** Tests pass their own organization and accounts, because PostgreSQL is shared between test files. */
  organization?: { name: string; slug: string };
  accounts?: readonly DemoAccount[];
}

/**
 * Seeds the demo organization and creates its accounts, under one lock across every Ward process on the database.
 * Account creation goes through better-auth, outside any transaction of ours, so the seed's own transaction lock
 * cannot cover it: without this lock two instances starting together both find no account and both try to create
 * it, and the second stops with "Failed to create user".
 */
export async function setUpDemo(
  deps: AccountDeps & { withLock: DbHandle["withLock"] },
  options: DemoSetupOptions = {},
): Promise<{ organizationId: string; generatedPassword: string | null }> {
  return deps.withLock(DEMO_SETUP_LOCK_KEY, async () => {
    const { organizationId } = await seedDemo(deps.db, {
      now: deps.clock.now(),
      ...(options.organization ? { organization: options.organization } : {}),
    });
    const { generatedPassword } = await provisionDemoAccounts(
      deps,
      organizationId,
      options.password,
      options.accounts,
    );
    return { organizationId, generatedPassword };
  });
}

/**
 * Creates the demo organization's three accounts on first start. Returns the password when it was generated
 * here, so start-up can print it once; later starts find the accounts and change nothing.
 */
export async function provisionDemoAccounts(
  deps: AccountDeps,
  organizationId: string,
  configuredPassword: string | undefined,
  accounts: readonly DemoAccount[] = DEMO_ACCOUNTS,
): Promise<{ generatedPassword: string | null }> {
  const password = configuredPassword ?? generatePassword();
  let createdAny = false;
  for (const account of accounts) {
    const result = await provisionMember(deps, { ...account, organizationId, password, by: "demo seed" });
    createdAny ||= result.createdUser;
  }
  return { generatedPassword: createdAny && !configuredPassword ? password : null };
}
