/**
 * How lexicon forms are written and matched: lower-case words; a space or hyphen between two words
 * matches either, so "counter terrorism" finds "counter-terrorism" and "exchange rate" finds
 * "exchange-rate". Matching is by whole words: a form never matches inside a longer word.
 */

const SEPARATOR = /[\s\u00a0-]+/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The key a form or a matched text is looked up by: lower case, single spaces, straight apostrophes. */
export function formKey(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(SEPARATOR, " ").trim();
}

/** A form found in a text: its offsets and the key it was listed under. */
export interface FormMatch {
  start: number;
  end: number;
  key: string;
}

/** Finds the listed forms between two offsets of a text, longest form first at each word. */
export type FormMatcher = (text: string, from: number, to: number) => FormMatch[];

const NEXT_WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/y;
const GAP = /[\s\u00a0-]+/y;

/**
 * One pass over the words of a text with a map from first word to forms, instead of one large
 * alternation. Lexicon forms are plain ASCII words, so the pass reads ASCII words by character code and
 * looks a word up only when its first two letters start some form: most words cost no allocation.
 */
export function compileForms(forms: Iterable<string>): FormMatcher {
  const byFirstWord = new Map<string, string[][]>();
  for (const key of new Set([...forms].map(formKey))) {
    const words = key.split(" ");
    const first = words[0] ?? "";
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words]);
  }
  for (const candidates of byFirstWord.values()) candidates.sort((a, b) => b.length - a.length);
  const prefixes = new Set([...byFirstWord.keys()].map((word) => prefixCode(word, 0)));

  return (text, from, to) => {
    const found: FormMatch[] = [];
    let index = from;
    while (index < to) {
      if (!isAsciiWordChar(text.charCodeAt(index))) {
        index++;
        continue;
      }
      const start = index;
      const end = asciiWordEnd(text, start);
      index = end;
      if (end - start < 2 || !prefixes.has(prefixCode(text, start))) continue;
      const candidates = byFirstWord.get(normalWord(text.slice(start, end)));
      if (!candidates || isLetterOrDigit(text, start - 1)) continue;
      for (const candidate of candidates) {
        const formEnd = matchRest(text, end, candidate, to);
        if (formEnd === -1 || isLetterOrDigit(text, formEnd)) continue;
        found.push({ start, end: formEnd, key: candidate.join(" ") });
        index = formEnd;
        break;
      }
    }
    return found;
  };
}

/** The end of the ASCII word that starts at `start`, with apostrophes inside it ("regime's"). */
function asciiWordEnd(text: string, start: number): number {
  let end = start;
  while (isAsciiWordChar(text.charCodeAt(end))) end++;
  while ((text[end] === "'" || text[end] === "’") && isAsciiLetter(text.charCodeAt(end + 1))) {
    end++;
    while (isAsciiWordChar(text.charCodeAt(end))) end++;
  }
  return end;
}

/** The first two characters of a word as one number, lower case. */
function prefixCode(text: string, at: number): number {
  return lowerCode(text.charCodeAt(at)) * 128 + lowerCode(text.charCodeAt(at + 1));
}

function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** 1 for ASCII letters, 2 for digits: a table read is cheaper than comparisons in the hot loop. */
const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : code >= 48 && code <= 57 ? 2 : 0,
);

function isAsciiLetter(code: number): boolean {
  return code < 128 && ASCII_WORD[code] === 1;
}

function isAsciiWordChar(code: number): boolean {
  return code < 128 && ASCII_WORD[code] !== 0;
}

/** Where the rest of a form's words end, read from `at`, or -1 when they do not follow. */
function matchRest(text: string, at: number, words: readonly string[], to: number): number {
  let end = at;
  for (let index = 1; index < words.length; index++) {
    GAP.lastIndex = end;
    if (!GAP.exec(text)) return -1;
    NEXT_WORD.lastIndex = GAP.lastIndex;
    const next = NEXT_WORD.exec(text);
    if (!next || normalWord(next[0]) !== words[index]) return -1;
    end = NEXT_WORD.lastIndex;
  }
  return end <= to ? end : -1;
}

function normalWord(word: string): string {
  const lower = hasUpperCase(word) ? word.toLowerCase() : word;
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

function hasUpperCase(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** Whether the character at `index` continues a word (so a form there would be part of a longer word). */
function isLetterOrDigit(text: string, index: number): boolean {
  const char = text[index];
  if (char === undefined) return false;
  return char.charCodeAt(0) < 128 ? /[A-Za-z0-9]/.test(char) : /[\p{L}\p{N}]/u.test(char);
}

/** The words of a text, lower case, for context rules; hyphens split words, a possessive 's goes ("assad"). */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase().replace(/’/g, "'").replace(/'s$/, ""));
}
