import type { WardDb } from "@ward/db";
import type { MiddlewareHandler } from "hono";
import type { Clock } from "../services/context";
import { ValidationError } from "../services/errors";
import { beginSignInAttempt, recordSignInSuccess } from "../services/sign-in-throttle";
import type { AppEnv } from "./types";

const SIGN_IN_PATH = "/api/auth/sign-in/email";
/** The same test better-auth's router uses to decide a body is JSON. */
const jsonContentType = /^application\/([a-z0-9.+-]*\+)?json/i;

const badBody = (message: string, path = "") => new ValidationError(message, [{ path, message }]);

/**
 * The email a sign-in request is for, read the way better-auth will read it: JSON, or a form (url-encoded or
 * multipart), which better-auth accepts too. Anything else is refused here, so no request reaches the password
 * check without being counted against its account.
 */
export async function signInEmailOf(request: Request): Promise<string> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  let body: unknown;
  if (jsonContentType.test(type)) {
    body = await request
      .clone()
      .json()
      .catch(() => {
        throw badBody("The request body is not valid JSON");
      });
  } else if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => {
        throw badBody("The form could not be read");
      });
    body = Object.fromEntries(form.entries());
  } else {
    throw badBody("Send the sign-in as JSON or as a form");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badBody("Send an object with email and password");
  }
  const email = (body as { email?: unknown }).email;
  if (typeof email !== "string" || email.trim() === "") throw badBody("Enter your email address", "email");
  return email;
}

/**
 * Wraps the password sign-in endpoint: the attempt is counted (or refused) before better-auth checks the password,
 * and a right password gives the account its count back.
 */
export function signInThrottle(deps: { db: WardDb; clock: Clock }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "POST" || c.req.path !== SIGN_IN_PATH) return next();
    const email = await signInEmailOf(c.req.raw);
    const ip = c.get("clientIp");
    await beginSignInAttempt(deps.db, deps.clock, email, ip);
    await next();
    if (c.res.ok) await recordSignInSuccess(deps.db, deps.clock, email, ip);
  };
}
