/** Starts `wrangler dev` on a free port with a fresh local D1 (migrations applied), for browser tests and benchmarks. */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface DevServer {
  baseUrl: string;
  /** The folder holding the local D1 state, for `wrangler d1 execute --persist-to`. */
  persistTo: string;
  /** The instructor preview key this server was given (random per run; wrangler.toml holds none). */
  previewSecret: string;
  stop: () => Promise<void>;
}

export interface DevServerOptions {
  /**
   * Serve a build of the Worker copied to a temporary folder instead of the checkout. `wrangler dev`
   * restarts the Worker whenever a watched file changes, failing the requests in flight with 503 "Your
   * worker restarted mid-request"; a snapshot nobody edits keeps a long benchmark on one Worker.
   */
  snapshot?: boolean;
  /**
   * With `snapshot`: lift the per-client rate limits of wrangler.toml's `[[ratelimits]]` in the copy, for a
   * scorer that sends hundreds of articles to POST /api/analyze from one address (the corpora's scorer, which
   * Byline does not own and which sends no `CF-Connecting-IP`).
   */
  liftRateLimits?: boolean;
}

const WRANGLER_ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" };

function wrangler(args: string[]): void {
  execFileSync("npx", ["wrangler", ...args], { env: WRANGLER_ENV, stdio: "ignore" });
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
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("wrangler dev did not answer within 60 s");
}

/**
 * Bundles the Worker as `wrangler deploy` would (`--dry-run --outdir`: the script and its text modules) and
 * copies the config and the static assets beside it. `wrangler dev --no-bundle` then serves that folder.
 * https://developers.cloudflare.com/workers/wrangler/commands/#deploy
 */
function buildSnapshot(liftRateLimits: boolean): string {
  const folder = mkdtempSync(join(tmpdir(), "byline-worker-"));
  wrangler(["deploy", "--dry-run", "--outdir", join(folder, "worker")]);
  const config = readFileSync("wrangler.toml", "utf8");
  writeFileSync(
    join(folder, "wrangler.toml"),
    liftRateLimits
      ? config.replace(/(simple = \{ limit = )\d+/g, (_, head: string) => `${head}1000000`)
      : config,
  );
  cpSync("public", join(folder, "public"), { recursive: true });
  return folder;
}

/** The arguments that make `wrangler dev` serve the checkout, or the snapshot in `snapshot`. */
function sourceArgs(snapshot: string | undefined): string[] {
  return snapshot ? ["--cwd", snapshot, join("worker", "index.js"), "--no-bundle"] : [];
}

/** Starts `wrangler dev` on the checkout (or, with `snapshot`, on a copy of its build) and waits until it answers. */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const persistTo = mkdtempSync(join(tmpdir(), "byline-d1-"));
  wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo]);
  // The preview secret comes from an env file of its own, so a developer's .dev.vars neither leaks into
  // nor is needed by a test run. https://developers.cloudflare.com/workers/configuration/secrets/
  const previewSecret = randomBytes(18).toString("base64url");
  const envFile = join(persistTo, "preview.env");
  writeFileSync(envFile, `PREVIEW_SECRET=${previewSecret}\n`, { mode: 0o600 });
  const snapshot = options.snapshot ? buildSnapshot(options.liftRateLimits ?? false) : undefined;
  const port = await freePort();
  const server = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      ...sourceArgs(snapshot),
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      persistTo,
      "--env-file",
      envFile,
      "--show-interactive-dev-session=false",
    ],
    { env: WRANGLER_ENV, stdio: "ignore", detached: true },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcessGroup(server);
    for (const folder of [persistTo, snapshot]) {
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  };
  try {
    await waitUntilUp(baseUrl, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, persistTo, previewSecret, stop };
}

/** Ends `npx wrangler dev` and its workerd children (one process group) and waits for it to exit. */
async function stopProcessGroup(server: ChildProcess): Promise<void> {
  if (!server.pid) return;
  const exited = server.exitCode === null ? new Promise((resolve) => server.once("exit", resolve)) : null;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // the whole group has exited already
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
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

let teachers = 0;

/**
 * A client address for the next teacher (192.0.2.0/24, kept for documentation), sent as `CF-Connecting-IP`,
 * which `wrangler dev` keeps when a request has it. A benchmark that creates many sessions gives each its own
 * teacher, as 30 classes from 30 schools would, so it stays under the per-client limit on session creation
 * (20 a minute; docs/limits.md) instead of raising the limit.
 */
export function nextTeacherAddress(): string {
  teachers += 1;
  return `192.0.2.${(teachers % 254) + 1}`;
}
