import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { type BenchSection, machineLine } from "./report";
import { initialFiles, type Manifest, type RouteWeight, webRoutes, weightTable } from "./web-bundle";

const webDir = fileURLToPath(new URL("../../../apps/web", import.meta.url));
const distDir = join(webDir, "dist");

/** The target for the first visit to the sign-in page and to the portfolio. */
const GZIP_TARGET = 250_000;

/** Sizes as a browser receives them from Ward, which serves files compressed at these levels at build time. */
function compressedSizes(bytes: Buffer) {
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

/** Builds the web app, then adds up the JavaScript each route loads before its page draws. */
export async function benchWebBundle(): Promise<BenchSection> {
  // Always from a fresh build: figures from a stale dist folder would describe code that is no longer there.
  execFileSync("npm", ["run", "build", "-w", "@ward/web"], {
    cwd: join(webDir, "../.."),
    stdio: "ignore",
  });
  const manifest = JSON.parse(await readFile(join(distDir, ".vite/manifest.json"), "utf8")) as Manifest;
  const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
  const sizeOf = async (file: string) => {
    const known = sizes.get(file);
    if (known) return known;
    const bytes = await readFile(join(distDir, file));
    const size = { raw: bytes.length, ...compressedSizes(bytes) };
    sizes.set(file, size);
    return size;
  };

  const rows: RouteWeight[] = [];
  for (const { route, modules, firstVisit = false } of webRoutes) {
    const missing = modules.filter((module) => !existsSync(join(webDir, module)));
    if (missing.length > 0) throw new Error(`${route}: no such module ${missing.join(", ")}`);
    const files = initialFiles(manifest, modules);
    const row: RouteWeight = { route, files: files.length, raw: 0, gzip: 0, brotli: 0, firstVisit };
    for (const file of files) {
      const size = await sizeOf(file);
      row.raw += size.raw;
      row.gzip += size.gzip;
      row.brotli += size.brotli;
    }
    rows.push(row);
  }
  const allJs = Object.values(manifest).filter((chunk) => chunk.file.endsWith(".js"));
  let total = 0;
  for (const chunk of allJs) total += (await sizeOf(chunk.file)).raw;

  return {
    id: "web-bundle",
    title: "Web app: JavaScript loaded on first visit",
    body: `${machineLine(new Date())}

For each route, the JavaScript a browser fetches before the page can draw, read from Vite's build manifest: the
entry chunk, the route's lazy chunks, and every chunk they import statically (chunks loaded later by a dynamic
import are not counted). Compressed sizes are gzip level 9 and brotli quality 11, as served by Ward. The target
applies to the pages people open first, sign-in and the portfolio; the other routes are for comparison. The whole
build holds ${allJs.length} JavaScript files, ${(total / 1000).toFixed(1)} kB before compression.

${weightTable(rows, GZIP_TARGET)}
`,
  };
}
