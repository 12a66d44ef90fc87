import { HTTPException } from "hono/http-exception";
import type { Db } from "../db/client";
import type { ParticipantRow, SessionRow } from "../db/schema";
import { newSeed } from "../quiz/random";
import { checkNickname } from "./nickname";
import { issueParticipantToken, newParticipantId, rejoinPinMatches } from "./participant-token";
import {
  addRejoinFailure,
  countParticipants,
  findParticipantByNickname,
  findSessionByJoinCode,
  insertParticipant,
  replaceParticipantToken,
} from "./queries";

/** Wrong PINs allowed per participant before rejoining with a PIN is refused. */
export const MAX_REJOIN_FAILURES = 10;

/** Ten large classes at once; beyond it a join code has leaked, and a script must not flood the roster. */
export const MAX_PARTICIPANTS = 500;

export interface Joined {
  session: SessionRow;
  participant: Pick<ParticipantRow, "id" | "nickname" | "seed">;
  token: string;
  pin: string;
  /** True when an existing participant resumed with their PIN. */
  resumed: boolean;
}

/** The session with this join code, or a 404 a student can act on. */
export async function requireSessionByJoinCode(db: Db, joinCode: string): Promise<SessionRow> {
  const session = await findSessionByJoinCode(db, joinCode);
  if (!session) {
    throw new HTTPException(404, {
      message: `No session has the join code ${joinCode}. Check the code your teacher shows.`,
    });
  }
  return session;
}

/**
 * Joins a session under a nickname, or, with a rejoin PIN, resumes as the participant who joined under that
 * nickname (a new token is issued; the old device's token stops working).
 */
export async function joinSession(
  db: Db,
  joinCode: string,
  nicknameInput: string,
  pin: string | undefined,
  now: Date,
): Promise<Joined> {
  const session = await requireSessionByJoinCode(db, joinCode);
  const checked = checkNickname(nicknameInput);
  if (!checked.ok) throw new HTTPException(400, { message: checked.error });
  if (pin) return rejoin(db, session, checked.nickname, checked.key, pin);
  if (session.endedAt)
    throw new HTTPException(409, {
      message: "This session has ended. Ask your teacher for a new join code.",
    });
  if (session.locked)
    throw new HTTPException(403, {
      message: "Joining is locked for this session. Ask your teacher to unlock it.",
    });
  if ((await countParticipants(db, session.id)) >= MAX_PARTICIPANTS) {
    throw new HTTPException(403, {
      message: `This session is full (${MAX_PARTICIPANTS} students). Ask your teacher for another join code.`,
    });
  }
  const participantId = newParticipantId();
  const issued = await issueParticipantToken(participantId);
  const participant = {
    id: participantId,
    sessionId: session.id,
    nickname: checked.nickname,
    nicknameKey: checked.key,
    tokenDigest: issued.tokenDigest,
    pinDigest: issued.pinDigest,
    seed: newSeed(),
    joinedAt: now,
  };
  if (!(await insertParticipant(db, participant))) {
    throw new HTTPException(409, {
      message: `Someone called "${checked.nickname}" has already joined. Choose another nickname, or enter your rejoin PIN if it is you on another device.`,
    });
  }
  return { session, participant, token: issued.token, pin: issued.pin, resumed: false };
}

async function rejoin(
  db: Db,
  session: SessionRow,
  nickname: string,
  key: string,
  pin: string,
): Promise<Joined> {
  const participant = await findParticipantByNickname(db, session.id, key);
  if (!participant) {
    throw new HTTPException(404, {
      message: `Nobody called "${nickname}" has joined this session. Check the nickname, or leave the PIN empty to join as someone new.`,
    });
  }
  if (participant.rejoinFailures >= MAX_REJOIN_FAILURES) {
    throw new HTTPException(429, {
      message: `Too many wrong PINs for "${participant.nickname}". Ask your teacher to remove that name, then join again.`,
    });
  }
  if (!(await rejoinPinMatches(participant.id, pin, participant.pinDigest))) {
    await addRejoinFailure(db, participant.id);
    throw new HTTPException(403, {
      message: `That PIN does not match "${participant.nickname}". Use the 6-digit PIN shown when you joined.`,
    });
  }
  const issued = await issueParticipantToken(participant.id);
  await replaceParticipantToken(db, participant.id, issued.tokenDigest, issued.pinDigest);
  return { session, participant, token: issued.token, pin: issued.pin, resumed: true };
}
