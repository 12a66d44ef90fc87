import type { Question } from "../questions/types";
import { percent } from "./scoring";

/** How many students chose one option of a question. */
export interface OptionCount {
  optionId: string;
  text: string;
  /** True for the key. */
  correct: boolean;
  count: number;
  /** Out of every answer to the question (timed-out ones included); null while nobody has answered. */
  percent: number | null;
}

/** How a class split over a question's options: which wrong option tempted them, and how many. */
export interface OptionSplit {
  questionId: string;
  /** One row per option, in the question's own option order (not any student's shuffled order). */
  options: OptionCount[];
  /** Answers stored with no option: the time ran out before the student chose. */
  noOption: number;
  answered: number;
}

/** The least an answer must say for the split: which question, and which option (null when none was chosen). */
export interface ChosenOption {
  questionId: string;
  optionId: string | null;
}

/**
 * The split over the options of each question, from the session's answers. An option id the question does
 * not have (a question changed since the answer was stored) counts as an answer but not towards any option.
 */
export function splitByOption(
  questions: readonly Pick<Question, "id" | "options" | "correctOptionId">[],
  answers: readonly ChosenOption[],
): OptionSplit[] {
  const counts = new Map<string, Map<string | null, number>>();
  for (const answer of answers) {
    const ofQuestion = counts.get(answer.questionId) ?? new Map<string | null, number>();
    ofQuestion.set(answer.optionId, (ofQuestion.get(answer.optionId) ?? 0) + 1);
    counts.set(answer.questionId, ofQuestion);
  }
  return questions.map((question) => {
    const ofQuestion = counts.get(question.id) ?? new Map<string | null, number>();
    const answered = [...ofQuestion.values()].reduce((sum, count) => sum + count, 0);
    return {
      questionId: question.id,
      options: question.options.map((option) => {
        const count = ofQuestion.get(option.id) ?? 0;
        return {
          optionId: option.id,
          text: option.text,
          correct: option.id === question.correctOptionId,
          count,
          percent: percent(count, answered),
        };
      }),
      noOption: ofQuestion.get(null) ?? 0,
      answered,
    };
  });
}

/** The wrong option most students chose, or undefined when no wrong option was chosen (ties: the first). */
export function mostTemptingWrongOption(split: OptionSplit): OptionCount | undefined {
  let best: OptionCount | undefined;
  for (const option of split.options) {
    if (option.correct || option.count === 0) continue;
    if (!best || option.count > best.count) best = option;
  }
  return best;
}
