import type { Db } from "../db/client";
import type { LibraryRow } from "../db/schema";
import type { Question, Skill } from "../questions/types";
import { questionPool } from "../quiz/question-bank";
import { fail, ok, type Result } from "../result";
import { type CreatedSession, createSession } from "../sessions/create-session";
import type { SessionSettings } from "../sessions/session-settings";
import { listKeptQuestions, listLibraryArticles, recordQuestionUse, runBatch } from "./queries";
import { snapshotQuestion } from "./review";

/** A library article a session can draw on: it has questions the teacher kept. */
export interface LibraryChoice {
  id: string;
  title: string;
  kept: number;
}

/** The library's articles with kept questions, for the create-session form. */
export async function listLibraryChoices(db: Db, libraryId: string): Promise<LibraryChoice[]> {
  const articles = await listLibraryArticles(db, libraryId);
  return articles
    .filter((article) => article.kept > 0)
    .map(({ id, title, kept }) => ({ id, title, kept: Number(kept) }));
}

/** A kept question as a session records it, with the library article it came from. */
export interface LibrarySnapshot {
  articleId: string;
  question: Question;
}

/**
 * The kept questions (as snapshots) of the library articles a teacher ticked, of the chosen skills (none
 * means all). Refused without an open library, for an article not in it, or when none has a kept question.
 */
export async function libraryQuestionsFor(
  db: Db,
  library: LibraryRow | null,
  articleIds: readonly string[],
  skills: readonly Skill[],
): Promise<Result<LibrarySnapshot[]>> {
  if (articleIds.length === 0) return ok([]);
  if (!library) {
    return fail(
      400,
      "Open your library first: its articles can be used only in a browser that holds the library key.",
    );
  }
  const own = new Set((await listLibraryArticles(db, library.id)).map((article) => article.id));
  if (articleIds.some((id) => !own.has(id))) {
    return fail(
      400,
      "One of the library articles you chose is not in your library. Reload the form and choose again.",
    );
  }
  const kept = await listKeptQuestions(db, [...new Set(articleIds)]);
  const snapshots = kept
    .map((row) => ({ articleId: row.articleId, question: snapshotQuestion(row.question) }))
    .filter(({ question }) => skills.length === 0 || skills.includes(question.skill));
  if (snapshots.length === 0) {
    return fail(
      400,
      "The library articles you chose have no kept questions in those skills. Keep some questions in review, or choose more skills.",
    );
  }
  return ok(snapshots);
}

/**
 * Creates a session from the settings, with the kept questions of the library articles they name beside the
 * bundled articles ticked (none ticked with library articles means only the library's), and records in the
 * library which session used its questions. Without library articles it is `createSession` as it stands.
 */
export async function createSessionWithLibrary(
  db: Db,
  library: LibraryRow | null,
  settings: SessionSettings,
  now: Date,
): Promise<Result<CreatedSession>> {
  const chosen = await libraryQuestionsFor(db, library, settings.libraryArticles, settings.skills);
  if (!chosen.ok) return chosen;
  const snapshots = chosen.value;
  if (!library || snapshots.length === 0) return createSession(db, settings, now);
  const bundled = settings.articles.length > 0 ? questionPool(settings.articles, settings.skills) : [];
  const created = await createSession(db, settings, now, [
    ...bundled,
    ...snapshots.map((snapshot) => snapshot.question),
  ]);
  if (!created.ok) return created;
  await runBatch(
    db,
    recordQuestionUse(db, {
      libraryId: library.id,
      snapshots,
      kind: "session",
      targetId: created.value.session.id,
      title: settings.title,
      at: now,
    }),
  );
  return created;
}
