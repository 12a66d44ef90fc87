import type { Context } from "hono";
import { type Failure, tooManyRequests } from "../result";
import { type AppEnv, httpError } from "./app";
import { clientKey } from "./client-key";

/** The per-client limits kept by the Workers Rate Limiting binding (wrangler.toml's `[[ratelimits]]`). */
const LIMITS = {
  SESSION_LIMITER:
    "Too many sessions created from your network in the last minute. Wait a minute, then try again.",
  ANALYZE_LIMITER:
    "Too many articles analysed from your network in the last minute. Wait a minute, then try again.",
  LIBRARY_LIMITER:
    "Too many libraries opened or articles added from your network in the last minute. Wait a minute, then try again.",
} as const;

export type LimiterName = keyof typeof LIMITS;

/** The binding's window: `period = 60` in wrangler.toml, so a refused client may try again within a minute. */
const PERIOD_SECONDS = 60;

/**
 * Counts one creation against the client's limit, or throws a 429 (with Retry-After) once it is used up.
 * The binding's counts are approximate and per Cloudflare location, which suits limits meant to stop a flood,
 * not to count exactly. Call it after the input is validated, so only real creations count. Should the
 * binding itself fail, the request goes through: the limit protects capacity, it is not a lock.
 * https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/
 */
export async function countAgainstLimit<E extends AppEnv>(
  c: Context<E>,
  limiter: LimiterName,
): Promise<void> {
  const refused = await overLimit(c, limiter);
  if (refused) throw httpError(refused);
}

/**
 * As countAgainstLimit, for a form that shows the refusal itself (so what was typed is not lost): the 429
 * to show, with Retry-After already set on the response, or undefined when the client is within the limit.
 */
export async function overLimit<E extends AppEnv>(
  c: Context<E>,
  limiter: LimiterName,
): Promise<Failure | undefined> {
  let success = true;
  try {
    ({ success } = await c.env[limiter].limit({ key: clientKey(c.req.raw.headers) }));
  } catch (error) {
    console.error(`rate limiter ${limiter}:`, error);
  }
  if (success) return undefined;
  c.header("retry-after", String(PERIOD_SECONDS));
  return tooManyRequests(LIMITS[limiter], PERIOD_SECONDS);
}
