import type { InvitationJoined, InvitationSignUpInput, Role } from "@ward/contracts";
import { findUserByEmail, insertPasswordUser, lockInvitationByTokenHash, type WardDb } from "@ward/db";
import type { Logger } from "pino";
import { CLIENT_IP_HEADER, type WardAuth } from "../auth/better-auth";
import { hashPassword } from "../auth/password-hashing";
import type { Clock, ServiceContext } from "./context";
import { ConflictError } from "./errors";
import { invalidLink, joinFromInvitation, usableInvitation } from "./invitations";
import { hashToken } from "./secret-tokens";

export interface InvitationSignUpDeps {
  db: WardDb;
  auth: WardAuth;
  clock: Clock;
  log: Logger;
}

/**
 * Creates the invited person's account and membership in one transaction and uses the invitation up, then signs
 * the person in. This is the only way to make an account over HTTP: better-auth's own sign-up is closed to
 * requests, so nobody can register an invited address without the link, and a link works once.
 */
export async function signUpWithInvitation(
  deps: InvitationSignUpDeps,
  input: InvitationSignUpInput,
  request: ServiceContext["request"],
): Promise<{ joined: InvitationJoined; cookies: string[] }> {
  const now = deps.clock.now();
  // A cheap look first, so a made-up token costs no password hash (argon2 takes memory and time on purpose).
  await usableInvitation(deps.db, input.token, now);
  // Hashed before the transaction, so the invitation's lock does not wait on argon2.
  const passwordHash = await hashPassword(input.password);
  const { email, joined } = await deps.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as WardDb;
    const found = await lockInvitationByTokenHash(tx, hashToken(input.token));
    if (found?.invitation.status !== "pending" || found.invitation.expiresAt <= now) throw invalidLink();
    const { invitation } = found;
    if (await findUserByEmail(tx, invitation.email)) {
      throw new ConflictError("An account with this email exists already. Sign in to accept the invitation.");
    }
    const user = await insertPasswordUser(tx, {
      email: invitation.email,
      name: input.name,
      passwordHash,
      at: now,
    });
    const ctx = {
      db: tx,
      actor: {
        type: "user" as const,
        id: user.id,
        label: `${user.name} <${user.email}>`,
        role: invitation.role as Role,
      },
      clock: deps.clock,
      log: deps.log,
      request,
    };
    return { email: user.email, joined: await joinFromInvitation(tx, ctx, invitation, user, now) };
  });
  const headers = new Headers();
  if (request.ip) headers.set(CLIENT_IP_HEADER, request.ip);
  if (request.userAgent) headers.set("user-agent", request.userAgent);
  const signedIn = await deps.auth.api.signInEmail({
    body: { email, password: input.password },
    headers,
    returnHeaders: true,
  });
  return { joined, cookies: signedIn.headers.getSetCookie() };
}
