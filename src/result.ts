/**
 * What a domain service (join a session, record an answer, create a session) returns: the value, or why
 * it failed with the HTTP status that fits and a message a person can act on. Services never throw for
 * a refusal; a route decides whether to re-render a form or let the error handler answer.
 */
export type Result<T> = { ok: true; value: T } | Failure;

export interface Failure {
  ok: false;
  status: FailureStatus;
  message: string;
  /** A 429's wait before trying again, sent as `Retry-After`. */
  retryAfterSeconds?: number;
}

/** The statuses a refusal may carry (all 4xx). */
export type FailureStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A refusal with its status and message. */
export function fail(status: FailureStatus, message: string): Failure {
  return { ok: false, status, message };
}

/** A 429: the client has used up a limit and may try again after `retryAfterSeconds`. */
export function tooManyRequests(message: string, retryAfterSeconds: number): Failure {
  return { ok: false, status: 429, message, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) };
}
