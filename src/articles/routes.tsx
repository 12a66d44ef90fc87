import { analyzeArticle } from "../analysis/analyze-article";
import { createRouter } from "../http/app";
import { readArticleBody } from "./article-body";
import { requireAnalysedSeed } from "./require-seed";
import { listSeedAnalyses, summarizeArticle } from "./summaries";
import { ArticleIndexPage, ArticlePage } from "./views";

/** Analysis of any article, and the seed articles: listing, analysis JSON and the annotated article page. */
export const articleRoutes = createRouter();

articleRoutes.post("/api/analyze", async (c) => {
  const text = await readArticleBody(c.req.raw);
  return c.json(analyzeArticle(text));
});

articleRoutes.get("/api/articles", (c) =>
  c.json({ articles: listSeedAnalyses().map(({ slug, analysis }) => summarizeArticle(slug, analysis)) }),
);

articleRoutes.get("/api/articles/:slug/analysis", (c) => {
  const { article, analysis } = requireAnalysedSeed(c.req.param("slug"));
  return c.json({ slug: article.slug, text: article.text, ...analysis });
});

articleRoutes.get("/articles", (c) => c.html(<ArticleIndexPage articles={listSeedAnalyses()} />));

articleRoutes.get("/articles/:slug", (c) => {
  const { article, analysis } = requireAnalysedSeed(c.req.param("slug"));
  return c.html(<ArticlePage slug={article.slug} text={article.text} analysis={analysis} />);
});
