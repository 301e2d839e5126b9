import { defineConfig } from "vitest/config";

/** Process-level guarantees: crashes, several instances on one database, abuse over real HTTP. */
export default defineConfig({
  test: {
    include: ["src/reliability/**/*.reliability.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Each file starts Ward processes of its own; one file at a time is what this machine's two cores take well.
    fileParallelism: false,
  },
});
