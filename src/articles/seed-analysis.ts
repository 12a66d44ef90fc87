import { analyzeArticle } from "../analysis/analyze-article";
import type { ArticleAnalysis } from "../analysis/types";
import { findSeedArticle, type SeedArticle } from "./seed-articles";

const analyses = new Map<string, ArticleAnalysis>();

/** The seed article with this slug and its analysis, computed once per isolate; undefined for an unknown slug. */
export function analyzeSeedArticle(
  slug: string,
): { article: SeedArticle; analysis: ArticleAnalysis } | undefined {
  const article = findSeedArticle(slug);
  if (!article) return undefined;
  let analysis = analyses.get(slug);
  if (!analysis) {
    analysis = analyzeArticle(article.text);
    analyses.set(slug, analysis);
  }
  return { article, analysis };
}
