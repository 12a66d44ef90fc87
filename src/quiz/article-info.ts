import { findAnalysedSeed } from "../articles/seed-analysis";
import { SEED_ARTICLES } from "../articles/seed-articles";

export interface ArticleInfo {
  slug: string;
  title: string;
  text: string;
}

/** The seed article's slug, title and text (analysis cached per isolate), or undefined for an unknown slug. */
export function findArticleInfo(slug: string): ArticleInfo | undefined {
  const found = findAnalysedSeed(slug);
  if (!found) return undefined;
  return { slug, title: found.analysis.meta.title ?? slug, text: found.article.text };
}

/** Every seed article's slug and title, in corpus order, for pickers. */
export function listArticleTitles(): { slug: string; title: string }[] {
  return SEED_ARTICLES.map((article) => ({
    slug: article.slug,
    title: findArticleInfo(article.slug)?.title ?? article.slug,
  }));
}

/** True when the slug names a seed article. */
export function isSeedSlug(slug: string): boolean {
  return SEED_ARTICLES.some((article) => article.slug === slug);
}
