import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { ArticleAnalysis } from "../analysis/types";
import type { Db } from "../db/client";
import {
  type LibraryArticleRow,
  type LibraryQuestionRow,
  type LibraryRow,
  libraries,
  libraryArticles,
  libraryArticleUses,
  libraryEdits,
  libraryQuestions,
  questionSnapshots,
  quizzes,
  type SessionRow,
  sessions,
} from "../db/schema";
import type { Question } from "../questions/types";
import type { EngineWork } from "./engine";

type Statement = BatchItem<"sqlite">;
type EditAction = (typeof libraryEdits.$inferInsert)["action"];

/** D1 binds at most 100 parameters per statement: question rows have 7 columns, so 12 rows per insert. */
const QUESTION_ROWS_PER_INSERT = 12;

/** Runs statements as one D1 batch (one transaction); nothing to run is no round trip. */
export async function runBatch(db: Db, statements: readonly Statement[]): Promise<void> {
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

/** Stores a new library under the digest of its key. */
export async function insertLibrary(db: Db, library: LibraryRow): Promise<void> {
  await db.insert(libraries).values(library);
}

/** The library with this id, or undefined. */
export async function findLibrary(db: Db, libraryId: string): Promise<LibraryRow | undefined> {
  const [library] = await db.select().from(libraries).where(eq(libraries.id, libraryId)).limit(1);
  return library;
}

export interface ArticleSummary {
  id: string;
  title: string;
  engineVersion: string;
  shared: boolean;
  createdAt: Date;
  kept: number;
  dropped: number;
  pending: number;
}

/** A library's articles, newest first, with how many of their questions are kept, dropped or still to review. */
export async function listLibraryArticles(db: Db, libraryId: string): Promise<ArticleSummary[]> {
  const rows = await db
    .select({
      id: libraryArticles.id,
      title: libraryArticles.title,
      engineVersion: libraryArticles.engineVersion,
      shareConfirmedAt: libraryArticles.shareConfirmedAt,
      createdAt: libraryArticles.createdAt,
      kept: sql<number>`coalesce(sum(${libraryQuestions.status} = 'kept'), 0)`,
      dropped: sql<number>`coalesce(sum(${libraryQuestions.status} = 'dropped'), 0)`,
      pending: sql<number>`coalesce(sum(${libraryQuestions.status} = 'pending'), 0)`,
    })
    .from(libraryArticles)
    .leftJoin(libraryQuestions, eq(libraryQuestions.articleId, libraryArticles.id))
    .where(eq(libraryArticles.libraryId, libraryId))
    .groupBy(libraryArticles.id)
    .orderBy(desc(libraryArticles.createdAt), desc(sql`${libraryArticles}.rowid`));
  return rows.map(({ shareConfirmedAt, ...row }) => ({ ...row, shared: shareConfirmedAt !== null }));
}

/** The sessions and published quizzes that used each of these articles, newest first. */
export async function listArticleUses(db: Db, articleIds: readonly string[]) {
  if (articleIds.length === 0) return [];
  return db
    .select()
    .from(libraryArticleUses)
    .where(inArray(libraryArticleUses.articleId, [...articleIds]))
    .orderBy(desc(libraryArticleUses.at), desc(libraryArticleUses.id));
}

/** The article with this id in this library (never another library's), or undefined. */
export async function findLibraryArticle(
  db: Db,
  libraryId: string,
  articleId: string,
): Promise<LibraryArticleRow | undefined> {
  const [article] = await db
    .select()
    .from(libraryArticles)
    .where(and(eq(libraryArticles.id, articleId), eq(libraryArticles.libraryId, libraryId)))
    .limit(1);
  return article;
}

/** An article's questions in the order they were built. */
export async function listArticleQuestions(db: Db, articleId: string): Promise<LibraryQuestionRow[]> {
  return db
    .select()
    .from(libraryQuestions)
    .where(eq(libraryQuestions.articleId, articleId))
    .orderBy(asc(libraryQuestions.position));
}

/** Every kept question of these articles, in article and build order. */
export async function listKeptQuestions(
  db: Db,
  articleIds: readonly string[],
): Promise<LibraryQuestionRow[]> {
  if (articleIds.length === 0) return [];
  return db
    .select()
    .from(libraryQuestions)
    .where(and(inArray(libraryQuestions.articleId, [...articleIds]), eq(libraryQuestions.status, "kept")))
    .orderBy(asc(libraryQuestions.articleId), asc(libraryQuestions.position));
}

/**
 * The engine version an article carries between its analysis and its questions: its analysis is stored
 * whole and the next request for the article's page builds its questions.
 */
export const QUESTIONS_NOT_BUILT = "";

/**
 * The engine version an article carries while its analysis or questions are under way, a step per request
 * (a 2,000-word article's analysis and questions together are several times the Workers Free plan's 10 ms
 * of CPU per request; see docs/performance.md): its analysis column holds the work so far (`EngineWork`).
 */
export const ENGINE_AT_WORK = "~";

/** The work under way on an article, or null once its questions are built. */
export function engineWorkOf(article: LibraryArticleRow): EngineWork | null {
  if (article.engineVersion === ENGINE_AT_WORK) return article.analysis as EngineWork;
  if (article.engineVersion === QUESTIONS_NOT_BUILT)
    return { step: "questions", analysis: article.analysis as ArticleAnalysis, queues: [] };
  return null;
}

/** The columns that store work under way: a finished analysis with no question built yet is stored as it is. */
function storedWork(work: EngineWork): { analysis: unknown; engineVersion: string } {
  return work.step === "questions" && work.queues.length === 0
    ? { analysis: work.analysis, engineVersion: QUESTIONS_NOT_BUILT }
    : { analysis: work, engineVersion: ENGINE_AT_WORK };
}

/**
 * Stores the next step's work on an article, unless another request for its page has finished the work
 * meanwhile (its engine version is then no longer `from`).
 */
export async function storeEngineWork(
  db: Db,
  articleId: string,
  from: string,
  work: EngineWork,
  at: Date,
): Promise<void> {
  await db
    .update(libraryArticles)
    .set({ ...storedWork(work), updatedAt: at })
    .where(and(eq(libraryArticles.id, articleId), eq(libraryArticles.engineVersion, from)));
}

function insertQuestionRows(
  db: Db,
  articleId: string,
  questions: readonly NewQuestion[],
  now: Date,
): Statement[] {
  const statements: Statement[] = [];
  for (let from = 0; from < questions.length; from += QUESTION_ROWS_PER_INSERT) {
    const rows = questions.slice(from, from + QUESTION_ROWS_PER_INSERT).map((item) => ({
      id: item.question.id,
      articleId,
      position: item.position,
      status: "pending" as const,
      question: item.question,
      engineVersion: item.engineVersion,
      updatedAt: now,
    }));
    // Two requests for a page may build the same questions at once: the same ids, stored once.
    statements.push(db.insert(libraryQuestions).values(rows).onConflictDoNothing());
  }
  return statements;
}

interface NewQuestion {
  question: Question;
  position: number;
  engineVersion: string;
}

/** Stores an article and the work on it so far; the next requests for its page go on with it. */
export async function insertLibraryArticle(
  db: Db,
  { work, ...article }: { id: string; libraryId: string; title: string; text: string; work: EngineWork },
  now: Date,
): Promise<void> {
  await db.insert(libraryArticles).values({
    ...article,
    ...storedWork(work),
    shareConfirmedAt: null,
    createdAt: now,
    updatedAt: now,
  });
}

function logEdit(
  db: Db,
  edit: { articleId: string; questionId: string | null; editor: string; action: EditAction; at: Date } & {
    changes?: Record<string, { before: unknown; after: unknown }>;
  },
): Statement {
  return db.insert(libraryEdits).values({ ...edit, changes: edit.changes ?? null });
}

/** Keeps or drops a question, or stores its edited form (which also keeps it), with the edit logged. */
export async function reviewQuestion(
  db: Db,
  review: {
    articleId: string;
    questionId: string;
    editor: string;
    action: "keep" | "drop" | "edit";
    question?: Question;
    changes?: Record<string, { before: unknown; after: unknown }>;
    at: Date;
  },
): Promise<void> {
  const status = review.action === "drop" ? "dropped" : "kept";
  const update = db
    .update(libraryQuestions)
    .set({
      status,
      updatedAt: review.at,
      ...(review.question ? { question: review.question, edited: true } : {}),
    })
    .where(and(eq(libraryQuestions.id, review.questionId), eq(libraryQuestions.articleId, review.articleId)));
  await db.batch([update, logEdit(db, { ...review, questionId: review.questionId })]);
}

/** Renames an article, logged. */
export async function renameLibraryArticle(
  db: Db,
  articleId: string,
  title: string,
  editor: string,
  at: Date,
): Promise<void> {
  const [before] = await db
    .select({ title: libraryArticles.title })
    .from(libraryArticles)
    .where(eq(libraryArticles.id, articleId));
  await db.batch([
    db.update(libraryArticles).set({ title, updatedAt: at }).where(eq(libraryArticles.id, articleId)),
    logEdit(db, {
      articleId,
      questionId: null,
      editor,
      action: "rename",
      changes: { title: { before: before?.title ?? null, after: title } },
      at,
    }),
  ]);
}

/**
 * Deletes an article with its questions and edit log. Sessions and quizzes that used it keep their questions:
 * those live on as snapshots, which are not deleted.
 */
export async function deleteLibraryArticle(db: Db, articleId: string): Promise<void> {
  await db.delete(libraryArticles).where(eq(libraryArticles.id, articleId));
}

/**
 * Re-analysis after an engine upgrade: the new analysis's first step replaces the old analysis, logged; the
 * next requests for the article's page go on with it and build the questions again (storeBuiltQuestions).
 */
export async function replaceArticleAnalysis(
  db: Db,
  article: LibraryArticleRow,
  work: EngineWork,
  change: { editor: string; engineVersion: string; at: Date },
): Promise<void> {
  await db.batch([
    db
      .update(libraryArticles)
      .set({ ...storedWork(work), updatedAt: change.at })
      .where(eq(libraryArticles.id, article.id)),
    logEdit(db, {
      articleId: article.id,
      questionId: null,
      editor: change.editor,
      action: "reanalyse",
      changes: { engineVersion: { before: article.engineVersion, after: change.engineVersion } },
      at: change.at,
    }),
  ]);
}

/**
 * Stores the questions built from an article's analysis: questions the teacher kept, dropped or edited stay
 * as reviewed; questions still pending are replaced by the new ones, and new questions are added as pending
 * after the others. Returns how many were added and how many reviewed ones were kept as they were.
 */
export async function storeBuiltQuestions(
  db: Db,
  articleId: string,
  built: { analysis: ArticleAnalysis; questions: readonly Question[]; engineVersion: string },
  at: Date,
): Promise<{ added: number; kept: number }> {
  const existing = await listArticleQuestions(db, articleId);
  const reviewed = existing.filter((row) => row.status !== "pending");
  const reviewedIds = new Set(reviewed.map((row) => row.id));
  const start = existing.reduce((max, row) => Math.max(max, row.position + 1), 0);
  const fresh = built.questions
    .filter((question) => !reviewedIds.has(question.id))
    .map((question, index) => ({ question, position: start + index, engineVersion: built.engineVersion }));
  await db.batch([
    db
      .delete(libraryQuestions)
      .where(and(eq(libraryQuestions.articleId, articleId), eq(libraryQuestions.status, "pending"))),
    db
      .update(libraryArticles)
      .set({ analysis: built.analysis, engineVersion: built.engineVersion, updatedAt: at })
      .where(eq(libraryArticles.id, articleId)),
    ...insertQuestionRows(db, articleId, fresh, at),
  ]);
  return { added: fresh.length, kept: reviewed.length };
}

/** The edit log of an article, newest first. */
export async function listArticleEdits(db: Db, articleId: string) {
  return db
    .select()
    .from(libraryEdits)
    .where(eq(libraryEdits.articleId, articleId))
    .orderBy(desc(libraryEdits.at), desc(libraryEdits.id));
}

/** Snapshot rows (5 columns: 20 per statement) and the use of each article, to go into a caller's batch. */
export function recordQuestionUse(
  db: Db,
  use: {
    libraryId: string;
    snapshots: readonly { articleId: string; question: Question }[];
    kind: "session" | "quiz";
    targetId: string;
    title: string;
    at: Date;
  },
): Statement[] {
  const statements: Statement[] = [];
  for (let from = 0; from < use.snapshots.length; from += 20) {
    const rows = use.snapshots.slice(from, from + 20).map(({ articleId, question }) => ({
      id: question.id,
      libraryId: use.libraryId,
      articleId,
      question,
      createdAt: use.at,
    }));
    statements.push(db.insert(questionSnapshots).values(rows).onConflictDoNothing());
  }
  const articleIds = [...new Set(use.snapshots.map((snapshot) => snapshot.articleId))];
  for (const articleId of articleIds) {
    statements.push(
      db.insert(libraryArticleUses).values({
        articleId,
        kind: use.kind,
        targetId: use.targetId,
        title: use.title,
        at: use.at,
      }),
    );
  }
  return statements;
}

/** The snapshot questions with these ids (at most 90 per call: one bound parameter each). */
export async function findQuestionSnapshots(db: Db, ids: readonly string[]): Promise<Question[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ question: questionSnapshots.question })
    .from(questionSnapshots)
    .where(inArray(questionSnapshots.id, [...ids]));
  return rows.map((row) => row.question);
}

