import type { ArticleAnalysis, Sentence, Span } from "../analysis/types";
import { fnv1a } from "./hash";
import type { Question, Skill } from "./types";

/** Bump when builders change what they produce, so stored answers can be told apart. */
export const GENERATOR_VERSION = "questions-3";

/** The article a question is about: its slug and exact text (offsets point into it). */
export interface ArticleInput {
  slug: string;
  text: string;
}

/** What every builder receives. */
export interface BuildInput {
  article: ArticleInput;
  analysis: ArticleAnalysis;
}

/** A builder: one question kind, (article, analysis) → questions, [] when nothing in the article fits. */
export type QuestionBuilder = (input: BuildInput) => Question[];

export interface OptionDraft {
  text: string;
  correct?: boolean;
  feedback?: string;
}

/** A question before ids, option order and evidence text are filled in. */
export interface QuestionDraft {
  skill: Skill;
  kind: string;
  difficulty: 1 | 2 | 3;
  prompt: string;
  options: OptionDraft[];
  explanation: string;
  evidence: Span[];
  control?: boolean;
}

const OPTION_IDS = ["a", "b", "c", "d", "e"] as const;

/** Options that read as a last resort stay at the end, where a reader expects them. */
const LAST_RESORT = /^(none of|the article does not say|no loaded word|this one is fine|nothing is wrong)/i;

/** The stable id of a question: its kind and a hash of the article slug, kind and evidence offsets. */
export function questionId(slug: string, kind: string, evidence: readonly Span[]): string {
  const spans = evidence.map((span) => `${span.start}-${span.end}`).join(",");
  return `${kind}-${fnv1a(`${slug}|${kind}|${spans}`)}`;
}

/**
 * Turns a draft into a Question: id from slug, kind and evidence; options in a fixed order that does not
 * depend on which one is right (hash of the option text), last-resort options last; ids a, b, c…;
 * evidence text copied from the article so it always equals text.slice(start, end); the passages the
 * question is about found from its evidence.
 */
export function finishQuestion({ article, analysis }: BuildInput, draft: QuestionDraft): Question {
  const id = questionId(article.slug, draft.kind, draft.evidence);
  const ordered = orderOptions(draft.options, id);
  const options = ordered.map((option, index) => ({
    id: OPTION_IDS[index] ?? `o${index}`,
    text: option.text,
    ...(option.feedback ? { feedback: tidy(option.feedback) } : {}),
  }));
  const correctIndex = ordered.findIndex((option) => option.correct);
  return {
    id,
    articleSlug: article.slug,
    skill: draft.skill,
    kind: draft.kind,
    difficulty: draft.difficulty,
    prompt: tidy(draft.prompt),
    options,
    correctOptionId: options[correctIndex]?.id ?? "",
    explanation: tidy(draft.explanation),
    evidence: draft.evidence.map((span) => ({
      start: span.start,
      end: span.end,
      text: article.text.slice(span.start, span.end),
    })),
    passages: passagesOf(article.text, analysis, draft.evidence),
    control: draft.control ?? false,
    generatorVersion: GENERATOR_VERSION,
  };
}

/**
 * One full stop where a quoted sentence ends a sentence: "… was provided.”." → "… was provided.”". A quotation
 * cut with an ellipsis keeps the full stop after it ("…remain…”. Keeping track …").
 */
