import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Where the dev server forwards /api; the API's own default port unless WARD_API_URL says otherwise. */
const apiUrl = process.env.WARD_API_URL ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    // Read by the web-bundle benchmark (packages/bench) to add up what each route loads first.
    manifest: true,
    // The API serves the build under a CSP of script-src 'self': every script must be a file, never inline.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than Ward's own code, so they get their own long-cached files.
        codeSplitting: {
          groups: [
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/]/ },
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: "libs", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": { target: apiUrl, changeOrigin: true } },
  },
});
