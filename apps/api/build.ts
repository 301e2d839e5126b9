/**
 * Compiles the API for `npm start`: each entry below becomes one ES module in dist/ holding Ward's own code
 * (apps/api and the @ward/* workspace packages, which are TypeScript source), while third-party packages stay
 * imports resolved from node_modules at run time. See docs/adr/0001-workspace-packages-from-source.md.
 */
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const apiDir = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(apiDir, "dist");

/**
 * Every file that runs as its own entry point: the server, the CLI, and any worker a module starts with
 * `new Worker(new URL("./x.js", import.meta.url))`, which must then be listed here too.
 */
export const entries: Record<string, string> = {
  server: "src/server.ts",
  cli: "src/cli.ts",
};

/** Bare imports that are not Ward's own workspace packages are left to Node's resolution from node_modules. */
const thirdPartyExternal: Plugin = {
  name: "third-party-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@ward/")) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * Source files find their neighbours (migrations, the web build, package.json) relative to `import.meta.url`.
 * Bundled into dist/server.js they would all resolve from dist/, so each file's `import.meta.url` is rewritten to
 * the address of its own source file, expressed relative to the bundle so the folder can still be moved whole.
 */
const sourceRelativeMetaUrl: Plugin = {
  name: "source-relative-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.split(sep).includes("node_modules")) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "ts" };
      const fromBundle = relative(outdir, args.path).split(sep).join("/");
      const contents = source.replaceAll(
        "import.meta.url",
        `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
      );
      return { contents, loader: "ts" };
    });
  },
};

await build({
  absWorkingDir: apiDir,
  entryPoints: entries,
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [thirdPartyExternal, sourceRelativeMetaUrl],
});