export function tidy(text: string): string {
  return text.replace(/([.!?])(["”])\./g, "$1$2");
}

function orderOptions(options: readonly OptionDraft[], salt: string): OptionDraft[] {
  const last = options.filter((option) => LAST_RESORT.test(option.text));
  const free = options
    .filter((option) => !last.includes(option))
    .map((option) => ({ option, key: fnv1a(`${salt}|${option.text}`) }))
    .sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0))
    .map(({ option }) => option);
  return [...free, ...last];
}

/**
 * Where the sentence's passage starts: the sentence itself, or an earlier sentence of its paragraph when a
 * quotation opened there is still open ("…live. We cannot keep saying no," she said. starts at the quote).
 */
function quotationStart(text: string, analysis: ArticleAnalysis, sentence: Sentence): number {
  const paragraphStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const before = text.slice(paragraphStart, sentence.start);
  const straight = before.split('"').length - 1;
  const opened = before.split("“").length - before.split("”").length;
  if (straight % 2 === 0 && opened <= 0) return sentence.start;
  const quoteAt = paragraphStart + Math.max(before.lastIndexOf('"'), before.lastIndexOf("“"));
  const opening = analysis.sentences.find((item) => item.start <= quoteAt && quoteAt < item.end);
  return opening ? Math.min(opening.start, quoteAt) : quoteAt;
}

/** The whole unit of the article a span sits in: its sentence, the headline, a boilerplate passage, or its line. */
function passageAround(text: string, analysis: ArticleAnalysis, span: Span): Span {
  const overlaps = (unit: Span) => unit.start < span.end && span.start < unit.end;
  const { first, last } = overlappingSentences(analysis.sentences, span);
  if (first && last) return { start: quotationStart(text, analysis, first), end: last.end };
  if (analysis.headline && overlaps(analysis.headline)) {
    return { start: analysis.headline.start, end: analysis.headline.end };
  }
  const boilerplate = analysis.boilerplate.find(overlaps);
  if (boilerplate) return { start: boilerplate.start, end: boilerplate.end };
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  const newline = text.indexOf("\n", span.end);
  return { start: lineStart, end: newline < 0 ? text.length : newline };
}

/**
 * The first and last sentence that overlap a span. Sentences come in text order without overlapping, so
 * those that overlap a span are neighbours: found by binary search, not by reading every sentence for every
 * evidence span of every question.
 */
function overlappingSentences(
  sentences: readonly Sentence[],
  span: Span,
): { first?: Sentence; last?: Sentence } {
  if (!inTextOrder(sentences)) {
    const overlapping = sentences.filter((unit) => unit.start < span.end && span.start < unit.end);
    return { first: overlapping[0], last: overlapping.at(-1) };
  }
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as Sentence).end <= span.start) low = middle + 1;
    else high = middle;
  }
  let first: Sentence | undefined;
  let last: Sentence | undefined;
  for (let index = low; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    if (sentence.start >= span.end) break;
    first ??= sentence;
    last = sentence;
  }
  return { first, last };
}

/** Whether each sentence starts at or after the end of the one before (checked once per list). */
function inTextOrder(sentences: readonly Sentence[]): boolean {
  let known = ordered.get(sentences);
  if (known === undefined) {
    known = sentences.every(
      (sentence, index) => index === 0 || sentence.start >= (sentences[index - 1] as Sentence).end,
    );
    ordered.set(sentences, known);
  }
  return known;
}

const ordered = new WeakMap<readonly Sentence[], boolean>();

/** The passages around the evidence, in article order, overlapping ones merged. */
export function passagesOf(text: string, analysis: ArticleAnalysis, evidence: readonly Span[]): Span[] {
  const units = evidence
    .map((span) => passageAround(text, analysis, span))
    .sort((left, right) => left.start - right.start);
  const merged: Span[] = [];
  for (const unit of units) {
    const previous = merged.at(-1);
    if (previous && unit.start <= previous.end) previous.end = Math.max(previous.end, unit.end);
    else merged.push({ ...unit });
  }
  return merged;
}

/**
 * The passage a question is about: the one around its first evidence span (builders list first the
 * evidence the question asks about, then what is shown for context: the sentences other options come
 * from, the sentence that introduces a source). Only this one counts towards MAX_PER_PASSAGE, so showing
 * context does not crowd other questions out of the bank; a dealt quiz still keeps apart every passage shown.
 */
export function mainPassageKey(question: Question): string {
  const [first] = question.evidence;
  const main =
    question.passages.find((passage) => first && passage.start <= first.start && first.end <= passage.end) ??
    question.passages[0];
  return main ? `${main.start}-${main.end}` : "";
}
