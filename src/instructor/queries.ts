import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import {
  type AnswerRow,
  answers,
  type ParticipantRow,
  participants,
  type QuizRow,
  quizzes,
  type SessionRow,
  sessions,
} from "../db/schema";

/** The session with this id, or undefined. */
export async function findSessionById(db: Db, sessionId: string): Promise<SessionRow | undefined> {
  const [session] = await db.select().from(sessions).where(eq(sessions.id, sessionId)).limit(1);
  return session;
}

/** The sessions with these ids (at most a few dozen: one bound parameter each), newest first. */
export async function findSessionsByIds(db: Db, sessionIds: readonly string[]): Promise<SessionRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select()
    .from(sessions)
    .where(inArray(sessions.id, [...sessionIds]))
    .orderBy(sql`${sessions.createdAt} desc, rowid desc`);
}

/** A session's participants in join order and all their answers in the order given (one round trip). */
export async function loadSessionRows(
  db: Db,
  sessionId: string,
): Promise<{ participants: ParticipantRow[]; answers: AnswerRow[] }> {
  const [participantRows, answerRows] = await db.batch([
    db
      .select()
      .from(participants)
      .where(eq(participants.sessionId, sessionId))
      // rowid: insertion order, for students who joined in the same millisecond.
      .orderBy(asc(participants.joinedAt), sql`${participants}.rowid`),
    db.select().from(answers).where(eq(answers.sessionId, sessionId)).orderBy(asc(answers.id)),
  ]);
  return { participants: participantRows, answers: answerRows };
}

/** Locks or unlocks joining. */
export async function setJoiningLocked(db: Db, sessionId: string, locked: boolean): Promise<void> {
  await db.update(sessions).set({ locked }).where(eq(sessions.id, sessionId));
}

/** Ends the session (answers close, joining stops); ending twice keeps the first end time. */
export async function endSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: now, locked: true })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
}

/** Instructor-paced sessions: opens the next question, up to the last one, and notes when (the projector's countdown). */
export async function openNextQuestion(db: Db, session: SessionRow, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ openCount: sql`${sessions.openCount} + 1`, questionOpenedAt: now })
    .where(
      and(
        eq(sessions.id, session.id),
        isNull(sessions.endedAt),
        lt(sessions.openCount, session.questionIds.length),
      ),
    );
}

/**
 * Instructor-paced sessions: reveals the answer of the open question on the projector, which closes it (and
 * any earlier question still open) to answers. Revealing twice changes nothing.
 */
export async function revealOpenQuestion(db: Db, sessionId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revealedCount: sql`${sessions.openCount}` })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
}

/** Removes the participant with this nickname key from the session, with their answers; false when none. */
export async function removeParticipantByNickname(
  db: Db,
  sessionId: string,
  nicknameKey: string,
): Promise<boolean> {
  const theParticipant = and(
    eq(participants.sessionId, sessionId),
    eq(participants.nicknameKey, nicknameKey),
  );
  const [, removed] = await db.batch([
    db
      .delete(answers)
      .where(
        and(
          eq(answers.sessionId, sessionId),
          inArray(
            answers.participantId,
            db.select({ id: participants.id }).from(participants).where(theParticipant),
          ),
        ),
      ),
    db.delete(participants).where(theParticipant).returning({ id: participants.id }),
  ]);
  return removed.length > 0;
}

/** Nicknames per statement when removing many: two bound parameters go to the session, D1 allows 100. */
const NICKNAMES_PER_STATEMENT = 90;

/**
 * Removes the participants with these nickname keys from the session, with their answers, in one batch (one
 * transaction), however many there are; returns how many were removed.
 */
export async function removeParticipantsByNicknames(
  db: Db,
  sessionId: string,
  nicknameKeys: readonly string[],
): Promise<number> {
  const statements = chunks([...new Set(nicknameKeys)], NICKNAMES_PER_STATEMENT).flatMap((keys) => {
    const theParticipants = and(
      eq(participants.sessionId, sessionId),
      inArray(participants.nicknameKey, keys),
    );
    return [
      db
        .delete(answers)
        .where(
          inArray(
            answers.participantId,
            db.select({ id: participants.id }).from(participants).where(theParticipants),
          ),
        ),
      db.delete(participants).where(theParticipants).returning({ id: participants.id }),
    ] as const;
  });
  const [first, ...rest] = statements;
  if (!first) return 0;
  const results = await db.batch([first, ...rest]);
  // The answer deletions give a D1 result; the participant deletions give the rows they removed.
  return results.reduce((removed, rows) => removed + (Array.isArray(rows) ? rows.length : 0), 0);
}

/** Removes every participant of the session who has not answered a question yet; returns how many. */
export async function removeParticipantsWithoutAnswers(db: Db, sessionId: string): Promise<number> {
  const removed = await db
    .delete(participants)
    .where(
      and(
        eq(participants.sessionId, sessionId),
        sql`not exists (select 1 from ${answers} where ${answers.participantId} = ${participants.id})`,
      ),
    )
    .returning({ id: participants.id });
  return removed.length;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Deletes the session with every participant and answer in it (one transaction). */
export async function deleteSessionData(db: Db, sessionId: string): Promise<void> {
  await db.batch([
    db.delete(answers).where(eq(answers.sessionId, sessionId)),
    db.delete(participants).where(eq(participants.sessionId, sessionId)),
    db.delete(sessions).where(eq(sessions.id, sessionId)),
  ]);
}

/** Stores a published quiz. */
export async function insertQuiz(db: Db, quiz: typeof quizzes.$inferInsert): Promise<void> {
  await db.insert(quizzes).values(quiz);
}

/** The quizzes published from a session, newest first. */
export function listQuizzesFromSession(db: Db, sessionId: string): Promise<QuizRow[]> {
  return db
    .select()
    .from(quizzes)
    .where(eq(quizzes.sourceSessionId, sessionId))
    .orderBy(sql`${quizzes.createdAt} desc`);
}
