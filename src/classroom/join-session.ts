import type { Db } from "../db/client";
import type { ParticipantRow, SessionRow } from "../db/schema";
import { newSeed } from "../quiz/random";
import { type Failure, fail, ok, type Result, tooManyRequests } from "../result";
import { checkNickname } from "./nickname";
import { issueParticipantToken, newParticipantId, rejoinPinMatches } from "./participant-token";
import {
  claimRejoinAttempt,
  countParticipants,
  findParticipantByNickname,
  insertParticipant,
  lookUpJoinCode,
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

/** Wrong join codes answered per client in any hour (ASVS 2.2.1); after them every lookup is refused until some age out. */
export const MAX_JOIN_CODE_FAILURES = 100;
export const JOIN_CODE_FAILURE_WINDOW_MS = 60 * 60 * 1000;

/** Who is looking a join code up, and when: their wrong codes are counted against them. */
export interface CodeGuess {
  /** The client key (see clientKey in src/http/client-key.ts). */
  client: string;
  now: Date;
}

/**
 * The session with this join code, or a 404 a student can act on. Each wrong code counts against the
 * client; once 100 are counted within an hour, every lookup from that client (even with a right code, so a
 * guesser learns nothing) is refused with 429 until the oldest failure is an hour old. Right codes are never
 * counted, so a whole class can join from one school address.
 */
export async function sessionByJoinCode(
  db: Db,
  joinCode: string,
  guess: CodeGuess,
): Promise<Result<SessionRow>> {
  const found = await lookUpJoinCode(
    db,
    joinCode,
    guess.client,
    guess.now,
    MAX_JOIN_CODE_FAILURES,
    JOIN_CODE_FAILURE_WINDOW_MS,
  );
  if (found.failureCounted) {
    return fail(404, `No session has the join code ${joinCode}. Check the code your teacher shows.`);
  }
  if (found.session && found.failures < MAX_JOIN_CODE_FAILURES) return ok(found.session);
  const oldest = found.oldestFailureAt?.getTime() ?? guess.now.getTime();
  const waitSeconds = (oldest + JOIN_CODE_FAILURE_WINDOW_MS - guess.now.getTime()) / 1000;
  return tooManyRequests(
    `Too many wrong join codes from your network: ${MAX_JOIN_CODE_FAILURES} in the last hour. Check the code your teacher shows and try again in ${waitInWords(waitSeconds)}.`,
    waitSeconds,
  );
}

/** "12 minutes", "1 minute", "40 seconds": how long to wait, rounded up. */
function waitInWords(seconds: number): string {
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    return `${whole} second${whole === 1 ? "" : "s"}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
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
  guess: CodeGuess,
): Promise<Result<Joined>> {
  const found = await sessionByJoinCode(db, joinCode, guess);
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
    joinedAt: guess.now,
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
