import { getConnInfo } from "@hono/node-server/conninfo";
import type { WardDb } from "@ward/db";
import type { MiddlewareHandler } from "hono";
import type { Clock } from "../services/context";
import type { AppEnv } from "./types";

export interface ContextDeps {
  db: WardDb;
  clock: Clock;
  /** The organization requests act for until accounts exist. */
  organizationId: string;
}

function clientIp(c: Parameters<MiddlewareHandler>[0]): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // Requests made in tests through app.request() have no socket.
    return null;
  }
}

/** Builds the service context (tenant, actor, clock, logger) for the request's handlers. */
export function serviceContext(deps: ContextDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("ctx", {
      db: deps.db,
      org: { id: deps.organizationId },
      actor: { type: "system", id: null, label: "Ward (no sign-in yet)" },
      clock: deps.clock,
      log: c.get("log"),
      request: { id: c.get("requestId"), ip: clientIp(c), userAgent: c.req.header("user-agent") ?? null },
    });
    await next();
  };
}
