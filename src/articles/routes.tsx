import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { analyzeArticle } from "../analysis/analyze-article";
import { findBundledArticle, listBundledArticles, listBundledQuestions } from "../catalog/catalog";
import { createRouter } from "../http/app";
import { countAgainstLimit } from "../http/rate-limit";
import { requireBundledArticle } from "../http/require-article";
import { validate } from "../http/validate";
import { toPublicQuestion } from "../questions/public-question";
import { SKILLS, type Skill } from "../questions/types";
import { findPublicArticle, libraryArticleSlug } from "../quiz/article-info";
import { readArticleBody } from "./article-body";
import { summarizeArticle } from "./summaries";
import { ArticleIndexPage, ArticlePage, ArticleTextPage } from "./views";

/**
 * Analysis of any article, and the bundled articles: listing, analysis JSON, their questions as a student's
 * browser may see them, and the annotated article page.
 */
export const articleRoutes = createRouter();

articleRoutes.post("/api/analyze", async (c) => {
  const text = await readArticleBody(c.req.raw);
  await countAgainstLimit(c, "ANALYZE_LIMITER");
  return c.json(analyzeArticle(text));
});

articleRoutes.get("/api/articles", (c) =>
  c.json({
    articles: listBundledArticles().map(({ slug, analysis, collection }) => ({
      ...summarizeArticle(slug, analysis),
      collection,
    })),
  }),
);

articleRoutes.get("/api/articles/:slug/analysis", (c) => {
  const { slug, text, analysis } = requireBundledArticle(c.req.param("slug"));
  return c.json({ slug, text, ...analysis });
});

/** Empty query values count as absent: `?skill=` means any skill. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const questionQuery = z.object({
  article: optional(z.string().max(200)),
  skill: optional(
    z.enum(SKILLS as [Skill, ...Skill[]], {
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

articleRoutes.get("/api/questions", validate("query", questionQuery), (c) => {
  const { article, skill, limit } = c.req.valid("query");
  if (article && !findBundledArticle(article)) {
    throw new HTTPException(404, {
      message: `There is no article "${article}". GET /api/articles lists them.`,
    });
  }
  const questions = listBundledQuestions({ article, skill });
  return c.json({ questions: questions.slice(0, limit ?? questions.length).map(toPublicQuestion) });
});

articleRoutes.get("/articles", (c) => c.html(<ArticleIndexPage articles={listBundledArticles()} />));

articleRoutes.get("/articles/:slug", (c) => {
  const { slug, text, analysis, collection } = requireBundledArticle(c.req.param("slug"));
  return c.html(<ArticlePage slug={slug} text={text} analysis={analysis} collection={collection} />);
});

articleRoutes.get("/articles/shared/:articleId", async (c) => {
  const articleId = c.req.param("articleId");
  const article = /^[A-Za-z0-9_-]{16}$/.test(articleId)
    ? await findPublicArticle(c.var.db, libraryArticleSlug(articleId))
    : undefined;
  if (!article) {
    throw new HTTPException(404, {
      message:
        "There is no shared article at this address. Its teacher may not have published it, or deleted it.",
    });
  }
  return c.html(<ArticleTextPage slug={null} text={article.text} title={article.title} />);
});

articleRoutes.get("/articles/:slug/text", (c) => {
  const { slug, text, analysis, collection } = requireBundledArticle(c.req.param("slug"));
  return c.html(
    <ArticleTextPage slug={slug} text={text} title={analysis.meta.title ?? slug} collection={collection} />,
  );
});
