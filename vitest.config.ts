import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/** The preview key the specs use: wrangler.toml only names the secret, and a developer's .dev.vars must not decide it. */
const TEST_PREVIEW_SECRET = "test-preview-secret";
// Wrangler warns about a required secret missing from .dev.vars and the environment; the specs bring their own.
process.env.PREVIEW_SECRET ??= TEST_PREVIEW_SECRET;

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
          PREVIEW_SECRET: TEST_PREVIEW_SECRET,
        },
      },
    })),
  ],
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "tests/**/*.test.ts", "eval/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    setupFiles: ["./tests/apply-migrations.ts"],
  },
});
