import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { readBearerKey } from "./instructor-key";

const THIRTY_DAYS = 60 * 60 * 24 * 30;

/** The cookie (sent as `__Host-byline-i-<session id>`) that keeps one session's instructor key in this browser. */
function instructorCookieName(sessionId: string): string {
  return `byline-i-${sessionId}`;
}

const INSTRUCTOR_COOKIE = /^__Host-byline-i-([A-Za-z0-9_-]{16})$/;

/** The session whose instructor key a cookie of this name keeps, or null for any other cookie. */
export function sessionIdOfInstructorCookie(cookieName: string): string | null {
  return INSTRUCTOR_COOKIE.exec(cookieName)?.[1] ?? null;
}

/** Keeps the instructor key in a `__Host-` cookie: HttpOnly, Secure, path /, SameSite=Lax (no cross-site POST). */
export function setInstructorCookie(c: Context, sessionId: string, key: string): void {
  setCookie(c, instructorCookieName(sessionId), key, {
    prefix: "host",
    httpOnly: true,
    sameSite: "Lax",
    maxAge: THIRTY_DAYS,
  });
}

/** Forgets the instructor key in this browser. */
export function clearInstructorCookie(c: Context, sessionId: string): void {
  deleteCookie(c, instructorCookieName(sessionId), { prefix: "host", path: "/", secure: true });
}

/** The instructor key the request carries: `Authorization: Bearer <key>` first, else this session's cookie. */
export function readInstructorKey(c: Context, sessionId: string): string | null {
  return (
    readBearerKey(c.req.header("authorization")) ??
    getCookie(c, instructorCookieName(sessionId), "host") ??
    null
  );
}

const FLASH_COOKIE = "byline-new-key";

/** Carries a new session's instructor key across the redirect to its dashboard, to be shown there once. */
export function setNewKeyFlash(c: Context, sessionId: string, key: string): void {
  setCookie(c, FLASH_COOKIE, `${sessionId}.${key}`, {
    prefix: "host",
    httpOnly: true,
    sameSite: "Lax",
    maxAge: 300,
  });
}

/** The new instructor key for this session if it has not been shown yet; reading it clears it. */
export function takeNewKeyFlash(c: Context, sessionId: string): string | null {
  const value = getCookie(c, FLASH_COOKIE, "host");
  if (!value?.startsWith(`${sessionId}.`)) return null;
  deleteCookie(c, FLASH_COOKIE, { prefix: "host", path: "/", secure: true });
  return value.slice(sessionId.length + 1);
}
