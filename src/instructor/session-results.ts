import type { Question, Skill } from "../questions/types";
import { percent, SKILL_NAMES } from "../quiz/scoring";

/** What the dashboard and the exports know about a session's questions, participants and answers. */
export interface SessionResultsInput {
  /** The session's questions in the session's order. */
  questions: readonly Question[];
  participants: readonly ResultParticipant[];
  answers: readonly ResultAnswer[];
}

export interface ResultParticipant {
  id: string;
  nickname: string;
  joinedAt: Date;
  finishedAt: Date | null;
  /** Wrong rejoin PINs counted so far (the dashboard shows who is locked out). */
  rejoinFailures?: number;
}

export interface ResultAnswer {
  participantId: string;
  questionId: string;
  optionId: string | null;
  correct: boolean;
  timedOut: boolean;
  responseMs: number;
  answeredAt: Date;
}

/** A short label for a question in tables and CSV headers: "Q3 (Sourcing) Who produced this pie…". */
export function questionLabel(position: number, question: Pick<Question, "skill" | "prompt">): string {
  return `Q${position} (${SKILL_NAMES[question.skill]}) ${truncate(question.prompt, 40)}`;
}

/** The text cut to at most `length` characters at a word boundary, with an ellipsis when cut. */
function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The skills the session asks about, in the fixed skill order. */
export function sessionSkills(questions: readonly Pick<Question, "skill">[]): Skill[] {
  const present = new Set(questions.map((question) => question.skill));
  return (Object.keys(SKILL_NAMES) as Skill[]).filter((skill) => present.has(skill));
}

/** Each participant's answers, keyed by question id. */
export function answersByParticipant(
  answers: readonly ResultAnswer[],
): Map<string, Map<string, ResultAnswer>> {
  const result = new Map<string, Map<string, ResultAnswer>>();
  for (const answer of answers) {
    const own = result.get(answer.participantId) ?? new Map<string, ResultAnswer>();
    own.set(answer.questionId, answer);
    result.set(answer.participantId, own);
  }
  return result;
}

/** A participant's correct answers out of the session's questions of one skill, as a whole percent. */
export function skillPercent(
  questions: readonly Question[],
  own: ReadonlyMap<string, ResultAnswer> | undefined,
  skill: Skill,
): number | null {
  const ofSkill = questions.filter((question) => question.skill === skill);
  const correct = ofSkill.filter((question) => own?.get(question.id)?.correct === true).length;
  return percent(correct, ofSkill.length);
}

/** A participant's number of correct answers to the session's questions. */
export function correctCount(
  questions: readonly Question[],
  own: ReadonlyMap<string, ResultAnswer> | undefined,
): number {
  return questions.filter((question) => own?.get(question.id)?.correct === true).length;
}
