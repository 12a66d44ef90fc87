import type { Child } from "hono/jsx";

/** The status notice and the error message shown above a form; the error's id lets the form point at it. */
export function FormMessages({ notice, error, errorId }: { notice?: Child; error?: Child; errorId: string }) {
  return (
    <>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p class="alert" role="alert" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
