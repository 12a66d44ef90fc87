import { generateJoinCode } from "../classroom/join-code";
import type { Db } from "../db/client";
import type { SessionRow } from "../db/schema";
import type { Question } from "../questions/types";
import { pickQuestions } from "../quiz/pick-questions";
import { questionPool } from "../quiz/question-bank";
import { newSeed, seededRandom } from "../quiz/random";
import { fail, ok, type Result } from "../result";
import { randomBase64Url } from "../security/secrets";
import { issueInstructorKey } from "./instructor-key";
import { insertSessionWithFreshCode } from "./queries";
import type { SessionSettings } from "./session-settings";

export interface CreatedSession {
  session: SessionRow;
  /** Shown once to the instructor; only its digest is stored. */
  instructorKey: string;
}

/**
 * Picks the session's questions, issues its instructor key and join code, and stores it. The questions come
 * from the bundled articles chosen in the settings, or from `pool` (a library article's kept questions).
 */
export async function createSession(
  db: Db,
  settings: SessionSettings,
  now: Date,
  pool: readonly Question[] = questionPool(settings.articles, settings.skills),
): Promise<Result<CreatedSession>> {
  if (pool.length === 0) {
    return fail(400, "No questions match those articles and skills. Choose more articles or skills.");
  }
  const questionIds = pickQuestions(pool, settings.questionCount, seededRandom(newSeed())).map(
    (question) => question.id,
  );
  const { key, digest } = await issueInstructorKey();
  const session = await insertSessionWithFreshCode(db, generateJoinCode, {
    id: randomBase64Url(12),
    title: settings.title,
    instructorKeyDigest: digest,
    questionIds,
    articles: settings.articles,
    skills: settings.skills,
    pacing: settings.pacing,
    timerSeconds: settings.timerSeconds,
    leaderboard: settings.leaderboard,
    shuffle: settings.shuffle,
    withholdAnswers: settings.withholdAnswers,
    openCount: 0,
    locked: false,
    createdAt: now,
    endedAt: null,
  });
  return ok({ session, instructorKey: key });
}
