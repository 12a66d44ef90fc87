/** Starts `wrangler dev` on a free port with a fresh local D1 (migrations applied), for browser tests and load benchmarks. */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface DevServer {
  baseUrl: string;
  /** The folder holding the local D1 state, for `wrangler d1 execute --persist-to`. */
  persistTo: string;
  stop: () => Promise<void>;
}

const WRANGLER_ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" };

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
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("wrangler dev did not answer within 60 s");
}

export async function startDevServer(): Promise<DevServer> {
  const persistTo = mkdtempSync(join(tmpdir(), "byline-d1-"));
  execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo], {
    env: WRANGLER_ENV,
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
    { env: WRANGLER_ENV, stdio: "ignore", detached: true },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseUrl, server);
  return {
    baseUrl,
    persistTo,
    stop: async () => {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

/** Runs a read-only SQL query against the dev server's local D1 and returns the rows. */
export function queryLocalD1<Row>(persistTo: string, sql: string): Row[] {
  const output = execFileSync(
    "npx",
    ["wrangler", "d1", "execute", "DB", "--local", "--persist-to", persistTo, "--json", "--command", sql],
    { env: WRANGLER_ENV, encoding: "utf8" },
  );
  const parsed = JSON.parse(output) as { results: Row[] }[];
  return parsed.flatMap((statement) => statement.results);
}
