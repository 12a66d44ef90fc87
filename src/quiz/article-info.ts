import type { Span } from "../analysis/types";
import { findBundledArticle, listBundledArticles } from "../catalog/catalog";

export interface ArticleInfo {
  slug: string;
  title: string;
  text: string;
}

/** The bundled article's slug, title and text, or undefined for an unknown slug. */
export function findArticleInfo(slug: string): ArticleInfo | undefined {
  const found = findBundledArticle(slug);
  return found && { slug, title: found.analysis.meta.title ?? slug, text: found.text };
}

/** Every bundled article's slug and title, in catalogue order, for pickers; a practice piece's title says so. */
export function listArticleTitles(): { slug: string; title: string }[] {
  return listBundledArticles().map(({ slug, analysis, collection }) => {
    const title = analysis.meta.title ?? slug;
    return { slug, title: collection === "practice" ? `${title} (practice piece)` : title };
  });
}

/** True when the slug names a bundled article. */
export function isBundledSlug(slug: string): boolean {
  return findBundledArticle(slug) !== undefined;
}

/** The article and passages a question is about, for the question page; undefined for an unknown article. */
export function passageOf(question: { articleSlug: string; passages: readonly Span[] }) {
  const article = findArticleInfo(question.articleSlug);
  return article && { article, passages: question.passages };
}
