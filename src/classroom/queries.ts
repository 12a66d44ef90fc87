import { and, eq, isNull, lt, lte, max, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import {
  type AnswerRow,
  answers,
  joinCodeFailures,
  type ParticipantRow,
  participants,
  type SessionRow,
  servedQuestions,
  sessions,
} from "../db/schema";

/** The session with this join code, or undefined. */
export async function findSessionByJoinCode(db: Db, joinCode: string): Promise<SessionRow | undefined> {
  const [session] = await db.select().from(sessions).where(eq(sessions.joinCode, joinCode)).limit(1);
  return session;
}

/** What one guarded join-code lookup found, and the client's failures in the window after it. */
export interface JoinCodeLookup {
  session: SessionRow | undefined;
  /** True when this lookup was a wrong code counted as a failure (and so may be answered 404). */
  failureCounted: boolean;
  /** The client's failures in the window, this one included. */
  failures: number;
  /** When the oldest of those failures was, or null when there is none. */
  oldestFailureAt: Date | null;
}

/**
 * Looks up a join code for a client that may send at most `limit` wrong codes per `windowMs`. A right code
 * costs one statement: the session with the client's failures in the window, read together. A wrong code
 * then runs one batch: a statement that records the failure only when no session has the code and the
 * client is still under the limit (D1 runs statements one at a time, so concurrent guesses cannot all slip
 * under it), the pruning of failures older than the window (rows only grow here, so they are pruned here),
 * and the client's failures again. Each statement binds at most five parameters.
 */
export async function lookUpJoinCode(
  db: Db,
  joinCode: string,
  client: string,
  now: Date,
  limit: number,
  windowMs: number,
): Promise<JoinCodeLookup> {
  const since = now.getTime() - windowMs;
  const ofClient = sql`from ${joinCodeFailures} where client_key = ${client} and at > ${since}`;
  const failures = sql<number>`(select count(*) ${ofClient})`;
  const oldest = sql<number | null>`(select min(at) ${ofClient})`;
  const [found] = await db
    .select({ session: sessions, failures, oldest })
    .from(sessions)
    .where(eq(sessions.joinCode, joinCode))
    .limit(1);
  if (found) return { ...found, failureCounted: false, oldestFailureAt: dateOrNull(found.oldest) };
  const [counted, , tally] = await db.batch([
    db
      .insert(joinCodeFailures)
      .select(
        db
          .select({
            id: sql`null`.as("id"),
            clientKey: sql`${client}`.as("client_key"),
            at: sql`${now.getTime()}`.as("at"),
          })
          .from(sql`(select 1)`)
          .where(
            sql`not exists (select 1 from ${sessions} where ${sessions.joinCode} = ${joinCode}) and ${failures} < ${limit}`,
          ),
      )
      .returning({ id: joinCodeFailures.id }),
    db.delete(joinCodeFailures).where(lte(joinCodeFailures.at, new Date(since))),
    db.select({ failures, oldest }).from(sql`(select 1)`),
  ]);
  return {
    session: undefined,
    failureCounted: counted.length > 0,
    failures: tally[0]?.failures ?? 0,
    oldestFailureAt: dateOrNull(tally[0]?.oldest ?? null),
  };
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

/** The participant of a session with this nickname key, or undefined. */
export async function findParticipantByNickname(
  db: Db,
  sessionId: string,
  nicknameKey: string,
): Promise<ParticipantRow | undefined> {
  const [participant] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.sessionId, sessionId), eq(participants.nicknameKey, nicknameKey)))
    .limit(1);
  return participant;
}

/** The nickname keys already taken in a session. */
export async function listNicknameKeys(db: Db, sessionId: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: participants.nicknameKey })
    .from(participants)
    .where(eq(participants.sessionId, sessionId));
  return new Set(rows.map((row) => row.key));
}

/**
 * Adds a participant unless the nickname is taken in the session (UNIQUE(session_id, nickname_key)), even
 * when two students send the same nickname at the same moment. Returns false when it was taken.
 */
