import { findPendingInvitationsForEmail, schema, type WardDb } from "@ward/db";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { twoFactor } from "better-auth/plugins";
import type { Logger } from "pino";
import { allowedOrigins } from "../middleware/request-origin";
import type { Clock } from "../services/context";
import { hashPassword, verifyPassword } from "./password-hashing";

/** Header through which Ward passes the client address it determined to better-auth; never taken from clients. */
export const CLIENT_IP_HEADER = "x-ward-client-ip";

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
 * members and roles are Ward's own services (ADR 6). Sign-up is only open to someone holding a pending
 * invitation; accounts made by Ward itself (demo, CLI) are created server-side.
 */
export function createAuth(config: AuthConfig) {
  const secure = config.publicUrl.startsWith("https://");
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
        if (ctx.path !== "/sign-up/email" || !ctx.request) return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
        const now = config.clock.now();
        const pending = (await findPendingInvitationsForEmail(config.db, email)).filter(
          (i) => i.expiresAt > now,
        );
        if (pending.length === 0) {
          throw new APIError("FORBIDDEN", { message: "Ward accounts are created by invitation only" });
        }
      }),
    },
    plugins: [twoFactor({ issuer: "Ward" })],
  });
}

export type WardAuth = ReturnType<typeof createAuth>;
