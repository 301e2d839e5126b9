import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts its own Ward server and browser; two at once is all this machine's two cores take well.
    fileParallelism: false,
  },
});