/** How many participants have joined the session (removed ones no longer count). */
export async function countParticipants(db: Db, sessionId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)` })
    .from(participants)
    .where(eq(participants.sessionId, sessionId));
  return row?.count ?? 0;
}

export async function insertParticipant(
  db: Db,
  participant: typeof participants.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(participants)
    .values(participant)
    .onConflictDoNothing({ target: [participants.sessionId, participants.nicknameKey] })
    .returning({ id: participants.id });
  return inserted.length > 0;
}

/** A new token for a participant resuming on another device; the old device's token stops working. */
export async function replaceParticipantToken(
  db: Db,
  participantId: string,
  tokenDigest: string,
  pinDigest: string,
): Promise<void> {
  await db
    .update(participants)
    .set({ tokenDigest, pinDigest, rejoinFailures: 0 })
    .where(eq(participants.id, participantId));
}

/**
 * Counts a rejoin attempt against the participant before its PIN is compared, in one statement (D1 runs
 * statements one at a time): of any number of concurrent attempts, at most `limit` get the PIN digest to
 * compare with. Undefined when the participant has used up their attempts (or is gone). A right PIN
 * resets the count (replaceParticipantToken).
 */
export async function claimRejoinAttempt(
  db: Db,
  participantId: string,
  limit: number,
): Promise<{ pinDigest: string } | undefined> {
  const [claimed] = await db
    .update(participants)
    .set({ rejoinFailures: sql`${participants.rejoinFailures} + 1` })
    .where(and(eq(participants.id, participantId), lt(participants.rejoinFailures, limit)))
    .returning({ pinDigest: participants.pinDigest });
  return claimed;
}

/** Lets a participant locked out by wrong PINs try again (the teacher's reset); false when nobody has that nickname. */
export async function resetRejoinFailures(db: Db, sessionId: string, nicknameKey: string): Promise<boolean> {
  const reset = await db
    .update(participants)
    .set({ rejoinFailures: 0 })
    .where(and(eq(participants.sessionId, sessionId), eq(participants.nicknameKey, nicknameKey)))
    .returning({ id: participants.id });
  return reset.length > 0;
}

export interface ParticipantContext {
  participant: ParticipantRow;
  session: SessionRow;
  /** When the participant's latest answer was stored, or null before the first answer. */
  lastAnsweredAt: Date | null;
}

/** A participant with their session and the time of their latest answer (one round trip), or undefined. */
export async function findParticipantContext(
  db: Db,
  participantId: string,
): Promise<ParticipantContext | undefined> {
  const [row] = await db
    .select({
      participant: participants,
      session: sessions,
      lastAnsweredAt: sql<
        number | null
      >`(select ${max(answers.answeredAt)} from ${answers} where ${answers.participantId} = ${participants.id})`,
    })
    .from(participants)
    .innerJoin(sessions, eq(sessions.id, participants.sessionId))
    .where(eq(participants.id, participantId))
    .limit(1);
  if (!row) return undefined;
  const last = row.lastAnsweredAt;
  return {
    participant: row.participant,
    session: row.session,
    lastAnsweredAt: last === null ? null : new Date(last),
  };
}

/** The participant's answers in the order given. */
export function listParticipantAnswers(db: Db, participantId: string): Promise<AnswerRow[]> {
  return db.select().from(answers).where(eq(answers.participantId, participantId)).orderBy(answers.id);
}

/** The participant's answer to one question, or undefined. */
export async function findAnswer(
  db: Db,
  participantId: string,
  questionId: string,
): Promise<AnswerRow | undefined> {
  const [answer] = await db
    .select()
    .from(answers)
    .where(and(eq(answers.participantId, participantId), eq(answers.questionId, questionId)))
    .limit(1);
  return answer;
}

/**
 * Notes that a question was served to the participant, unless it was before, and returns when it was
 * first served: a timed question's clock starts there and a reload or a second request never restarts it.
 */
export async function serveQuestion(
  db: Db,
  participantId: string,
  questionId: string,
  now: Date,
): Promise<Date> {
  const [, rows] = await db.batch([
    db.insert(servedQuestions).values({ participantId, questionId, servedAt: now }).onConflictDoNothing(),
    db
      .select({ servedAt: servedQuestions.servedAt })
      .from(servedQuestions)
      .where(
        and(eq(servedQuestions.participantId, participantId), eq(servedQuestions.questionId, questionId)),
      )
      .limit(1),
  ]);
  return rows[0]?.servedAt ?? now;
}

/** When the question was first served to the participant, or undefined when it never was. */
export async function findServedAt(
  db: Db,
  participantId: string,
  questionId: string,
): Promise<Date | undefined> {
  const [row] = await db
    .select({ servedAt: servedQuestions.servedAt })
    .from(servedQuestions)
    .where(and(eq(servedQuestions.participantId, participantId), eq(servedQuestions.questionId, questionId)))
    .limit(1);
  return row?.servedAt;
}

/**
 * Stores a participant's first answer to a question. A repeat (double click, retry, two tabs) changes
 * nothing: UNIQUE(participant_id, question_id) with ON CONFLICT DO NOTHING. In the same batch (one
 * transaction on D1) the participant is marked finished once every question has an answer.
 * Returns the stored row, or undefined when an answer was already there.
 */
export async function recordAnswer(
  db: Db,
  answer: typeof answers.$inferInsert,
  questionCount: number,
): Promise<AnswerRow | undefined> {
  const [inserted] = await db.batch([
    db
      .insert(answers)
      .values(answer)
      .onConflictDoNothing({ target: [answers.participantId, answers.questionId] })
      .returning(),
    db
      .update(participants)
      .set({ finishedAt: answer.answeredAt })
      .where(
        and(
          eq(participants.id, answer.participantId),
          isNull(participants.finishedAt),
          sql`(select count(*) from ${answers} where ${answers.participantId} = ${answer.participantId}) >= ${questionCount}`,
        ),
      ),
  ]);
  return inserted[0];
}
