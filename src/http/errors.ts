import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorPage } from "../views/error-page";

/** True for requests whose answers are JSON (everything under /api/). */
export function isApiRequest(c: Context): boolean {
  return new URL(c.req.url).pathname.startsWith("/api/");
}

/** The one error handler: HTTPException messages are shown to the user; anything else is logged and hidden. */
export function handleError(error: Error, c: Context): Response | Promise<Response> {
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const retryAfter = error.res?.headers.get("retry-after");
    if (retryAfter) c.header("retry-after", retryAfter);
    if (isApiRequest(c)) return c.json({ error: error.message }, status);
    return c.html(ErrorPage({ status, message: error.message }), status);
  }
  console.error(error);
  const message = "Something went wrong on our side. Please try again.";
  if (isApiRequest(c)) return c.json({ error: message }, 500);
  return c.html(ErrorPage({ status: 500, message }), 500);
}

/** 404 for unknown routes, in the same two shapes. */
export function handleNotFound(c: Context): Response | Promise<Response> {
  const message = `Nothing here: ${new URL(c.req.url).pathname}`;
  if (isApiRequest(c)) return c.json({ error: message }, 404);
  return c.html(ErrorPage({ status: 404, message }), 404);
}
