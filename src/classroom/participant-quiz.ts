import type { Db } from "../db/client";
import type { ParticipantRow, SessionRow } from "../db/schema";
import type { Question } from "../questions/types";
import { orderOptions, orderQuestionIds } from "../quiz/participant-order";
import { findQuestions } from "../quiz/question-bank";
import type { ShownQuestion } from "../quiz/views";

/**
 * The session's questions in this participant's order. Self-paced sessions with shuffling on give each
 * participant their own order; instructor-paced sessions keep one order so the class moves together.
 */
export function participantQuestions(
  db: Db,
  session: SessionRow,
  participant: Pick<ParticipantRow, "seed">,
): Promise<Question[]> {
  const shuffle = session.shuffle && session.pacing === "self";
  return findQuestions(db, orderQuestionIds(session.questionIds, participant.seed, shuffle));
}

/** A question's options in this participant's order (shuffled unless the session turned shuffling off). */
export function participantOptions(
  session: SessionRow,
  participant: Pick<ParticipantRow, "seed">,
  question: Question,
) {
  return orderOptions(question.options, participant.seed, question.id, session.shuffle);
}

/** The question as the participant may see it before answering: no correct option, no explanation. */
export function shownQuestion(
  session: SessionRow,
  participant: Pick<ParticipantRow, "seed">,
  question: Question,
): ShownQuestion {
  return {
    id: question.id,
    skill: question.skill,
    prompt: question.prompt,
    options: participantOptions(session, participant, question).map(({ id, text }) => ({ id, text })),
  };
}

/** True when the instructor has opened this question (always, in a self-paced session). */
export function isQuestionOpen(session: SessionRow, questionId: string): boolean {
  if (session.pacing === "self") return true;
  const index = session.questionIds.indexOf(questionId);
  return index !== -1 && index < session.openCount;
}

/**
 * True when the instructor has revealed the answer to this question on the projector: it is closed to
 * answers (revealing a question reveals every question before it too).
 */
export function isQuestionRevealed(session: SessionRow, questionId: string): boolean {
  if (session.pacing === "self") return false;
  const index = session.questionIds.indexOf(questionId);
  return index !== -1 && index < session.revealedCount;
}

/**
 * True while a student may not see the answers: the session withholds them (no key, right or wrong,
 * explanation or evidence) and the instructor has not ended it yet.
 */
export function answersWithheld(session: Pick<SessionRow, "withholdAnswers" | "endedAt">): boolean {
  return session.withholdAnswers && session.endedAt === null;
}
