/**
 * Starts `wrangler dev` on a free port with a fresh local D1 (migrations applied) for the browser
 * tests, and stops it afterwards. The base URL reaches the tests through vitest's provide/inject.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitUntilUp(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("wrangler dev did not answer within 60 s");
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const persistTo = mkdtempSync(join(tmpdir(), "byline-browser-d1-"));
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" };
  execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo], {
    env,
    stdio: "ignore",
  });
  const port = await freePort();
  const server = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      persistTo,
      "--show-interactive-dev-session=false",
    ],
    { env, stdio: "ignore", detached: true },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseUrl, server);
  project.provide("baseUrl", baseUrl);
  return async () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(persistTo, { recursive: true, force: true });
  };
}
