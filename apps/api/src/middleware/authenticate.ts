import type { Role } from "@ward/contracts";
import { findOrganizationById, type WardDb } from "@ward/db";
import type { Context, MiddlewareHandler } from "hono";
import type { WardAuth } from "../auth/better-auth";
import { readSession } from "../auth/session-cookie";
import { authenticateApiKey } from "../services/api-keys";
import type { Actor, Clock } from "../services/context";
import { ForbiddenError, MfaRequiredError, UnauthorizedError } from "../services/errors";
import type { AppEnv } from "./types";

export interface AuthenticateDeps {
  db: WardDb;
  auth: WardAuth;
  clock: Clock;
}

/** Paths anyone may call: health, the API's description, sign-in flows, and an invitation link's preview and sign-up. */
const publicPaths = [
  /^\/api\/health$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/docs(\/.*)?$/,
  /^\/api\/auth\//,
  /^\/api\/invitations\/(preview|sign-up)$/,
];
/** Paths that need a session but no membership yet: accepting the invitation that creates it. */
const sessionOnlyPaths = new Set(["/api/invitations/accept"]);
/** Paths open to members who still have to set up two-factor authentication. */
const mfaSetupPaths = new Set(["/api/me"]);

export const isPublicPath = (path: string) => publicPaths.some((p) => p.test(path));

function setContext(c: Context<AppEnv>, deps: AuthenticateDeps, organizationId: string, actor: Actor) {
  c.set("ctx", {
    db: deps.db,
    org: { id: organizationId },
    actor,
    clock: deps.clock,
    log: c.get("log"),
    request: { id: c.get("requestId"), ip: c.get("clientIp"), userAgent: c.req.header("user-agent") ?? null },
  });
}

/**
 * Resolves who is calling — an API key (`Authorization: Bearer ward_…`) or a session cookie — and builds the
 * service context for their organization. Everything under /api needs one of the two except the public paths.
 */
export function authenticate(deps: AuthenticateDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (isPublicPath(path)) return next();
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (bearer) {
      const key = await authenticateApiKey(deps.db, bearer, deps.clock.now());
      if (!key) throw new UnauthorizedError("The API key is not valid or has been revoked");
      const org = await findOrganizationById(deps.db, key.organizationId);
      if (!org) throw new UnauthorizedError("The API key is not valid or has been revoked");
      c.set("organization", org);
      setContext(c, deps, key.organizationId, key.actor);
      return next();
    }
    const session = await readSession(c, deps.db, deps.auth);
    if (!session) throw new UnauthorizedError();
    const user = {
      id: session.user.id,
      name: session.user.name,
      email: session.user.email,
      twoFactorEnabled: session.user.twoFactorEnabled === true,
    };
    c.set("user", user);
    const label = `${user.name} <${user.email}>`;
    if (sessionOnlyPaths.has(path)) {
      setContext(c, deps, "", { type: "user", id: user.id, label, role: "viewer" });
      return next();
    }
    const { membership } = session;
    if (!membership) throw new ForbiddenError("You are not a member of any organization yet");
    c.set("organization", membership.organization);
    if (membership.organization.requireMfa && !user.twoFactorEnabled && !mfaSetupPaths.has(path)) {
      throw new MfaRequiredError();
    }
    setContext(c, deps, membership.organization.id, {
      type: "user",
      id: user.id,
      label,
      role: membership.member.role as Role,
    });
    return next();
  };
}
