import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import {
  type AttemptAnswerRow,
  type AttemptRow,
  attemptAnswers,
  attempts,
  type QuizRow,
  quizzes,
} from "../db/schema";

/** Stores a new public quiz attempt. */
export async function insertAttempt(db: Db, attempt: typeof attempts.$inferInsert): Promise<void> {
  await db.insert(attempts).values(attempt);
}

/** The attempt and its answers (one round trip), or undefined for an unknown attempt id. */
export async function findAttemptWithAnswers(
  db: Db,
  attemptId: string,
): Promise<{ attempt: AttemptRow; answers: AttemptAnswerRow[] } | undefined> {
  const [found, answers] = await db.batch([
    db.select().from(attempts).where(eq(attempts.id, attemptId)).limit(1),
    db
      .select()
      .from(attemptAnswers)
      .where(eq(attemptAnswers.attemptId, attemptId))
      .orderBy(attemptAnswers.id),
  ]);
  const attempt = found[0];
  return attempt ? { attempt, answers } : undefined;
}

/** Notes that a question is on screen, unless it already was: its response time runs from the first showing. */
export async function markAttemptQuestionShown(
  db: Db,
  attemptId: string,
  questionId: string,
  now: Date,
): Promise<void> {
  await db
    .update(attempts)
    .set({ shownQuestionId: questionId, shownAt: now })
    .where(
      and(
        eq(attempts.id, attemptId),
        or(isNull(attempts.shownQuestionId), ne(attempts.shownQuestionId, questionId)),
      ),
    );
}

/**
 * Stores the first answer to a question of an attempt; a repeat changes nothing (UNIQUE(attempt_id,
 * question_id) with ON CONFLICT DO NOTHING). Marks the attempt finished when every question is answered.
 * Returns true when this call stored the answer.
 */
export async function recordAttemptAnswer(
  db: Db,
  answer: typeof attemptAnswers.$inferInsert,
  questionCount: number,
): Promise<boolean> {
  const [inserted] = await db.batch([
    db
      .insert(attemptAnswers)
      .values(answer)
      .onConflictDoNothing({ target: [attemptAnswers.attemptId, attemptAnswers.questionId] })
      .returning({ id: attemptAnswers.id }),
    db
      .update(attempts)
      .set({ finishedAt: answer.answeredAt })
      .where(
        and(
          eq(attempts.id, answer.attemptId),
          isNull(attempts.finishedAt),
          sql`(select count(*) from ${attemptAnswers} where ${attemptAnswers.attemptId} = ${answer.attemptId}) >= ${questionCount}`,
        ),
      ),
  ]);
  return inserted.length > 0;
}

/** A published quiz, or undefined. */
export async function findQuiz(db: Db, quizId: string): Promise<QuizRow | undefined> {
  const [quiz] = await db.select().from(quizzes).where(eq(quizzes.id, quizId)).limit(1);
  return quiz;
}
