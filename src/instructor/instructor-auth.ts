import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import type { Db } from "../db/client";
import type { SessionRow } from "../db/schema";
import type { AppVariables } from "../http/app";
import { readInstructorKey, sessionIdOfInstructorCookie } from "../sessions/instructor-cookie";
import { instructorKeyMatches } from "../sessions/instructor-key";
import { findSessionById, findSessionsByIds } from "./queries";
import { InstructorKeyPage, type InstructorPage } from "./views";

/** More than a teacher runs in a month; it bounds the work a request with many cookies can cause. */
const MAX_REMEMBERED_SESSIONS = 30;

/** The sessions whose instructor key this browser keeps (checked, not just named by a cookie), newest first. */
export async function rememberedSessions(c: Context, db: Db): Promise<SessionRow[]> {
  const keys = new Map<string, string>();
  for (const [name, key] of Object.entries(getCookie(c))) {
    const sessionId = sessionIdOfInstructorCookie(name);
    if (sessionId && keys.size < MAX_REMEMBERED_SESSIONS) keys.set(sessionId, key);
  }
  const found = await findSessionsByIds(db, [...keys.keys()]);
  const opened = await Promise.all(
    found.map(async (session) =>
      (await instructorKeyMatches(keys.get(session.id) ?? "", session.instructorKeyDigest)) ? session : null,
    ),
  );
  return opened.filter((session): session is SessionRow => session !== null);
}

/** Variables of a route behind `instructorOnly`: the session whose instructor key the request carries. */
export interface InstructorEnv {
  Bindings: Env;
  Variables: AppVariables & { session: SessionRow };
}

/**
 * Route middleware for everything an instructor does to the session in the path (`:sessionId`): it puts
 * the session in `c.var.session` when the request carries its instructor key. Otherwise 404 (no such
 * session), 401 (no key) or 403 (a wrong key); with `askForKey` a browser gets the key form instead.
 */
export function instructorOnly(options: { askForKey?: boolean; opens?: InstructorPage } = {}) {
  return createMiddleware<InstructorEnv>(async (c, next) => {
    const sessionId = c.req.param("sessionId") ?? "";
    const session = await findSessionById(c.var.db, sessionId);
    if (!session) {
      throw new HTTPException(404, {
        message: "There is no session with this id. It may have been deleted.",
      });
    }
    const key = readInstructorKey(c, sessionId);
    if (key !== null && (await instructorKeyMatches(key, session.instructorKeyDigest))) {
      c.set("session", session);
      return next();
    }
    if (options.askForKey) {
      const error = key
        ? "The key this browser has does not open this session. Enter the right key."
        : undefined;
      return c.html(
        InstructorKeyPage({ sessionId, title: session.title, error, opens: options.opens }),
        key ? 403 : 401,
      );
    }
    if (!key) {
      throw new HTTPException(401, {
        message: "This needs the session's instructor key: send Authorization: Bearer <instructorKey>.",
      });
    }
    throw new HTTPException(403, { message: "That instructor key does not open this session." });
  });
}
