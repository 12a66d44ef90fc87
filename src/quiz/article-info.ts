import { and, eq, isNotNull } from "drizzle-orm";
import type { Span } from "../analysis/types";
import { findBundledArticle, findBundledQuestion, listBundledArticles } from "../catalog/catalog";
import type { Db } from "../db/client";
import { libraryArticles, questionSnapshots, type SessionRow } from "../db/schema";

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

/**
 * Where a reader goes after answering: a bundled article's annotated page, or a library article's text as
 * written (a library article has no public annotated page).
 */
export function readingLinkOf(article: Pick<ArticleInfo, "slug" | "textHref">): {
  href: string;
  note: string;
} {
  return isBundledSlug(article.slug)
    ? { href: `/articles/${article.slug}`, note: "the annotated article" }
    : { href: article.textHref, note: "the article as written" };
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

/** The library article id a question's slug names, or undefined for a bundled article's slug. */
export function libraryArticleIdOf(slug: string): string | undefined {
  return LIBRARY_SLUG.exec(slug)?.[1];
}

/**
 * The article a session's question is about, for that session's students and instructor: a bundled article,
 * or a library article whose questions the session uses, shared publicly or not (its teacher chose it for
 * this class). `textHref` says where this reader finds the whole text. Undefined for an article the session
 * does not use, or one deleted since (the session's questions stay; their passage goes with the text).
 */
export async function findSessionArticle(
  db: Db,
  session: Pick<SessionRow, "questionIds">,
  slug: string,
  textHref: (articleId: string) => string,
): Promise<ArticleInfo | undefined> {
  const bundled = findArticleInfo(slug);
  if (bundled) return bundled;
  const articleId = libraryArticleIdOf(slug);
  if (!articleId) return undefined;
  const [row, snapshots] = await db.batch([
    db
      .select({ title: libraryArticles.title, text: libraryArticles.text })
      .from(libraryArticles)
      .where(eq(libraryArticles.id, articleId))
      .limit(1),
    db
      .select({ id: questionSnapshots.id })
      .from(questionSnapshots)
      .where(eq(questionSnapshots.articleId, articleId)),
  ]);
  const used = new Set(session.questionIds);
  const article = row[0];
  if (!article || !snapshots.some((snapshot) => used.has(snapshot.id))) return undefined;
  return { slug, title: article.title, text: article.text, textHref: textHref(articleId) };
}

/** The passage a session's question is about, with its article (see findSessionArticle); undefined otherwise. */
export async function findSessionPassage(
  db: Db,
  session: Pick<SessionRow, "questionIds">,
  question: { articleSlug: string; passages: readonly Span[] },
  textHref: (articleId: string) => string,
) {
  const article = await findSessionArticle(db, session, question.articleSlug, textHref);
  return article && { article, passages: question.passages };
}

/** The bundled articles (seeds and practice pieces) a session's questions come from, with their titles, in order. */
export function sessionBundledArticles(
  session: Pick<SessionRow, "questionIds">,
): { slug: string; title: string }[] {
  const slugs = new Set(session.questionIds.flatMap((id) => findBundledQuestion(id)?.articleSlug ?? []));
  return listArticleTitles().filter((article) => slugs.has(article.slug));
}
