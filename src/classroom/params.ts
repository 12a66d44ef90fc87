import type { Context } from "hono";
import { z } from "zod";
import { clientKey } from "../http/client-key";
import { checkJoinCode } from "./join-code";
import type { CodeGuess } from "./join-session";

/** A join code in a path or form: made canonical, or a 400 that says what a code looks like. */
export const joinCodeSchema = z.string().transform((value, context) => {
  const checked = checkJoinCode(value);
  if (checked.ok) return checked.code;
  context.addIssue({ code: "custom", message: checked.error });
  return z.NEVER;
});

/** The client behind a request and the time, for counting its wrong join codes. */
export function codeGuessOf(c: Context): CodeGuess {
  return { client: clientKey(c.req.raw.headers), now: new Date() };
}
