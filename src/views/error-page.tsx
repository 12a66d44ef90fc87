import { Page } from "./layout";

/** A plain page that says what went wrong and how to go on. */
export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <Page title={`Error ${status}`}>
      <h1>Sorry — {status === 404 ? "not found" : "that did not work"}</h1>
      <p class="alert" role="alert">
        {message}
      </p>
      <p>
        <a href="/">Back to the start</a> · <a href="/articles">All articles</a>
      </p>
    </Page>
  );
}
