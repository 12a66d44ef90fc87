import type { Db } from "../db/client";
import type { AnswerRow } from "../db/schema";
import type { Question } from "../questions/types";
import { findQuestions } from "../quiz/question-bank";
import { isCorrectOption } from "../quiz/scoring";
import { fail, ok, type Result } from "../result";
import { isQuestionOpen, isQuestionRevealed } from "./participant-quiz";
import { findAnswer, findServedAt, type ParticipantContext, recordAnswer } from "./queries";

/** Extra time allowed after a timer runs out, for the network and a last-second click. */
export const TIMER_GRACE_MS = 2000;

export type SubmitResult =
  | { status: "recorded"; answer: AnswerRow; question: Question }
  /** The question had an answer already: that first answer stands and is returned. */
  | { status: "repeat"; answer: AnswerRow; question: Question };

/**
 * Scores and stores a participant's answer on the server. The first answer stands: a repeat returns the
 * stored answer with status "repeat" and changes nothing. `optionId` null means no option was chosen,
 * which is only accepted once the question's time limit has run out.
 */
export async function submitAnswer(
  db: Db,
  context: ParticipantContext,
  questionId: string,
  optionId: string | null,
  now: Date,
): Promise<Result<SubmitResult>> {
  const { session, participant } = context;
  const question = session.questionIds.includes(questionId)
    ? (await findQuestions(db, [questionId]))[0]
    : undefined;
  if (!question) {
    return fail(404, `This session has no question "${questionId}". Use the ids the join answer lists.`);
  }
  if (session.endedAt) return fail(409, "This session has ended; answers are closed.");
  if (!isQuestionOpen(session, questionId)) {
    return fail(409, "Your teacher has not opened this question yet. Wait for it, then answer.");
  }
  if (isQuestionRevealed(session, questionId)) {
    const first = await findAnswer(db, participant.id, questionId);
    if (first) return ok({ status: "repeat", answer: first, question });
    return fail(409, "Your teacher has revealed the answer to this question, so answers to it are closed.");
  }
  const servedAt = await findServedAt(db, participant.id, questionId);
  if (session.timerSeconds !== null && !servedAt) {
    return fail(
      409,
      `This question has not been served to you yet, so its time has not started. Get it first (POST /api/sessions/${session.joinCode}/next, or open its page), then answer.`,
    );
  }
  const startedAt = servedAt?.getTime() ?? answerStartUnserved(context);
  const deadline = session.timerSeconds === null ? null : startedAt + session.timerSeconds * 1000;
  // The browser sends an empty form the moment its countdown ends; a chosen option gets the grace time.
  const timedOut =
    deadline !== null && now.getTime() >= (optionId === null ? deadline : deadline + TIMER_GRACE_MS);
  const correct = optionId === null ? false : isCorrectOption(question, optionId);
  if (correct === null) return fail(400, `"${optionId}" is not one of this question's options.`);
  if (optionId === null && !timedOut) {
    return fail(400, "Choose one of the options, then check your answer.");
  }
  const stored = await recordAnswer(
    db,
    {
      sessionId: session.id,
      participantId: participant.id,
      questionId,
      optionId,
      correct: correct && !timedOut,
      timedOut,
      responseMs: Math.max(0, now.getTime() - startedAt),
      answeredAt: now,
    },
    // The questions the bank still knows: a session outliving a question must still be finishable.
    (await findQuestions(db, session.questionIds)).length,
  );
  if (stored) return ok({ status: "recorded", answer: stored, question });
  const first = await findAnswer(db, participant.id, questionId);
  if (!first) throw new Error(`answer of ${participant.id} to ${questionId} neither stored nor found`);
  return ok({ status: "repeat", answer: first, question });
}

/**
 * An untimed question answered through the API without being served (the join answer lists them all):
 * its response time runs from the participant's last answer, or from joining.
 */
function answerStartUnserved({ participant, lastAnsweredAt }: ParticipantContext): number {
  return Math.max(participant.joinedAt.getTime(), lastAnsweredAt?.getTime() ?? 0);
}
