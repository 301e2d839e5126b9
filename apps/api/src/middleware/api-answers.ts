import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/**
 * API answers and exports hold vendor, incident and account data: no browser, shared computer or proxy may keep
 * a copy, and a signed-out browser must not show one from its history.
 *
 * The header goes onto the answer's own headers. hono's `c.header` after the handler has answered rebuilds the
 * answer around its body, and the Node adapter then sends that body through a web stream: on `GET /api/health`
 * that was 60% of the request's CPU. An answer whose headers cannot change (a `Response.redirect`) is
 * rebuilt as before.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  try {
    c.res.headers.set("Cache-Control", "no-store");
  } catch {
    c.header("Cache-Control", "no-store");
  }
};

/** Methods whose requests carry no body Ward reads. */
const bodiless = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The body limit, applied to requests that can carry a body. hono's check reads `c.req.raw.body`, which makes the
 * Node adapter build a full Fetch Request (headers copied, an abort signal) for every GET too.
 */
export function limitRequestBody(
  maxSize: number,
  onError: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const limit = bodyLimit({ maxSize, onError });
  return (c, next) => (bodiless.has(c.req.method) ? next() : limit(c, next));
}
