import type { Db } from "../db/client";
import type { ParticipantRow, SessionRow } from "../db/schema";
import { newSeed } from "../quiz/random";
import { type Failure, fail, ok, type Result } from "../result";
import { checkNickname } from "./nickname";
import { issueParticipantToken, newParticipantId, rejoinPinMatches } from "./participant-token";
import {
  claimRejoinAttempt,
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
export async function sessionByJoinCode(db: Db, joinCode: string): Promise<Result<SessionRow>> {
  const session = await findSessionByJoinCode(db, joinCode);
  if (!session) {
    return fail(404, `No session has the join code ${joinCode}. Check the code your teacher shows.`);
  }
  return ok(session);
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
): Promise<Result<Joined>> {
  const found = await sessionByJoinCode(db, joinCode);
  if (!found.ok) return found;
  const session = found.value;
  const checked = checkNickname(nicknameInput);
  if (!checked.ok) return fail(400, checked.error);
  if (pin) return rejoin(db, session, checked.nickname, checked.key, pin);
  if (session.endedAt) return fail(409, "This session has ended. Ask your teacher for a new join code.");
  if (session.locked) return fail(403, "Joining is locked for this session. Ask your teacher to unlock it.");
  if ((await countParticipants(db, session.id)) >= MAX_PARTICIPANTS) {
    return fail(
      403,
      `This session is full (${MAX_PARTICIPANTS} students). Ask your teacher for another join code.`,
    );
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
  if (!(await insertParticipant(db, participant))) return nicknameTaken(db, session.id, checked);
  return ok({ session, participant, token: issued.token, pin: issued.pin, resumed: false });
}

/**
 * The 409 for a nickname already taken. When the one taken differs by more than case and spacing (a Greek
 * or Cyrillic look-alike, say), the message names it, so the student sees why.
 */
async function nicknameTaken(
  db: Db,
  sessionId: string,
  checked: { nickname: string; key: string },
): Promise<Failure> {
  const taken = (await findParticipantByNickname(db, sessionId, checked.key))?.nickname ?? checked.nickname;
  const plain = (nickname: string) => nickname.normalize("NFKC").toLowerCase();
  const who =
    plain(taken) === plain(checked.nickname)
      ? `Someone called "${checked.nickname}" has already joined.`
      : `"${checked.nickname}" looks the same as "${taken}", who has already joined.`;
  return fail(
    409,
    `${who} Choose another nickname, or enter your rejoin PIN if it is you on another device.`,
  );
}

async function rejoin(
  db: Db,
  session: SessionRow,
  nickname: string,
  key: string,
  pin: string,
): Promise<Result<Joined>> {
  const participant = await findParticipantByNickname(db, session.id, key);
  if (!participant) {
    return fail(
      404,
      `Nobody called "${nickname}" has joined this session. Check the nickname, or leave the PIN empty to join as someone new.`,
    );
  }
  // The attempt is counted before the PIN is compared, so concurrent guesses cannot all be compared.
  const claimed = await claimRejoinAttempt(db, participant.id, MAX_REJOIN_FAILURES);
  if (!claimed) {
    return fail(
      429,
      `Too many wrong PINs for "${participant.nickname}". Ask your teacher to reset the PIN lockout on the dashboard.`,
    );
  }
  if (!(await rejoinPinMatches(participant.id, pin, claimed.pinDigest))) {
    return fail(
      403,
      `That PIN does not match "${participant.nickname}". Use the 6-digit PIN shown when you joined.`,
    );
  }
  const issued = await issueParticipantToken(participant.id);
  await replaceParticipantToken(db, participant.id, issued.tokenDigest, issued.pinDigest);
  return ok({ session, participant, token: issued.token, pin: issued.pin, resumed: true });
}
