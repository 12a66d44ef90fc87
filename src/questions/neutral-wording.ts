import { findLoadedTerms } from "../analysis/loaded-language";
import type { LoadedTerm, Sentence, Span } from "../analysis/types";
import { quote } from "./text";

/**
 * The one rule for wording a question recommends (issue 12, item 7): a word an explanation or feedback
 * offers as the neutral choice must not be one the loaded-language lexicon flags in that place. Builders
 * pick their neutral words through `usableNeutrals`; `recommendedWordings` reads back what a question's
 * text recommends, so tests/questions-bank.test.ts can hold every bundled question to the rule.
 */

/** Lexicon "alternatives" that are advice, not words to put in the sentence: "the group's name", "groups backed by". */
const NOT_A_WORD = /\bname\b|\s(?:by|of|for|to)$/i;

/** The loaded terms the lexicon finds in one sentence of text, read on its own. */
function loadedTermsIn(text: string): LoadedTerm[] {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  return findLoadedTerms(text, [sentence], []);
}

/**
 * True when the lexicon flags `wording`: on its own, and, given a sentence and the span it would replace,
 * put in that place (context rules decide: "eliminated" is flagged before people, not before a plan).
 * Given the analysis's `sentence` object as well, the verdict in context is remembered with it: several
 * builders ask about the same wording in the same place.
 */
export function takesSides(
  wording: string,
  context?: { text: string; replaces: Span; sentence?: Sentence },
): boolean {
  if (remembered(wording, () => flaggedAlone(wording))) return true;
  if (!context) return false;
  const { text, replaces, sentence } = context;
  const decide = () => {
    const rewritten = `${text.slice(0, replaces.start)}${wording}${text.slice(replaces.end)}`;
    const start = replaces.start;
    const end = start + wording.length;
    return loadedTermsIn(rewritten).some((term) => term.start < end && start < term.end);
  };
  if (!sentence) return decide();
  let known = inContext.get(sentence);
  if (!known) {
    known = new Map();
    inContext.set(sentence, known);
  }
  const key = `${replaces.start}:${replaces.end}:${text === sentence.text ? "" : text}:${wording}`;
  return remembered(key, decide, known, Number.POSITIVE_INFINITY);
}

/** Verdicts on wordings put in a sentence, kept with the sentence object (so with its analysis). */
const inContext = new WeakMap<Sentence, Map<string, boolean>>();

function flaggedAlone(wording: string): boolean {
  return (
    loadedTermsIn(`They saw the ${wording} there.`).length > 0 ||
    loadedTermsIn(`${wording.charAt(0).toUpperCase()}${wording.slice(1)}.`).length > 0
  );
}

/**
 * Whether each wording is flagged on its own, once per isolate: builders ask about the same few
 * neutral words for every term, and each answer runs the loaded-language finder twice. The lexicon does
 * not change while the Worker runs, so a verdict never goes stale; the map is emptied when it grows past
 * MAX_REMEMBERED so its memory stays bounded.
 */
const verdicts = new Map<string, boolean>();
const MAX_REMEMBERED = 5_000;

function remembered(key: string, decide: () => boolean, memo = verdicts, max = MAX_REMEMBERED): boolean {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= max) memo.clear();
  const verdict = decide();
  memo.set(key, verdict);
  return verdict;
}

/**
 * The lexicon's neutral alternatives for a term that a question may recommend: words (not advice such as
 * "the group's name") that the lexicon does not flag itself, put where the term stood in its sentence.
 */
export function usableNeutrals(term: LoadedTerm, sentence: Sentence): string[] {
  const known = usable.get(term);
  if (known?.sentence === sentence) return [...known.wordings];
  const replaces = { start: term.start - sentence.start, end: term.end - sentence.start };
  const wordings = term.neutral.filter(
    (wording) =>
      !NOT_A_WORD.test(wording) && !takesSides(wording, { text: sentence.text, replaces, sentence }),
  );
  usable.set(term, { sentence, wordings });
  return [...wordings];
}

/**
 * The usable neutrals of each term of an analysis, for its sentence: a builder asks for them up to three
 * times per term (its options, its explanation's list), and each answer reads the sentence again with
 * each wording in place. Kept per term object, so an analysis that is dropped takes its entries with it.
 */
const usable = new WeakMap<LoadedTerm, { sentence: Sentence; wordings: string[] }>();

/** "“militants”, “armed groups”, or the group's own name": the usable neutrals, and the lexicon's advice unquoted. */
export function neutralList(term: LoadedTerm, sentence: Sentence): string | null {
  const words = usableNeutrals(term, sentence).map(quote);
  const advice = term.neutral.find((wording) => /\bname\b/i.test(wording));
  const all = advice ? [...words, advice.replace(/^the group's name$/i, "the group's own name")] : words;
  if (all.length === 0) return null;
  return all.length === 1 ? (all[0] ?? null) : `${all.slice(0, -1).join(", ")} or ${all.at(-1)}`;
}

/**
 * The phrasings by which a question's text recommends wording, one pattern each; a builder that words a
 * recommendation another way adds its pattern here, so the bank test reads it too.
 */
const RECOMMENDING: readonly RegExp[] = [
  /neutral (?:writer|headline|report) might say “([^”]+)”/g,
  /neutral (?:writer|headline|report) would leave “[^”]+” out and just say “([^”]+)”/g,
  /[Nn]eutral words?: ((?:“[^”]+”(?:,\s*|\s+or\s+)?)+)/g,
  /“([^”]+)” (?:describes (?:them )?without judging|says what happened without judging)/g,
  /“([^”]+)” keeps the facts and drops the judgement/g,
  /“([^”]+)” is plain reporting/g,
  /(?:say|write|use) “([^”]+)” instead/g,
];

/** The wordings a text recommends as neutral, by the phrasings in RECOMMENDING. */
export function recommendedWordings(text: string): string[] {
  return RECOMMENDING.flatMap((pattern) =>
    [...text.matchAll(pattern)].flatMap((match) =>
      [...(match[1] ?? "").matchAll(/“([^”]+)”|^([^“]+)$/g)].map((part) => part[1] ?? part[2] ?? ""),
    ),
  ).filter((wording) => wording !== "");
}
