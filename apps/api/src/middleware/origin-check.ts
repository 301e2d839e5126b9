import type { MiddlewareHandler } from "hono";
import { ForbiddenError } from "../services/errors";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Refuses state-changing requests sent by a browser from another site (cross-site request forgery). Requests
 * with an API key are exempt: browsers cannot attach one cross-site, and integrations send no Origin.
 */
export function originCheck(trustedOrigins: string[]): MiddlewareHandler {
  const trusted = new Set(trustedOrigins);
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || /^Bearer\s/i.test(c.req.header("authorization") ?? ""))
      return next();
    const origin = c.req.header("origin");
    const fetchSite = c.req.header("sec-fetch-site");
    const sameHost = origin !== undefined && hostOf(origin) === c.req.header("host");
    const allowed = origin
      ? trusted.has(origin) || sameHost
      : fetchSite === undefined || fetchSite === "same-origin" || fetchSite === "none";
    if (!allowed) throw new ForbiddenError("Cross-site requests are not allowed");
    return next();
  };
}
