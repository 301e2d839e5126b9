import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";
import { IMMUTABLE, REVALIDATE } from "./serve-web";

const script = Buffer.from(`console.log(${JSON.stringify("Ward ".repeat(200))});\n`);
const page = Buffer.from(
  `<!doctype html><html><head><script type="module" src="/assets/index-4f2a9c.js"></script></head>` +
    `<body><div id="root"></div></body></html>\n`,
);
const chunk = "/assets/index-4f2a9c.js";

/** A built web app as Vite and the compression step leave it: each file beside its .br and .gz copies. */
async function webFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ward-web-"));
  await mkdir(join(dir, "assets"));
  for (const [name, bytes] of [
    ["index.html", page],
    ["assets/index-4f2a9c.js", script],
  ] as const) {
    await writeFile(join(dir, name), bytes);
    await writeFile(join(dir, `${name}.br`), brotliCompressSync(bytes));
    await writeFile(join(dir, `${name}.gz`), gzipSync(bytes));
  }
  // A hashed file small enough that the build left it uncompressed.
  await writeFile(join(dir, "assets/tiny-9b1e.js"), "export{};\n");
  return dir;
}

describe.each(testDatabases())("the built web app on $name", (database) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = await webFolder();
    t = await openTestApp(database, { webDir: dir });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding?: string) =>
    t.app.request(path, {
      headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
    });

  it.each([
    { accept: "gzip, deflate, br, zstd", encoding: "br", bytes: brotliCompressSync(script) },
    { accept: "gzip, deflate", encoding: "gzip", bytes: gzipSync(script) },
    { accept: "identity", encoding: null, bytes: script },
    { accept: undefined, encoding: null, bytes: script },
  ])("a hashed asset asked with Accept-Encoding $accept comes as $encoding, kept a year", async (c) => {
    const res = await get(chunk, c.accept);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe(c.encoding);
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(res.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(Buffer.from(await res.arrayBuffer()).equals(c.bytes)).toBe(true);
  });

  it("a hashed asset with no compressed copy is sent as it is, still kept a year", async () => {
    const res = await get("/assets/tiny-9b1e.js", "gzip, br");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(await res.text()).toBe("export{};\n");
  });

  it.each(["/", "/index.html", "/vendors/3f1c", "/account/security"])(
    "%s answers index.html compressed, revalidated on every visit",
    async (path) => {
      const res = await get(path, "gzip, deflate, br");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("content-encoding")).toBe("br");
      expect(res.headers.get("cache-control")).toBe(REVALIDATE);
      expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
      expect(Buffer.from(await res.arrayBuffer()).equals(brotliCompressSync(page))).toBe(true);
    },
  );

  it("a missing asset is a 404 in Ward's envelope, never index.html and never cached", async () => {
    const res = await get("/assets/index-0ld.js", "gzip, br");
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).not.toBe(IMMUTABLE);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe("NOT_FOUND");
  });

  it("API answers stay uncached next to the web app", async () => {
    for (const path of ["/api/health", "/api/no-such-route"]) {
      const res = await get(path, "gzip, br");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    }
  });
});
