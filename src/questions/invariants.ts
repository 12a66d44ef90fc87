import { normalise, words } from "./text";
import type { Question } from "./types";

/** Words too common to give an answer away. */
const COMMON_WORDS = new Set(
  "the and but for with from this that these those its are was were been it's their there they them not nothing says said article does what which who whom why how only also just more most some any all very than then such into over under about after before one two here where when your you".split(
    " ",
  ),
);

function contentWords(text: string): ReadonlySet<string> {
  let known = contentWordSets.get(text);
  if (!known) {
    if (contentWordSets.size >= MAX_TEXTS_REMEMBERED) contentWordSets.clear();
    known = new Set(words(text).filter((word) => word.length >= 4 && !COMMON_WORDS.has(word)));
    contentWordSets.set(text, known);
  }
  return known;
}

/**
 * Each option text's content words (read only), read once: a bank checks every candidate question, and the
 * same options recur across questions (the four standings, claims offered as wrong answers again and again).
 */
const contentWordSets = new Map<string, ReadonlySet<string>>();
const MAX_TEXTS_REMEMBERED = 2_000;

/** The content words of each option that no other option has. */
function distinctiveWords(options: readonly { text: string }[]): Set<string>[] {
  const all = options.map((option) => contentWords(option.text));
  const optionsWith = new Map<string, number>();
  for (const set of all) for (const word of set) optionsWith.set(word, (optionsWith.get(word) ?? 0) + 1);
  return all.map((own) => new Set([...own].filter((word) => optionsWith.get(word) === 1)));
}

/**
 * True when the prompt echoes words that only the right option has, while it echoes no such word of any
 * wrong option: a reader could then match words instead of thinking.
 */
export function promptGivesAwayAnswer(question: Question): boolean {
  const promptWords = contentWords(question.prompt);
  const echoes = distinctiveWords(question.options).map((set) =>
    [...set].some((word) => promptWords.has(word)),
  );
  const correctIndex = question.options.findIndex((option) => option.id === question.correctOptionId);
  return echoes[correctIndex] === true && echoes.every((echo, index) => index === correctIndex || !echo);
}

/** Everything wrong with a question against the text of its article; [] when it is sound. */
export function findQuestionProblems(question: Question, articleText: string): string[] {
  const problems: string[] = [];
  const { options } = question;
  if (options.length < 2 || options.length > 5) problems.push(`has ${options.length} options`);
  const ids = new Set(options.map((option) => option.id));
  if (ids.size !== options.length) problems.push("repeats an option id");
  const correct = options.filter((option) => option.id === question.correctOptionId);
  if (correct.length !== 1) problems.push("does not have exactly one correct option");
  const texts = new Set(options.map((option) => normalise(option.text)));
  if (texts.size !== options.length) problems.push("repeats an option text");
  if (options.some((option) => normalise(option.text) === "")) problems.push("has an empty option");
  if (!question.prompt.trim()) problems.push("has an empty prompt");
  if (!question.explanation.trim()) problems.push("has no explanation");
  if (question.evidence.length === 0) problems.push("has no evidence");
  for (const span of question.evidence) {
    const inside = span.start >= 0 && span.start < span.end && span.end <= articleText.length;
    if (!inside || articleText.slice(span.start, span.end) !== span.text) {
      problems.push(`evidence ${span.start}-${span.end} does not match the article`);
    }
  }
  if (promptGivesAwayAnswer(question)) problems.push("prompt gives the answer away");
  return problems;
}

/**
 * What is missing from a question's per-option feedback: every option needs its own, and the right one's
 * must say why it is right ("Right." alone teaches nothing). [] when every option teaches. Kept apart from
 * findQuestionProblems: a teacher editing a question in the library may leave feedback out.
 */
export function findFeedbackProblems(question: Question): string[] {
  return question.options.flatMap((option) => {
    const feedback = option.feedback?.trim() ?? "";
    if (words(feedback).length < 5) return [`option ${quoteOf(option.text)} has no feedback saying why`];
    return [];
  });
}

function quoteOf(text: string): string {
  return `“${text.slice(0, 40)}”`;
}

/**
 * Two questions ask the same thing when they share an id, or have the same kind, prompt and right answer
 * ("which sentence has no source?" may be asked twice, about different sentences).
 */
export function sameQuestionKey(question: Question): string {
  const correct = question.options.find((option) => option.id === question.correctOptionId);
  return `${question.kind}|${normalise(question.prompt)}|${normalise(correct?.text ?? "")}`;
}
