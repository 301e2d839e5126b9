import { findSignedInSession, type SignedInSession, type WardDb } from "@ward/db";
import type { Context } from "hono";
import { getCookie, getSignedCookie } from "hono/cookie";
import type { WardAuth } from "./better-auth";

/**
 * Resolves a request's session the way better-auth's getSession does for Ward's configuration, with one
 * statement instead of three (ADR 17): the cookie's signature is checked with better-auth's secret and cookie
 * name, the session, its user and the user's earliest membership are read together from the database on every
 * request (no cookie cache, so a revoked session or a removed member stops at once), an expired session is
 * deleted, and a session older than `updateAge` has its expiry pushed out through better-auth's own adapter
 * unless the person chose not to be remembered.
 *
 * Times are the wall clock's, not Ward's `clock`: better-auth writes the session's times with it, so its expiry
 * must be judged by it too.
 */
export async function readSession(
  c: Context,
  db: WardDb,
  auth: WardAuth,
): Promise<SignedInSession | undefined> {
  const authContext = await auth.$context;
  const { secret, authCookies, sessionConfig, internalAdapter } = authContext;
  const token = await verifiedCookie(c, auth, secret, authCookies.sessionToken.name);
  if (!token) return undefined;
  const found = await findSignedInSession(db, token);
  if (!found) return undefined;
  const now = Date.now();
  const expiresAt = found.session.expiresAt.getTime();
  if (expiresAt < now) {
    await internalAdapter.deleteSession(token);
    return undefined;
  }
  const refreshDue = expiresAt - sessionConfig.expiresIn * 1000 + sessionConfig.updateAge * 1000 <= now;
  if (refreshDue && !(await getSignedCookie(c, secret, authCookies.dontRememberToken.name))) {
    const refreshed = await internalAdapter.updateSession(token, {
      expiresAt: new Date(now + sessionConfig.expiresIn * 1000),
      updatedAt: new Date(now),
    });
    // Revoked between the read and the refresh: better-auth answers such a session with 401, and so does Ward.
    if (!refreshed) return undefined;
  }
  return found;
}

/** Signed cookie values whose signature has been checked, per sign-in configuration, oldest first. */
const verifiedValues = new WeakMap<WardAuth, Map<string, string>>();
export const VERIFIED_COOKIES_KEPT = 10_000;

/**
 * The value of the signed cookie `name`, or undefined when it is missing or its signature is wrong. A signature is
 * a pure function of the value and the secret, so a signed value once checked is remembered (the last 10,000 per
 * process) instead of checked again with an HMAC on every request. Only the signature is remembered: whether the
 * session still exists is read from the database every time. The remembered key is the whole signed value, so a
 * known token with any other signature is checked, and refused, as before.
 */
async function verifiedCookie(c: Context, auth: WardAuth, secret: string, name: string) {
  const signed = getCookie(c, name);
  if (!signed) return undefined;
  let known = verifiedValues.get(auth);
  if (!known) {
    known = new Map();
    verifiedValues.set(auth, known);
  }
  const remembered = known.get(signed);
  if (remembered !== undefined) return remembered;
  const value = await getSignedCookie(c, secret, name);
  if (!value) return undefined;
  if (known.size >= VERIFIED_COOKIES_KEPT) known.delete(known.keys().next().value as string);
  known.set(signed, value);
  return value;
}
