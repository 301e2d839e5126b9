import { relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono, MiddlewareHandler } from "hono";
import { errorResponse } from "./error-handler";
import type { AppEnv } from "./types";

/** Files under /assets carry a hash of their content in their name: a new build gives new names, never new bytes. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * index.html names the current hashed files, so a browser must ask each time whether it changed (a cheap 304 when
 * not); a cached copy would keep loading the previous release's chunks after an upgrade.
 */
export const REVALIDATE = "no-cache";

/**
 * Sets how long a browser may keep what the static files answered, and says the answer depends on the
 * Accept-Encoding sent: the same address gives brotli, gzip or plain bytes, and a shared cache must not hand a
 * brotli body to a browser that cannot read it. Errors are left uncached.
 */
function cacheFor(cacheControl: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    c.header("Cache-Control", cacheControl);
    if (!/accept-encoding/i.test(c.res.headers.get("Vary") ?? "")) {
      c.header("Vary", "Accept-Encoding", { append: true });
    }
  };
}

/**
 * Serves the built web app from `webDir`: the .br or .gz copy written at build time when the browser accepts it,
 * hashed assets for a year, and index.html (also for every client-side route, so a reload works) revalidated.
 */
export function mountWeb(app: Hono<AppEnv>, webDir: string) {
  const root = relative(process.cwd(), webDir) || ".";
  app.use(
    "/assets/*",
    cacheFor(IMMUTABLE),
    serveStatic({ root, precompressed: true }),
    // A missing chunk is a 404, not index.html: a browser would run the page as script, and a stale index.html
    // asking for an old chunk would then be cached as that chunk for a year.
    async (c) => errorResponse(c, "NOT_FOUND", `No web asset ${c.req.path}`),
  );
  app.use(
    "/*",
    cacheFor(REVALIDATE),
    serveStatic({ root, precompressed: true }),
    // Read from disk on each request, so a rebuilt web app is never served with the old file's asset names.
    serveStatic({ root, path: "index.html", precompressed: true }),
  );
}
