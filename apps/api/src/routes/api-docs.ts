import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Hono } from "hono";

const assetDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const assets: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

// Served from Ward itself, not a CDN: hospitals run Ward on closed networks and the CSP allows only 'self'.
const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Ward API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="reference"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`;

// Authorization persists across reloads so a pasted API key survives moving between pages of the reference.
const init = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#reference", deepLinking: true, persistAuthorization: true });`;

/** The interactive API reference at /api/docs, built on the OpenAPI document. */
export const apiDocsRouter = new Hono()
  .get("/", (c) => c.html(page))
  .get("/init.js", (c) => c.body(init, 200, { "content-type": "text/javascript; charset=utf-8" }))
  .get("/:asset", async (c) => {
    const name = c.req.param("asset");
    const type = assets[name];
    if (!type) return c.notFound();
    const body = await readFile(join(assetDir, name));
    return c.body(body, 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });
