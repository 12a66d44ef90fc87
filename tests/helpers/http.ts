import { exports } from "cloudflare:workers";

export const ORIGIN = "https://byline.test";

/**
 * Calls the Worker over HTTP inside workerd; redirects are returned, not followed. Each request comes from an
 * address of its own (as Cloudflare's `CF-Connecting-IP` says) unless the test sets one, so the per-client
 * limits that one spec uses up never refuse another spec's requests; an empty header stands for a request
 * that carries no address.
 */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("cf-connecting-ip")) headers.set("cf-connecting-ip", someAddress());
  return exports.default.fetch(`${ORIGIN}${path}`, { redirect: "manual", ...init, headers });
}

/** A random address in 2001:db8::/32, the IPv6 block kept for documentation (a /64 of its own each time). */
export function someAddress(): string {
  const groups = Array.from(crypto.getRandomValues(new Uint16Array(6)), (group) => group.toString(16));
  return `2001:db8:${groups.join(":")}`;
}

/** A JSON POST. */
export function postJson(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Form fields; a repeated field is a list. */
export type FormFields = Record<string, string | string[]>;

function formBody(fields: FormFields): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  return body;
}

/**
 * A browser stand-in: keeps the cookies the Worker sets (honouring deletion by Max-Age=0) and sends them
 * back, does not follow redirects, and posts forms the way a browser without JavaScript does.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  /** `address`: the client address every request of this browser comes from (a new one per request when absent). */
  constructor(readonly address?: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.address !== undefined && !headers.has("cf-connecting-ip")) {
      headers.set("cf-connecting-ip", this.address);
    }
    // A browser sends Origin with every form POST; the Worker refuses forms from other origins.
    if (init.method && init.method !== "GET" && !headers.has("origin")) headers.set("origin", ORIGIN);
    if (this.cookies.size > 0) {
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const response = await call(path, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) this.store(line);
    return response;
  }

  get(path: string): Promise<Response> {
    return this.fetch(path);
  }

  postForm(path: string, fields: FormFields): Promise<Response> {
    return this.fetch(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: formBody(fields),
    });
  }

  /** The path a redirect points to (relative to the origin), failing when the response is no redirect. */
  static location(response: Response): string {
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`expected a redirect, got ${response.status}`);
    }
    return location.startsWith(ORIGIN) ? location.slice(ORIGIN.length) : location;
  }

  private store(line: string): void {
    const [pair = "", ...attributes] = line.split(";");
    const separator = pair.indexOf("=");
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
    if (expired || value === "") this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
