import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import type { Db } from "../db/client";
import { type AppVariables, httpError } from "../http/app";
import { checkJoinCode } from "./join-code";
import { sessionByJoinCode } from "./join-session";
import { codeGuessOf } from "./params";
import { parseParticipantToken, tokenSecretMatches } from "./participant-token";
import { findParticipantContext, type ParticipantContext } from "./queries";

const SEVEN_DAYS = 60 * 60 * 24 * 7;

/** Variables of a route behind `studentOnly` or `participantFromBody`: the participant and their session. */
export interface StudentEnv {
  Bindings: Env;
  Variables: AppVariables & { student: ParticipantContext; joinCode: string };
}

/** The participant a token belongs to, with their session, or undefined for a malformed, unknown or wrong token. */
export async function authenticateParticipant(
  db: Db,
  token: string,
): Promise<ParticipantContext | undefined> {
  const parsed = parseParticipantToken(token);
  if (!parsed) return undefined;
  const context = await findParticipantContext(db, parsed.participantId);
  if (!context) return undefined;
  return (await tokenSecretMatches(parsed.secret, context.participant.tokenDigest)) ? context : undefined;
}

function participantCookieName(joinCode: string): string {
  return `byline-p-${joinCode}`;
}

/** Keeps the participant token in a `__Host-` cookie, HttpOnly, Secure, SameSite=Lax, for a week. */
export function setParticipantCookie(c: Context, joinCode: string, token: string): void {
  setCookie(c, participantCookieName(joinCode), token, {
    prefix: "host",
    httpOnly: true,
    sameSite: "Lax",
    maxAge: SEVEN_DAYS,
  });
}

/** The participant token this browser keeps for the session, or "". */
export function participantCookie(c: Context, joinCode: string): string {
  return getCookie(c, participantCookieName(joinCode), "host") ?? "";
}

/** The participant this browser is in the session with, or undefined. */
export async function studentFromCookie(
  c: Context,
  db: Db,
  joinCode: string,
): Promise<ParticipantContext | undefined> {
  const token = participantCookie(c, joinCode);
  if (!token) return undefined;
  const context = await authenticateParticipant(db, token);
  return context?.session.joinCode === joinCode ? context : undefined;
}

/** The `:code` path parameter made canonical, or a 400 that says what a join code looks like. */
function joinCodeInPath(c: Context): string {
  const checked = checkJoinCode(c.req.param("code") ?? "");
  if (!checked.ok) throw new HTTPException(400, { message: checked.error });
  return checked.code;
}

/**
 * Route middleware for a student's pages (`:code` in the path): puts the participant this browser is in
 * the session with in `c.var.student`. A browser without one (a new device, a cleared cookie, a removed
 * participant) is sent to the join page; a 404 when the session itself is gone.
 */
export const studentOnly = createMiddleware<StudentEnv>(async (c, next) => {
  const joinCode = joinCodeInPath(c);
  const context = await studentFromCookie(c, c.var.db, joinCode);
  if (!context) {
    const found = await sessionByJoinCode(c.var.db, joinCode, codeGuessOf(c));
    if (!found.ok) throw httpError(found);
    return c.redirect(`/join/${joinCode}`, 303);
  }
  c.set("student", context);
  c.set("joinCode", joinCode);
  return next();
});

/**
 * Route middleware for the students' JSON API (`:joinCode` in the path, `participantToken` in the JSON
 * body, validated before this runs): puts the participant in `c.var.student`, or answers 401 / 403.
 */
export const participantFromBody = createMiddleware<StudentEnv>(async (c, next) => {
  const body: unknown = await c.req.json();
  const token =
    typeof body === "object" && body !== null && "participantToken" in body ? body.participantToken : "";
  const context = typeof token === "string" ? await authenticateParticipant(c.var.db, token) : undefined;
  if (!context) {
    throw new HTTPException(401, {
      message: "Unknown participant token. Join the session again, or rejoin with your nickname and PIN.",
    });
  }
  const joinCode = checkJoinCode(c.req.param("joinCode") ?? "");
  if (!joinCode.ok || context.session.joinCode !== joinCode.code) {
    throw new HTTPException(403, { message: "This participant token belongs to another session." });
  }
  c.set("student", context);
  c.set("joinCode", joinCode.code);
  return next();
});
