import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { requireAnalysedSeed } from "../articles/require-seed";
import { findAnalysedSeed } from "../articles/seed-analysis";
import { createRouter } from "../http/app";
import { validate } from "../http/validate";
import { secretMatchesDigest, sha256Hex } from "../security/secrets";
import { listSeedQuestions, toPublicQuestion } from "./catalog";
import { SKILLS } from "./types";
import { PreviewKeyPage, QuestionPreviewPage } from "./views";

/** The question bank: public questions for students' browsers, and the instructor's preview with answers. */
export const questionRoutes = createRouter();

/** Empty query values count as absent: `?skill=` means any skill. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const questionQuery = z.object({
  article: optional(z.string().max(200)),
  skill: optional(
    z.enum(SKILLS as [string, ...string[]], {
      error: `Use one of the skills: ${SKILLS.join(", ")}.`,
    }),
  ),
  limit: optional(
    z
      .string()
      .regex(/^\d+$/, "Give limit as a whole number from 1 to 100.")
      .transform(Number)
      .pipe(z.number().int().min(1, "limit must be at least 1.").max(100, "limit can be at most 100.")),
  ),
});

questionRoutes.get("/api/questions", validate("query", questionQuery), (c) => {
  const { article, skill, limit } = c.req.valid("query");
  if (article && !findAnalysedSeed(article)) {
    throw new HTTPException(404, {
      message: `There is no article "${article}". GET /api/articles lists them.`,
    });
  }
  const questions = listSeedQuestions({ article, skill: skill as (typeof SKILLS)[number] | undefined });
  return c.json({ questions: questions.slice(0, limit ?? questions.length).map(toPublicQuestion) });
});

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

questionRoutes.get("/articles/:slug/questions", async (c) => {
  const { article, analysis } = requireAnalysedSeed(c.req.param("slug"));
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
      title={analysis.meta.title ?? article.slug}
      text={article.text}
      questions={listSeedQuestions({ article: article.slug })}
    />,
  );
});

questionRoutes.post("/articles/:slug/questions", async (c) => {
  const { article } = requireAnalysedSeed(c.req.param("slug"));
  const form = await c.req.parseBody();
  const key = typeof form.key === "string" ? form.key.trim() : "";
  if (!key) return c.html(<PreviewKeyPage slug={article.slug} wrongKey={false} />, 401);
  if (!(await previewKeyMatches(key, c.env.PREVIEW_SECRET))) {
    return c.html(<PreviewKeyPage slug={article.slug} wrongKey={true} />, 403);
  }
  rememberPreviewKey(c, key);
  return c.redirect(`/articles/${article.slug}/questions`, 303);
});
