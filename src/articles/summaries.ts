import type { ArticleAnalysis } from "../analysis/types";

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
