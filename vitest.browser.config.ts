import { defineConfig } from "vitest/config";

/** Browser end-to-end tests: Node drives Debian's Chromium against `wrangler dev` with a fresh local D1. */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["./tests/browser/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
