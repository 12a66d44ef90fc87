import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { answers, participants, type SessionRow, sessions } from "../db/schema";

/** The columns of a session its live state is made of. */
export type RoomSession = Pick<
  SessionRow,
  "id" | "pacing" | "questionIds" | "openCount" | "revealedCount" | "endedAt"
>;

const ROOM_SESSION_COLUMNS = {
  id: sessions.id,
  pacing: sessions.pacing,
  questionIds: sessions.questionIds,
  openCount: sessions.openCount,
  revealedCount: sessions.revealedCount,
  endedAt: sessions.endedAt,
};

/** The session's live columns, or undefined when it is gone. */
export async function findRoomSession(db: Db, sessionId: string): Promise<RoomSession | undefined> {
  const [row] = await db
    .select(ROOM_SESSION_COLUMNS)
    .from(sessions)
    .where(eq(sessions.id, sessionId))
    .limit(1);
  return row;
}

/** Everything a session's live state is rebuilt from, in one round trip (three statements in one batch). */
export async function loadRoomRows(db: Db, sessionId: string) {
  const [sessionRows, participantRows, answerRows] = await db.batch([
    db.select(ROOM_SESSION_COLUMNS).from(sessions).where(eq(sessions.id, sessionId)).limit(1),
    db.select({ id: participants.id }).from(participants).where(eq(participants.sessionId, sessionId)),
    db
      .select({ participantId: answers.participantId, questionId: answers.questionId })
      .from(answers)
      .where(eq(answers.sessionId, sessionId)),
  ]);
  return {
    session: sessionRows[0],
    participantIds: participantRows.map((row) => row.id),
    answers: answerRows,
  };
}
