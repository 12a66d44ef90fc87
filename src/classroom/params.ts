import { z } from "zod";
import { checkJoinCode } from "./join-code";

/** A join code in a path or form: made canonical, or a 400 that says what a code looks like. */
export const joinCodeSchema = z.string().transform((value, context) => {
  const checked = checkJoinCode(value);
  if (checked.ok) return checked.code;
  context.addIssue({ code: "custom", message: checked.error });
  return z.NEVER;
});
