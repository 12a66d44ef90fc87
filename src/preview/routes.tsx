import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { createRouter } from "../http/app";
import { requireBundledArticle } from "../http/require-article";
import { secretMatchesDigest, sha256Hex } from "../security/secrets";
import { PreviewKeyPage, PreviewOffPage, QuestionPreviewPage } from "./views";

/** The instructor's preview of an article's questions with their answers, behind the preview key. */
export const previewRoutes = createRouter();

const PREVIEW_COOKIE = "byline-preview";

/** The preview key a request carries: `Authorization: Bearer`, `?key=`, or the cookie set earlier. */
function readPreviewKey(c: Context): { key: string | null; fromQuery: boolean } {
  const bearer = /^Bearer[ ]+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
  if (bearer) return { key: bearer, fromQuery: false };
  const query = c.req.query("key");
  if (query) return { key: query, fromQuery: true };
  return { key: getCookie(c, PREVIEW_COOKIE, "host") ?? null, fromQuery: false };
}

/** Compares SHA-256 digests in constant time; a missing secret refuses everyone. */
async function previewKeyMatches(key: string, secret: string | undefined): Promise<boolean> {
  if (!secret || key.length > 200) return false;
  return secretMatchesDigest(key, await sha256Hex(secret));
}

/** Keeps the key in a `__Host-` cookie (HttpOnly, Secure, SameSite=Strict) so the URL can drop it. */
function rememberPreviewKey(c: Context, key: string): void {
  setCookie(c, PREVIEW_COOKIE, key, {
    prefix: "host",
    httpOnly: true,
    sameSite: "Strict",
    maxAge: 60 * 60 * 12,
  });
}

/**
 * No preview without a secret: a deploy that skipped `wrangler secret put PREVIEW_SECRET` (or a local run
 * without .dev.vars) answers 503 and says how to set one, instead of asking for a key nobody can have.
 */
previewRoutes.use("/articles/:slug/questions", async (c, next) => {
  if (!c.env.PREVIEW_SECRET) return c.html(<PreviewOffPage />, 503);
  return next();
});

previewRoutes.get("/articles/:slug/questions", async (c) => {
  const article = requireBundledArticle(c.req.param("slug"));
  const { key, fromQuery } = readPreviewKey(c);
  if (!key) return c.html(<PreviewKeyPage slug={article.slug} wrongKey={false} />, 401);
  if (!(await previewKeyMatches(key, c.env.PREVIEW_SECRET))) {
    return c.html(<PreviewKeyPage slug={article.slug} wrongKey={true} />, 403);
  }
  if (fromQuery) {
    // Move the key from the URL (history, logs, Referer) into the cookie.
    rememberPreviewKey(c, key);
    return c.redirect(`/articles/${article.slug}/questions`, 303);
  }
  c.header("Cache-Control", "private, no-store");
  return c.html(
    <QuestionPreviewPage
      slug={article.slug}
      title={article.analysis.meta.title ?? article.slug}
      text={article.text}
      questions={article.questions}
    />,
  );
});

previewRoutes.post("/articles/:slug/questions", async (c) => {
  const article = requireBundledArticle(c.req.param("slug"));
  const form = await c.req.parseBody();
  const key = typeof form.key === "string" ? form.key.trim() : "";
  if (!key) return c.html(<PreviewKeyPage slug={article.slug} wrongKey={false} />, 401);
  if (!(await previewKeyMatches(key, c.env.PREVIEW_SECRET))) {
    return c.html(<PreviewKeyPage slug={article.slug} wrongKey={true} />, 403);
  }
  rememberPreviewKey(c, key);
  return c.redirect(`/articles/${article.slug}/questions`, 303);
});
