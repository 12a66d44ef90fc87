import type { Sentence, Span } from "./types";

/** Words whose trailing period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "cpl",
  "adm",
  "brig",
  "cmdr",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "st",
  "sen",
  "rep",
  "gov",
  "pres",
  "rev",
  "jr",
  "sr",
  "no",
  "nos",
  "vs",
  "approx",
  "est",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "e.g",
  "i.e",
  "cf",
  "fig",
  "mt",
  "ft",
  "km",
  "p",
  "pp",
]);

const MAX_SENTENCE_LENGTH = 1500;

/** A candidate end: . ! or ? (possibly repeated), then closing quotes or brackets, then white space. */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s)/g;
/** What may start a sentence: a capital, a digit, an opening quote or bracket. */
const SENTENCE_START = /^\s+["'“‘([]?[A-Z0-9]/;

/**
 * Splits the reporting paragraphs into sentences with offsets into the whole text: the first `max` of them
 * (the text after them is not read).
 */
export function splitSentences(
  text: string,
  paragraphs: readonly Span[],
  max = Number.POSITIVE_INFINITY,
): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    if (sentences.length >= max) return;
    for (const span of splitParagraph(text, paragraph, max - sentences.length)) {
      if (sentences.length >= max) return;
      sentences.push({
        index: sentences.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        paragraph: paragraphIndex,
      });
    }
  });
  return sentences;
}

function splitParagraph(text: string, paragraph: Span, max: number): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const spans: Span[] = [];
  let start = 0;
  for (const match of body.matchAll(SENTENCE_END)) {
    if (spans.length >= max) return spans;
    const end = match.index + match[0].length;
    if (isSentenceEnd(body, match.index, end)) {
      pushBounded(spans, body, start, end, paragraph.start);
      start = end;
    }
  }
  pushBounded(spans, body, start, body.length, paragraph.start);
  return spans;
}

/**
 * Text with no sentence ends (a pasted list, a run-on page) is cut at white space every
 * MAX_SENTENCE_LENGTH characters, so the per-sentence detectors stay linear on any input.
 */
function pushBounded(spans: Span[], body: string, from: number, to: number, offset: number): void {
  let start = from;
  while (to - start > MAX_SENTENCE_LENGTH) {
    const cut = body.lastIndexOf(" ", start + MAX_SENTENCE_LENGTH);
    const end = cut > start ? cut : start + MAX_SENTENCE_LENGTH;
    pushTrimmed(spans, body, start, end, offset);
    start = end;
  }
  pushTrimmed(spans, body, start, to, offset);
}

function isSentenceEnd(body: string, punctuationAt: number, end: number): boolean {
  if (!SENTENCE_START.test(body.slice(end, end + 4))) return false;
  if (body[punctuationAt] !== ".") return true;
  return !isAbbreviation(wordBefore(body, punctuationAt));
}

/** The letters and full stops right before a full stop, read back at most 40 characters: "U.S", "Gen", "F". */
function wordBefore(body: string, at: number): string {
  const limit = Math.max(0, at - 40);
  let start = at;
  while (start > limit && isLetterOrStop(body.charCodeAt(start - 1))) start--;
  return body.slice(start, at);
}

function isLetterOrStop(code: number): boolean {
  return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** "Gen", "U.S", "e.g", and single initials such as the "F" of "John F. Kennedy". */
function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^[A-Z]$/.test(word)) return true;
  return /^([A-Za-z]\.)+[A-Za-z]$/.test(word);
}

function pushTrimmed(spans: Span[], body: string, from: number, to: number, offset: number): void {
  const piece = body.slice(from, to);
  const leading = piece.length - piece.trimStart().length;
  const trailing = piece.length - piece.trimEnd().length;
  if (piece.trim() === "") return;
  spans.push({ start: offset + from + leading, end: offset + to - trailing });
}
