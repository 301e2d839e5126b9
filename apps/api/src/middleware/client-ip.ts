import { getConnInfo } from "@hono/node-server/conninfo";
import type { MiddlewareHandler } from "hono";
import { resolveClientAddress, type TrustedProxies } from "./trusted-proxies";
import type { AppEnv } from "./types";

/**
 * Records the client's address for throttling and the audit trail: the socket's peer, or behind proxies
 * (`WARD_TRUST_PROXY`) the X-Forwarded-For entry past the trusted hops. Null when there is no socket (tests)
 * and no usable header.
 */
export function clientAddress(proxies: TrustedProxies): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let peer: string | null = null;
    try {
      peer = getConnInfo(c).remote.address ?? null;
    } catch {
      peer = null;
    }
    c.set("clientIp", resolveClientAddress(proxies, peer, c.req.header("x-forwarded-for")));
    await next();
  };
}
