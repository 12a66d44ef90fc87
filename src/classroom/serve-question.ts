import type { Db } from "../db/client";
import type { Question } from "../questions/types";
import { fail, ok, type Result } from "../result";
import { isQuestionOpen, participantQuestions } from "./participant-quiz";
import { listParticipantAnswers, type ParticipantContext, serveQuestion } from "./queries";
import { submitAnswer, TIMER_GRACE_MS } from "./submit-answer";

export type NextQuestion =
  | {
      done: false;
      position: number;
      total: number;
      question: Question;
      servedAt: Date;
      deadline: Date | null;
    }
  | { done: true; total: number };

/**
 * The participant's next question, served one at a time: the first one without an answer, in their order.
 * Asking again returns the same question with the same start; its clock never restarts. A timed question
 * whose time (with the grace) has run out without an answer is stored as timed out and the next one served.
 */
export async function serveNextQuestion(
  db: Db,
  context: ParticipantContext,
  now: Date,
): Promise<Result<NextQuestion>> {
  const { session, participant } = context;
  if (session.endedAt) return fail(409, "This session has ended; answers are closed.");
  const questions = await participantQuestions(db, session, participant);
  const answers = await listParticipantAnswers(db, participant.id);
  const answered = new Set(answers.map((answer) => answer.questionId));
  for (;;) {
    const index = questions.findIndex((candidate) => !answered.has(candidate.id));
    const question = questions[index];
    if (!question) return ok({ done: true, total: questions.length });
    const position = index + 1;
    if (!isQuestionOpen(session, question.id)) {
      return fail(409, "Your teacher has not opened the next question yet. Ask again in a few seconds.");
    }
    const servedAt = await serveQuestion(db, participant.id, question.id, now);
    const deadline = session.timerSeconds ? new Date(servedAt.getTime() + session.timerSeconds * 1000) : null;
    if (deadline && now.getTime() >= deadline.getTime() + TIMER_GRACE_MS) {
      const stored = await submitAnswer(db, context, question.id, null, now);
      if (!stored.ok) return stored;
      answered.add(question.id);
      continue;
    }
    return ok({ done: false, position, total: questions.length, question, servedAt, deadline });
  }
}
