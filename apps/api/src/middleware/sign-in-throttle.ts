import type { WardDb } from "@ward/db";
import type { MiddlewareHandler } from "hono";
import type { Clock } from "../services/context";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "../services/sign-in-throttle";
import type { AppEnv } from "./types";

/** Wraps the password sign-in endpoint with per-account and per-address backoff. */
export function signInThrottle(deps: { db: WardDb; clock: Clock }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "POST" || c.req.path !== "/api/auth/sign-in/email") return next();
    const body = (await c.req.raw
      .clone()
      .json()
      .catch(() => ({}))) as { email?: unknown };
    const email = typeof body.email === "string" ? body.email : "";
    const ip = c.get("clientIp");
    await assertSignInAllowed(deps.db, deps.clock, email, ip);
    await next();
    if (c.res.status === 401) await recordSignInFailure(deps.db, deps.clock, email, ip);
    else if (c.res.ok) await recordSignInSuccess(deps.db, email, ip);
  };
}
