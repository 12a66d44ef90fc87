import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { createDb, type Db } from "../db/client";
import type { Failure, Result } from "../result";
import { handleError, handleNotFound } from "./errors";
import { readableBody } from "./readable-body";
import { formsFromThisSiteOnly, securityHeaders } from "./security";

/** What every handler has in `c.var`: the drizzle client, set once per request. */
export interface AppVariables {
  db: Db;
}

/** The bindings and variables every router is typed with. */
export interface AppEnv {
  Bindings: Env;
  Variables: AppVariables;
}

/** A router for one feature, typed with the app's bindings and variables; mount it with `app.route()`. */
export function createRouter() {
  return new Hono<AppEnv>();
}

/** Puts the drizzle client in `c.var.db`, so no handler builds its own. */
const withDb = createMiddleware<AppEnv>(async (c, next) => {
  c.set("db", createDb(c.env.DB));
  await next();
});

/** The app shell: the shared middleware, the one error handler and the one not-found page. */
export function createApp() {
  const app = createRouter();
  app.use(securityHeaders);
  app.use(formsFromThisSiteOnly);
  app.use(readableBody);
  app.use(withDb);
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}

/** The value of a successful result; a refusal becomes an HTTPException for the error handler to render. */
export function valueOrThrow<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw httpError(result);
}

/** A refusal as an HTTPException (HTML page, or JSON `{ error }` under /api/); a 429 keeps its Retry-After. */
export function httpError(failure: Failure): HTTPException {
  const res =
    failure.retryAfterSeconds === undefined
      ? undefined
      : new Response(null, { headers: { "retry-after": String(failure.retryAfterSeconds) } });
  return new HTTPException(failure.status, { message: failure.message, res });
}
