import type { MiddlewareHandler } from "hono";
import { ForbiddenError } from "../services/errors";
import { allowedOrigins, type OriginPolicy } from "./request-origin";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests sent by a browser from another site (cross-site request forgery): the Origin
 * must be one `allowedOrigins` names. Without an Origin header, Sec-Fetch-Site decides; with neither, the
 * request does not come from a browser and carries no ambient cookie risk. Requests with an API key are exempt:
 * browsers cannot attach one cross-site, and integrations send no Origin.
 *
 * hono/csrf is not used: it checks only form-encoded bodies, and its refusal is a bare text 403 that neither
 * follows Ward's error envelope nor tells the operator which setting to change.
 */
export function originCheck(policy: OriginPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || /^Bearer\s/i.test(c.req.header("authorization") ?? ""))
      return next();
    const origin = c.req.header("origin");
    if (origin === undefined) {
      const fetchSite = c.req.header("sec-fetch-site");
      if (fetchSite === undefined || fetchSite === "same-origin" || fetchSite === "none") return next();
      throw new ForbiddenError("Cross-site requests are not allowed");
    }
    const allowed = allowedOrigins(c.req.raw, policy);
    if (allowed.includes(origin)) return next();
    throw new ForbiddenError(
      `Requests from ${origin} are not allowed: Ward was addressed as ${allowed[0] ?? "an unknown origin"}. ` +
        `If people reach Ward at ${origin}, add it to WARD_TRUSTED_ORIGINS or set WARD_PUBLIC_URL to it.`,
    );
  };
}
