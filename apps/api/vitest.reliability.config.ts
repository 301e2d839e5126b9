import { defineConfig } from "vitest/config";

/** Guarantees that later changes must not lose: access matrix, hostile input, throttling (see README). */
export default defineConfig({
  test: {
    include: ["src/**/*.reliability.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
