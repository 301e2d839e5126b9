import { getConnInfo } from "@hono/node-server/conninfo";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./types";

/**
 * Records the client's address for throttling and the audit trail. Behind a load balancer (`trustProxy`) it is
 * the first X-Forwarded-For entry; otherwise the socket's peer, or null when there is no socket (tests).
 */
export function clientAddress(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let ip: string | null = null;
    if (trustProxy) ip = c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || null;
    if (!ip) {
      try {
        ip = getConnInfo(c).remote.address ?? null;
      } catch {
        ip = null;
      }
    }
    c.set("clientIp", ip);
    await next();
  };
}
