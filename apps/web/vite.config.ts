import zlib from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

/** Where the dev server forwards /api; the API's own default port unless WARD_API_URL says otherwise. */
const apiUrl = process.env.WARD_API_URL ?? "http://localhost:3000";

export default defineConfig({
  plugins: [
    react(),
    // Compressed once here at the strongest levels rather than on every request; the API serves the .br or .gz
    // copy the browser accepts (apps/api/src/middleware/serve-web.ts).
    compression({
      algorithms: [
        ["gzip", { level: 9 }],
        ["brotliCompress", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }],
      ],
      include: /\.(js|css|html|svg)$/,
    }),
  ],
  build: {
    outDir: "dist",
    // Read by the web-bundle benchmark (packages/bench) to add up what each route loads first.
    manifest: true,
    // The API serves the build under a CSP of script-src 'self': every script must be a file, never inline.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        // Ward's pure packages do nothing on import, but say so nowhere a bundler reads: without this the sign-in
        // page carried every contract schema and the portfolio the whole scoring engine for one tier label.
        moduleSideEffects: [
          { test: /[\\/]packages[\\/](contracts|scoring)[\\/]src[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // React and its router, which every page needs, change less often than Ward's own code, so they get a
        // long-cached file of their own. Everything else is left to automatic chunking on purpose: a group is one
        // file loaded by every page that needs any of it, so a Mantine or libraries group put the charts, date
        // pickers and QR code in front of the sign-in form.
        codeSplitting: {
          groups: [{ name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: { "/api": { target: apiUrl, changeOrigin: true } },
  },
});
