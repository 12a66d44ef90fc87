import type { ArticleAnalysis } from "../analysis/types";
import { findAnalysedSeed } from "./seed-analysis";
import { SEED_ARTICLES } from "./seed-articles";

/** What a list of articles shows about each one. */
export interface ArticleSummary {
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published: string | null;
}

/** The summary of an analysed article; an article without a title line is named by its slug. */
export function summarizeArticle(slug: string, analysis: ArticleAnalysis): ArticleSummary {
  const { title, author, publisher, published } = analysis.meta;
  return { slug, title: title ?? slug, author, publisher, published };
}

/** Every seed article with its analysis, in the order of the original corpus. */
export function listSeedAnalyses(): { slug: string; analysis: ArticleAnalysis }[] {
  return SEED_ARTICLES.flatMap((article) => {
    const found = findAnalysedSeed(article.slug);
    return found ? [{ slug: article.slug, analysis: found.analysis }] : [];
  });
}
