/**
 * A teacher's edit of a generated question, checked against the article: one correct option, distinct
 * options, evidence that is the article's own words. Pure: no Hono, no D1.
 */
import { fnv1a } from "../questions/hash";
import { findQuestionProblems } from "../questions/invariants";
import type { Evidence, Question, QuestionOption } from "../questions/types";

export const MAX_OPTIONS = 5;
const OPTION_IDS = ["a", "b", "c", "d", "e"] as const;

/** What the review form sends for one question. */
export interface QuestionEdit {
  prompt: string;
  /** The option slots in order (a, b, c…); a blank slot removes that option. */
  options: string[];
  /** The slot ids marked correct: exactly one is needed. */
  correct: string[];
  explanation: string;
  /** Each piece of evidence as words quoted from the article. */
  evidence: string[];
}

export type EditResult =
  | { ok: true; question: Question; changes: Record<string, { before: unknown; after: unknown }> }
  | { ok: false; message: string };

/** Applies an edit to a question, or says why it cannot be applied; the question's id never changes. */
export function applyQuestionEdit(question: Question, edit: QuestionEdit, articleText: string): EditResult {
  const slots = edit.options.slice(0, MAX_OPTIONS).map((text, index) => ({
    slot: OPTION_IDS[index] ?? `o${index}`,
    text: text.replace(/\s+/g, " ").trim(),
  }));
  const filled = slots.filter((slot) => slot.text !== "");
  const correctSlots = [...new Set(edit.correct)].filter((id) => slots.some((slot) => slot.slot === id));
  if (correctSlots.length !== 1) {
    return {
      ok: false,
      message:
        correctSlots.length === 0
          ? "No option is marked correct. Mark exactly one option as the correct answer."
          : "More than one option is marked correct. A question needs a single correct answer: mark only one.",
    };
  }
  const correctSlot = filled.find((slot) => slot.slot === correctSlots[0]);
  if (!correctSlot) {
    return {
      ok: false,
      message: "The option marked correct is empty. Write the correct answer, or mark another.",
    };
  }
  const evidence = locateEvidence(edit.evidence, question.evidence, articleText);
  if (!evidence.ok) return evidence;

  const options: QuestionOption[] = filled.map((slot, index) => {
    const before = question.options.find((option) => option.text === slot.text);
    return {
      id: OPTION_IDS[index] ?? `o${index}`,
      text: slot.text,
      // Feedback answers the mistake one option stands for; it stays only with that option's unchanged words.
      ...(before?.feedback ? { feedback: before.feedback } : {}),
    };
  });
  const edited: Question = {
    ...question,
    prompt: edit.prompt.replace(/\s+/g, " ").trim(),
    options,
    correctOptionId: options[filled.indexOf(correctSlot)]?.id ?? "",
    explanation: edit.explanation.trim(),
    evidence: evidence.value,
  };
  const problems = findQuestionProblems(edited, articleText);
  if (problems.length > 0) return { ok: false, message: problems.map(explainProblem).join(" ") };
  return { ok: true, question: edited, changes: changedFields(question, edited) };
}

/** Each problem the question invariants find, in words that say what to do. */
function explainProblem(problem: string): string {
  if (/^has \d+ options/.test(problem))
    return `A question needs 2 to ${MAX_OPTIONS} options; this one ${problem}.`;
  if (problem === "repeats an option text")
    return "Two options say the same thing: make every option different.";
  if (problem === "has an empty prompt") return "The prompt is empty: write the question students will read.";
  if (problem === "has no explanation")
    return "The explanation is empty: say why the correct answer is right.";
  if (problem === "has no evidence") return "Give at least one piece of evidence quoted from the article.";
  if (problem === "prompt gives the answer away") {
    return "The prompt repeats words that only the correct option has, so students could match words instead of reading: reword the prompt or that option.";
  }
  if (problem === "does not have exactly one correct option")
    return "Mark exactly one option as the correct answer.";
  return `This question ${problem}.`;
}

type Located = { ok: true; value: Evidence[] } | { ok: false; message: string };

/**
 * Finds each quoted piece of evidence in the article (white space may differ), preferring the place the
 * question's evidence already pointed to, so evidence is always the article's own words at known offsets.
 */
export function locateEvidence(
  quotes: string[],
  previous: readonly Evidence[],
  articleText: string,
): Located {
  const found: Evidence[] = [];
  for (const quote of quotes.map((item) => item.trim()).filter((item) => item !== "")) {
    const span = findInText(quote, previous, articleText);
    if (!span) {
      return {
        ok: false,
        message: `The evidence “${shortQuote(quote)}” is not in the article's text. Copy the words exactly as the article has them.`,
      };
    }
    found.push({ ...span, text: articleText.slice(span.start, span.end) });
  }
  if (found.length === 0) {
    return { ok: false, message: "Give at least one piece of evidence quoted from the article." };
  }
  return { ok: true, value: found.sort((left, right) => left.start - right.start) };
}

function findInText(
  quote: string,
  previous: readonly Evidence[],
  text: string,
): { start: number; end: number } | null {
  if (quote.length > text.length) return null;
  const pattern = new RegExp(
    quote
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\s+"),
    "g",
  );
  const matches = [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const nearPrevious = matches.find((span) =>
    previous.some((old) => span.start < old.end && old.start < span.end),
  );
  return nearPrevious ?? matches[0] ?? null;
}

function shortQuote(quote: string): string {
  return quote.length > 80 ? `${quote.slice(0, 77)}…` : quote;
}

const EDITABLE_FIELDS = ["prompt", "options", "correctOptionId", "explanation", "evidence"] as const;

function changedFields(
  before: Question,
  after: Question,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of EDITABLE_FIELDS) {
    const old = summarise(field, before);
    const now = summarise(field, after);
    if (JSON.stringify(old) !== JSON.stringify(now)) changes[field] = { before: old, after: now };
  }
  return changes;
}

function summarise(field: (typeof EDITABLE_FIELDS)[number], question: Question): unknown {
  if (field === "options") return question.options.map((option) => option.text);
  if (field === "evidence") return question.evidence.map((span) => span.text);
  if (field === "correctOptionId") {
    return question.options.find((option) => option.id === question.correctOptionId)?.text ?? null;
  }
  return question[field];
}

/**
 * The question as a session or quiz records it: its id carries a hash of its content, so a later edit gives
 * a new snapshot and never changes what a finished session asked.
 */
export function snapshotQuestion(question: Question): Question {
  const { id: _id, ...content } = question;
  return { ...question, id: `${question.id}.${fnv1a(JSON.stringify(content))}` };
}
