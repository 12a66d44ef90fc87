import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./app";

const FORM_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded"]);
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/;

/** No form or JSON body Byline takes comes near this (the largest, a library article, is refused above 110 KB). */
const MAX_READ_BYTES = 1024 * 1024;

const UNREADABLE_FORM =
  "The form arrived incomplete or garbled, so nothing was saved. Reload the page and send the form again.";
const UNREADABLE_JSON =
  "The request body is not valid JSON (cut off, or a missing quote or bracket?), so nothing was saved. Send one JSON object with the header Content-Type: application/json.";

/** The media type of a Content-Type header, lower case and without parameters ("multipart/form-data"). */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/**
 * Reads a form or JSON body once, before any route, so a cut-off multipart body, one without a boundary, or
 * broken JSON is a 400 a person can act on instead of an exception deep in a handler (a 500). The parsed
 * body stays in Hono's body cache, so validators and `c.req.parseBody()` read it again for free. Other
 * types (text/plain for /api/analyze) are left to their routes. A form or JSON body declared larger than
 * 1 MB is refused with 413 before it is read.
 */
export const readableBody = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD") return next();
  const type = mediaType(c.req.header("content-type"));
  if (!FORM_TYPES.has(type) && !JSON_TYPE.test(type)) return next();
  if (Number(c.req.header("content-length") ?? 0) > MAX_READ_BYTES) {
    throw new HTTPException(413, {
      message: "This request is larger than 1 MB, more than any form here takes. Send less and try again.",
    });
  }
  const form = FORM_TYPES.has(type);
  try {
    await (form ? c.req.parseBody() : c.req.json());
  } catch {
    throw new HTTPException(400, { message: form ? UNREADABLE_FORM : UNREADABLE_JSON });
  }
  return next();
});