/** A published quiz of snapshot questions, to go into a caller's batch. */
export function insertQuizOf(
  db: Db,
  quiz: { id: string; title: string; questionIds: string[]; at: Date },
): Statement {
  return db.insert(quizzes).values({
    id: quiz.id,
    title: quiz.title,
    questionIds: quiz.questionIds,
    sourceSessionId: null,
    createdAt: quiz.at,
  });
}

/** Marks that the teacher confirmed they may share the article's text publicly. */
export function confirmSharing(db: Db, articleId: string, editor: string, at: Date): Statement[] {
  return [
    db.update(libraryArticles).set({ shareConfirmedAt: at }).where(eq(libraryArticles.id, articleId)),
    logEdit(db, { articleId, questionId: null, editor, action: "publish", at }),
  ];
}

/** A session's instructor key digest and question ids, for adding its articles to a library; undefined if none. */
export async function findSessionKeyAndQuestions(
  db: Db,
  sessionId: string,
): Promise<Pick<SessionRow, "instructorKeyDigest" | "questionIds"> | undefined> {
  const [row] = await db
    .select({ instructorKeyDigest: sessions.instructorKeyDigest, questionIds: sessions.questionIds })
    .from(sessions)
    .where(eq(sessions.id, sessionId))
    .limit(1);
  return row;
}
