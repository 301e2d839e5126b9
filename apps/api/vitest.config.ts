import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The reliability suite (`npm run test:reliability`) runs on its own: it is long, and CI runs it separately.
    exclude: ["src/**/*.reliability.test.ts", "**/node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
