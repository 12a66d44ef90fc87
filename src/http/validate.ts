import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";

/** Zod's issues as one sentence a person can act on: "title: Give the session a title. questionCount: …". */
export function describeProblems(
  issues: readonly z.core.$ZodIssue[],
  fieldLabels: Readonly<Record<string, string>> = {},
): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const field = issue.path.map(String).join(".");
    const name = fieldLabels[field] ?? field;
    return name ? `${name}: ${issue.message}` : issue.message;
  });
  return parts.join(" ");
}

/**
 * Validates one part of the request (json, query, param, form) with a zod schema. On failure it throws a
 * 400 whose message names each bad field, which the app's error handler renders as `{ error }` under /api/.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const contentType = c.req.header("content-type") ?? "";
    if (target === "json" && !/^application\/([\w.-]+\+)?json\b/i.test(contentType)) {
      throw new HTTPException(415, {
        message: "Send the body as JSON with the header Content-Type: application/json.",
      });
    }
    throw new HTTPException(400, { message: describeProblems(result.error.issues) });
  });
}
