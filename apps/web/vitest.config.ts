import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    // Typing through user-event in jsdom is slow when every package's suite runs at once on two cores.
    testTimeout: 30_000,
  },
});
