import { csrf } from "hono/csrf";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./app";

/**
 * Security headers on every response: a strict Content-Security-Policy (the pages load only their own
 * stylesheet and /app.js, no inline script or style; no framing, so no clickjacking of the dashboard's
 * End and Delete buttons), nosniff, and no Referer leaving the site (join codes and attempt ids are in
 * addresses). https://hono.dev/docs/middleware/builtin/secure-headers
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
  },
  xFrameOptions: "DENY",
  referrerPolicy: "no-referrer",
});

const checkOrigin = csrf();

/**
 * Refuses a form sent from another origin (Origin or Sec-Fetch-Site must say same-origin), so a page on
 * another site, even a sibling subdomain that SameSite=Lax treats as same-site, cannot end, lock, publish
 * or delete a session with the teacher's cookie. Not under /api/, and not for a request with an
 * Authorization header: their callers authenticate with a key or token they send themselves, which a
 * form on another site cannot add. https://hono.dev/docs/middleware/builtin/csrf
 */
export const formsFromThisSiteOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (new URL(c.req.url).pathname.startsWith("/api/") || c.req.header("authorization")) return next();
  try {
    await checkOrigin(c, async () => {});
  } catch (error) {
    if (!(error instanceof HTTPException) || error.status !== 403) throw error;
    throw new HTTPException(403, {
      message:
        "This form was sent from another site, so it was refused. Open the page on this site and send the form again.",
    });
  }
  return next();
});

/** `Cache-Control: private, no-store` for pages that show an instructor key, a PIN or a student's answers. */
export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header("Cache-Control", "private, no-store");
});
