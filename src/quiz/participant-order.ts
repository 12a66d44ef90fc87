import { hashString, seededRandom, shuffled } from "./random";

/** Options that read as a last resort ("None of these", "The article does not say") keep their place at the end. */
const LAST_OPTION =
  /^(none of|neither|all of|the article does not say|it does not say|no (loaded )?word|this one is fine)/i;

/** The question ids in the order one participant sees them: shuffled by their seed, or as given. */
export function orderQuestionIds(questionIds: readonly string[], seed: number, shuffle: boolean): string[] {
  return shuffle ? shuffled(questionIds, seededRandom(seed)) : [...questionIds];
}

/**
 * A question's options in the order one participant sees them: shuffled by their seed and the question id
 * (so each question is shuffled differently), with last-resort options left at the end in their own order.
 */
export function orderOptions<O extends { id: string; text: string }>(
  options: readonly O[],
  seed: number,
  questionId: string,
  shuffle: boolean,
): O[] {
  if (!shuffle) return [...options];
  const pinned = options.filter((option) => LAST_OPTION.test(option.text.trim()));
  const free = options.filter((option) => !pinned.includes(option));
  return [...shuffled(free, seededRandom((seed ^ hashString(questionId)) >>> 0)), ...pinned];
}
