import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { Db } from "../db/client";
import type { LibraryRow } from "../db/schema";
import type { AppVariables } from "../http/app";
import { accessKeyMatches, issueAccessKey, readBearerKey } from "../security/access-key";
import { randomBase64Url } from "../security/secrets";
import { findLibrary, insertLibrary } from "./queries";

const NINETY_DAYS = 60 * 60 * 24 * 90;

/** Sent as `__Host-byline-library`: the library key, which names its library. */
const LIBRARY_COOKIE = "byline-library";

/**
 * A library key as the teacher keeps it: the library's id, a dot, and 128 random bits (base64url). The id
 * finds the library; only the SHA-256 digest of the random part is stored, compared in constant time.
 */
const LIBRARY_KEY = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/;

/** A new library, stored with the digest of its key; the key is returned to be shown once. */
export async function openNewLibrary(db: Db, now: Date): Promise<{ library: LibraryRow; key: string }> {
  const { key, digest } = await issueAccessKey();
  const library = { id: randomBase64Url(12), keyDigest: digest, createdAt: now };
  await insertLibrary(db, library);
  return { library, key: `${library.id}.${key}` };
}

/** The library a library key opens, or null for a malformed, unknown or wrong key. */
export async function libraryForKey(db: Db, libraryKey: string): Promise<LibraryRow | null> {
  const match = LIBRARY_KEY.exec(libraryKey.trim());
  if (!match?.[1] || !match[2]) return null;
  const library = await findLibrary(db, match[1]);
  if (!library) return null;
  return (await accessKeyMatches(match[2], library.keyDigest)) ? library : null;
}

/** Keeps the library key in a `__Host-` cookie: HttpOnly, Secure, path /, SameSite=Lax (no cross-site POST). */
export function rememberLibraryKey(c: Context, libraryKey: string): void {
  setCookie(c, LIBRARY_COOKIE, libraryKey, {
    prefix: "host",
    httpOnly: true,
    sameSite: "Lax",
    maxAge: NINETY_DAYS,
  });
}

/** Forgets the library key in this browser. */
export function forgetLibraryKey(c: Context): void {
  deleteCookie(c, LIBRARY_COOKIE, { prefix: "host", path: "/", secure: true });
}

/** The library key the request carries: `Authorization: Bearer <key>` first, else the cookie. */
function readLibraryKey(c: Context): string | null {
  return readBearerKey(c.req.header("authorization")) ?? getCookie(c, LIBRARY_COOKIE, "host") ?? null;
}

/** The library this browser's key opens, or null. */
export async function currentLibrary(c: Context, db: Db): Promise<LibraryRow | null> {
  const key = readLibraryKey(c);
  return key ? libraryForKey(db, key) : null;
}

/** Variables of a route behind `libraryOnly`: the library the request's key opens. */
export interface LibraryEnv {
  Bindings: Env;
  Variables: AppVariables & { library: LibraryRow };
}

/**
 * Route middleware for everything done inside a library: it puts the library in `c.var.library` when the
 * request carries a library key that opens it; otherwise a browser is sent to /library to open it.
 */
export const libraryOnly = createMiddleware<LibraryEnv>(async (c, next) => {
  const library = await currentLibrary(c, c.var.db);
  if (!library) return c.redirect("/library?opened=0", 303);
  c.set("library", library);
  return next();
});
