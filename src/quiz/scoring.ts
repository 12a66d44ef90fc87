import { type Question, SKILLS, type Skill } from "../questions/types";

/** Whether an option is the right answer, or null when the option does not belong to the question. */
export function isCorrectOption(
  question: Pick<Question, "options" | "correctOptionId">,
  optionId: string,
): boolean | null {
  if (!question.options.some((option) => option.id === optionId)) return null;
  return optionId === question.correctOptionId;
}

export interface AnsweredQuestion {
  questionId: string;
  correct: boolean;
}

export interface SkillScore {
  skill: Skill;
  /** Questions of this skill in the quiz. */
  total: number;
  answered: number;
  correct: number;
  /** Correct out of total, rounded to a whole percent; null when the quiz has no question of this skill. */
  percent: number | null;
}

/** Score per skill, in the fixed skill order, for the skills the quiz asks about. */
export function scoreBySkill(
  questions: readonly Pick<Question, "id" | "skill">[],
  answers: readonly AnsweredQuestion[],
): SkillScore[] {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer.correct]));
  return SKILLS.map((skill) => {
    const ofSkill = questions.filter((question) => question.skill === skill);
    const answered = ofSkill.filter((question) => byQuestion.has(question.id));
    const correct = answered.filter((question) => byQuestion.get(question.id) === true).length;
    return {
      skill,
      total: ofSkill.length,
      answered: answered.length,
      correct,
      percent: percent(correct, ofSkill.length),
    };
  }).filter((score) => score.total > 0);
}

/** A whole percent, or null for nothing out of nothing. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((100 * part) / whole);
}

/** The names of the skills as a reader sees them. */
export const SKILL_NAMES: Record<Skill, string> = {
  sourcing: "Sourcing",
  attribution: "Attribution",
  "loaded-language": "Loaded language",
};

/** One line of the answer review: a question, how it went, and the page that shows its answer. */
export interface ReviewedQuestion {
  position: number;
  skill: Skill;
  prompt: string;
  /** null while the question has no answer. */
  correct: boolean | null;
  href: string;
}

/** The quiz's questions in order with how each went; `hrefOf` gives the page of a (1-based) position. */
export function reviewAnswers(
  questions: readonly Pick<Question, "id" | "skill" | "prompt">[],
  answers: readonly AnsweredQuestion[],
  hrefOf: (position: number) => string,
): ReviewedQuestion[] {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer.correct]));
  return questions.map((question, index) => ({
    position: index + 1,
    skill: question.skill,
    prompt: question.prompt,
    correct: byQuestion.get(question.id) ?? null,
    href: hrefOf(index + 1),
  }));
}

/** The 1-based position of the first question without an answer, or null when all are answered. */
export function firstUnansweredPosition(
  questions: readonly Pick<Question, "id">[],
  answers: readonly AnsweredQuestion[],
): number | null {
  const answered = new Set(answers.map((answer) => answer.questionId));
  const index = questions.findIndex((question) => !answered.has(question.id));
  return index === -1 ? null : index + 1;
}
