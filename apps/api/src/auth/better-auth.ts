import { schema, type WardDb } from "@ward/db";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
// The narrow entry points: "better-auth" itself also loads Kysely and its dialects, which Ward never uses (the drizzle
// adapter talks to the database), and "better-auth/plugins" loads every plugin; together about 380 modules at start.
import { betterAuth } from "better-auth/minimal";
import { twoFactor } from "better-auth/plugins/two-factor";
import type { Logger } from "pino";
import { allowedOrigins } from "../middleware/request-origin";
import type { Clock } from "../services/context";
import { CLIENT_IP_HEADER } from "./internal-headers";
import { hashPassword, verifyPassword } from "./password-hashing";
import {
  type AccountSnapshot,
  recordAccountChanges,
  selfServicePaths,
  snapshotOf,
} from "./self-service-audit";

export { CLIENT_IP_HEADER, REQUEST_ID_HEADER } from "./internal-headers";

export interface AuthConfig {
  db: WardDb;
  /** Signs session cookies; shared by every Ward process on the database. */
  secret: string;
  /** The address people reach Ward at; decides Secure cookies and the trusted origin. */
  publicUrl: string;
  /** Further origins allowed to call the auth endpoints with cookies (the web dev server). */
  trustedOrigins?: string[];
  /** WARD_TRUST_PROXY, in whatever shape it takes: decides whether X-Forwarded-Proto/Host name the origin. */
  trustProxy?: unknown;
  clock: Clock;
  log: Logger;
  /** Session lifetime in seconds. */
  sessionTtlSeconds?: number;
}

/**
 * Identity for Ward: email and password (argon2id), database sessions and TOTP with backup codes. Organizations,
 * members and roles are Ward's own services (ADR 6). Nobody signs up through better-auth over HTTP: accounts come
 * from an invitation link (POST /api/invitations/sign-up) or are made by Ward itself (demo, CLI) server-side.
 */
export function createAuth(config: AuthConfig) {
  const secure = config.publicUrl.startsWith("https://");
  // The account as it was when a self-service request came in, for the audit event once it has gone through.
  const accountBefore = new WeakMap<Request, AccountSnapshot>();
  return betterAuth({
    appName: "Ward",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: config.secret,
    // The same rule as Ward's own origin check (middleware/origin-check.ts): the origin the request was addressed
    // to, WARD_PUBLIC_URL's and WARD_TRUSTED_ORIGINS, so sign-in works at whichever address people use.
    trustedOrigins: (request) =>
      allowedOrigins(request, {
        trustedOrigins: [new URL(config.publicUrl).origin, ...(config.trustedOrigins ?? [])],
        trustProxy: config.trustProxy,
      }),
    database: drizzleAdapter(config.db, {
      provider: "pg",
      schema: {
        user: schema.users,
        session: schema.sessions,
        account: schema.accounts,
        verification: schema.verifications,
        twoFactor: schema.twoFactors,
      },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 12,
      maxPasswordLength: 256,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      expiresIn: config.sessionTtlSeconds ?? 60 * 60 * 12,
      updateAge: 60 * 60,
    },
    // Ward throttles sign-in itself, per account and per address, in the database (middleware/sign-in-throttle.ts).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: "ward",
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
      database: { generateId: "uuid" },
      // Ward works out the client address itself (middleware/client-ip.ts) and hands it over in this header.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    logger: {
      log: (level, message, ...args) => config.log[level]({ args }, message),
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!ctx.request) return;
        if (ctx.path === "/sign-up/email") {
          throw new APIError("FORBIDDEN", {
            message: "Ward accounts are created from an invitation link",
          });
        }
        if (!selfServicePaths.has(ctx.path)) return;
        const session = await getSessionFromCtx(ctx);
        if (session) accountBefore.set(ctx.request, snapshotOf(session.user));
        // A changed password ends every other session, whatever the client asked: a thief's session must not
        // outlive the password it was opened with.
        if (ctx.path === "/change-password" && typeof ctx.body === "object" && ctx.body !== null) {
          return { context: { body: { ...ctx.body, revokeOtherSessions: true } } };
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const before = ctx.request ? accountBefore.get(ctx.request) : undefined;
        if (!ctx.request || !before) return;
        accountBefore.delete(ctx.request);
        if (isAPIError(ctx.context.returned)) return;
        await recordAccountChanges(config, ctx.path, before, ctx.request);
      }),
    },
    plugins: [twoFactor({ issuer: "Ward" })],
  });
}

export type WardAuth = ReturnType<typeof createAuth>;
