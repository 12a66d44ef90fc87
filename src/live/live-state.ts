import { projectorStage, type StageSession, stageKeyOf } from "./stage";

/** What the projector, the dashboard and students' pages learn live: pushed by the session's object, or polled. */
export interface LiveState {
  /** "waiting", "open:2", "revealed:2", "finished", "self-paced": a page reloads when it changes. */
  stage: string;
  openCount: number;
  revealedCount: number;
  ended: boolean;
  /** Students in the session now. */
  joined: number;
  /** Answers to the open question (0 when none is open). */
  answered: number;
  /** Answers to every question: it moves with each answer, self-paced too, so the dashboard hears of each. */
  totalAnswers: number;
}

/** The live state of a session from its row and two counts. */
export function liveState(
  session: StageSession,
  counts: { joined: number; answeredOpen: number; totalAnswers: number },
): LiveState {
  return {
    stage: stageKeyOf(projectorStage(session)),
    openCount: session.openCount,
    revealedCount: session.revealedCount,
    ended: session.endedAt !== null,
    joined: counts.joined,
    answered: session.openCount > 0 ? counts.answeredOpen : 0,
    totalAnswers: counts.totalAnswers,
  };
}

/** What a student's page hears: the stage only, nothing about the class. */
export function studentView({ stage, openCount, revealedCount, ended }: LiveState) {
  return { stage, openCount, revealedCount, ended };
}
