import type { MiddlewareHandler } from "hono";
import type { Logger } from "pino";
import type { AppEnv } from "./types";

/** Query parameters whose values are credentials (better-auth's verification links, one-time codes). */
const secretQueryKey = /token|code|secret|password|key|otp|signature/i;
/**
 * Path segments that are credentials: Ward's prefixed tokens (`inv_…` invitation links, `ward_…` API keys) and
 * any other long opaque string, such as the token of a web page link. UUIDs are record ids, not secrets.
 */
const secretSegment =
  /^(inv_|ward_)|^(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)[\w-]{32,}$/i;

export const REDACTED = "[redacted]";

/**
 * The request's path and query as the log may hold them: secrets replaced, so that reading logs (or shipping them
 * to a log service) never hands anyone an invitation link or a key.
 */
export function loggableRequest(url: string): { path: string; query?: string } {
  const parsed = new URL(url, "http://ward.invalid");
  const path = parsed.pathname
    .split("/")
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // A malformed escape is logged as it came.
      }
      return secretSegment.test(decoded) ? REDACTED : segment;
    })
    .join("/");
  if (!parsed.search) return { path };
  const query = [...parsed.searchParams]
    .map(([key, value]) => `${key}=${secretQueryKey.test(key) ? REDACTED : value}`)
    .join("&");
  return { path, query };
}

/** One structured log line per request, with a child logger that carries the request id for the handlers. */
export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const child = log.child({ requestId: c.get("requestId") });
    c.set("log", child);
    await next();
    // Below the configured level the line is not written: skip parsing the URL for it.
    if (!child.isLevelEnabled("info")) return;
    child.info(
      {
        method: c.req.method,
        ...loggableRequest(c.req.url),
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      "request",
    );
  };
}
