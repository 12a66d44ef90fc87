import { and, eq, isNotNull } from "drizzle-orm";
import type { Span } from "../analysis/types";
import { findBundledArticle, listBundledArticles } from "../catalog/catalog";
import type { Db } from "../db/client";
import { libraryArticles } from "../db/schema";

export interface ArticleInfo {
  slug: string;
  title: string;
  text: string;
  /** Where the whole article reads as written, without annotations. */
  textHref: string;
}

/** The bundled article's slug, title and text, or undefined for an unknown slug. */
export function findArticleInfo(slug: string): ArticleInfo | undefined {
  const found = findBundledArticle(slug);
  return (
    found && {
      slug,
      title: found.analysis.meta.title ?? slug,
      text: found.text,
      textHref: `/articles/${slug}/text`,
    }
  );
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

/** The slug library questions carry: one per article, never a seed's. */
export function libraryArticleSlug(articleId: string): string {
  return `library-${articleId}`;
}

const LIBRARY_SLUG = /^library-([A-Za-z0-9_-]{16})$/;

/** Where a shared library article's text reads publicly. */
export function sharedArticleHref(articleId: string): string {
  return `/articles/shared/${articleId}`;
}

/**
 * The article a question is about, for anyone: a bundled article, or a library article whose teacher
 * confirmed it may be shared publicly (as publishing a quiz asks). A private library article is undefined.
 */
export async function findPublicArticle(db: Db, slug: string): Promise<ArticleInfo | undefined> {
  const bundled = findArticleInfo(slug);
  if (bundled) return bundled;
  const articleId = LIBRARY_SLUG.exec(slug)?.[1];
  if (!articleId) return undefined;
  const [row] = await db
    .select({ title: libraryArticles.title, text: libraryArticles.text })
    .from(libraryArticles)
    .where(and(eq(libraryArticles.id, articleId), isNotNull(libraryArticles.shareConfirmedAt)))
    .limit(1);
  return row && { slug, title: row.title, text: row.text, textHref: sharedArticleHref(articleId) };
}

/** The passage a question is about with its article, bundled or shared from a library; undefined otherwise. */
export async function findPublicPassage(
  db: Db,
  question: { articleSlug: string; passages: readonly Span[] },
) {
  const article = await findPublicArticle(db, question.articleSlug);
  return article && { article, passages: question.passages };
}
