/**
 * Writes `.dev.vars` (gitignored) with a fresh random PREVIEW_SECRET when it has none, so `npm run dev` on a
 * fresh clone serves the instructor preview without a secret committed in wrangler.toml. An existing
 * secret is kept. https://developers.cloudflare.com/workers/configuration/secrets/#local-development-with-secrets
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

const FILE = ".dev.vars";
const current = existsSync(FILE) ? readFileSync(FILE, "utf8") : "";

if (/^\s*PREVIEW_SECRET\s*=\s*\S/m.test(current)) {
  console.log(`${FILE}: keeping its PREVIEW_SECRET (the instructor preview key on this machine).`);
} else {
  const secret = randomBytes(24).toString("base64url");
  const line = `# The instructor preview key for local development (written by npm run dev; never committed).\nPREVIEW_SECRET="${secret}"\n`;
  appendFileSync(FILE, current && !current.endsWith("\n") ? `\n${line}` : line, { mode: 0o600 });
  console.log(
    `${FILE}: wrote a new local PREVIEW_SECRET. Open an article's questions with this key: ${secret}`,
  );
}
