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

/** Finds the listed forms between two offsets of a text, longest form first at each word, the first `limit` of them. */
export type FormMatcher = (text: string, from: number, to: number, limit?: number) => FormMatch[];

const NEXT_WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/y;
const GAP = /[\s\u00a0-]+/y;

/**
 * One pass over the words of a text with a map from first word to forms, instead of one large
 * alternation. Lexicon forms are plain ASCII words, so the pass reads ASCII words by character code and
 * looks a word up only when its hash, computed in place, is that of some form's first word: most words
 * cost no allocation (a copy of each word and a map look-up cost more than the rest of the pass).
 */
export function compileForms(forms: Iterable<string>): FormMatcher {
  const byFirstWord = new Map<string, string[][]>();
  for (const key of new Set([...forms].map(formKey))) {
    const words = key.split(" ");
    const first = words[0] ?? "";
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words]);
  }
  for (const candidates of byFirstWord.values()) candidates.sort((a, b) => b.length - a.length);
  const firstWordHashes = new Uint8Array(1 << WORD_HASH_BITS);
  for (const word of byFirstWord.keys()) firstWordHashes[wordHash(word, 0, word.length)] = 1;
  // A word is read to its end, even past `to`, but a word longer than every form's first word matches
  // nothing: reading stops there, so a 100 KB run of letters is not read again for every sentence in it.
  const longestFirstWord = Math.max(0, ...[...byFirstWord.keys()].map((word) => word.length));

  return (text, from, to, limit = Number.POSITIVE_INFINITY) => {
    const found: FormMatch[] = [];
    let index = from;
    while (index < to && found.length < limit) {
      if (!isAsciiWordChar(text.charCodeAt(index))) {
        index++;
        continue;
      }
      const start = index;
      const end = asciiWordEnd(text, start, Math.max(to, start + longestFirstWord + 1));
      index = end;
      if (
        end - start < 2 ||
        end - start > longestFirstWord ||
        firstWordHashes[wordHash(text, start, end)] === 0
      )
        continue;
      const candidates = byFirstWord.get(normalWord(text.slice(start, end)));
      if (!candidates || isLetterOrDigit(text, start - 1)) continue;
      // The word after this one is read once for all its forms: most fail on their second word.
      let secondStart = NOT_READ;
      let secondEnd = 0;
      for (const candidate of candidates) {
        const second = candidate[1];
        if (second !== undefined) {
          if (secondStart === NOT_READ) {
            secondStart = wordAfterGap(text, end);
            secondEnd = NEXT_WORD.lastIndex;
          }
          if (secondStart === -1 || !isNormalWordAt(text, secondStart, secondEnd, second)) continue;
        }
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
function asciiWordEnd(text: string, start: number, limit: number): number {
  let end = start;
  while (end < limit && isAsciiWordChar(text.charCodeAt(end))) end++;
  while (end < limit && (text[end] === "'" || text[end] === "’") && isAsciiLetter(text.charCodeAt(end + 1))) {
    end++;
    while (end < limit && isAsciiWordChar(text.charCodeAt(end))) end++;
  }
  return end;
}

const WORD_HASH_BITS = 16;

/**
 * A hash (FNV-1a) of the word between two offsets as normalWord gives it (lower case, straight
 * apostrophes), WORD_HASH_BITS wide; equal words have equal hashes, so a word whose hash no form's first
 * word has is none of them.
 */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    hash = Math.imul(hash ^ (code === CURLY_APOSTROPHE ? STRAIGHT_APOSTROPHE : lowerCode(code)), 0x01000193);
  }
  return hash >>> (32 - WORD_HASH_BITS);
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
    const wordStart = wordAfterGap(text, end);
    if (wordStart === -1) return -1;
    end = NEXT_WORD.lastIndex;
    if (!isNormalWordAt(text, wordStart, end, words[index] ?? "")) return -1;
  }
  return end <= to ? end : -1;
}

const NOT_READ = -2;

/**
 * Where the ASCII word after the spaces or hyphens at `at` starts, or -1 when none follows; it ends at
 * NEXT_WORD.lastIndex. `test`, not `exec`: a sticky pattern's lastIndex gives the end, and no match array is made.
 */
function wordAfterGap(text: string, at: number): number {
  GAP.lastIndex = at;
  if (!GAP.test(text)) return -1;
  const start = GAP.lastIndex;
  NEXT_WORD.lastIndex = start;
  return NEXT_WORD.test(text) ? start : -1;
}

/**
 * Whether the ASCII word between two offsets is `word` once normalWord'd (lower case, straight apostrophes),
 * compared in place rather than on a copy.
 */
function isNormalWordAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let index = 0; index < word.length; index++) {
    const code = text.charCodeAt(start + index);
    const normal = code === CURLY_APOSTROPHE ? STRAIGHT_APOSTROPHE : lowerCode(code);
    if (normal !== word.charCodeAt(index)) return false;
  }
  return true;
}

const CURLY_APOSTROPHE = "’".charCodeAt(0);
const STRAIGHT_APOSTROPHE = "'".charCodeAt(0);

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
  const words = text.match(WORD) ?? [];
  for (let index = 0; index < words.length; index++) words[index] = contextWord(words[index] ?? "");
  return words;
}

/** The last `count` words of a text, as wordsOf gives them. */
export function lastWordsOf(text: string, count: number): string[] {
  return (text.match(WORD) ?? []).slice(-count).map(contextWord);
}

/** The first `count` words of a text, as wordsOf gives them, without reading the rest of it. */
export function firstWordsOf(text: string, count: number): string[] {
  const words: string[] = [];
  // One global pattern, reset for each text: matchAll would copy it each time.
  NEXT_CONTEXT_WORD.lastIndex = 0;
  while (words.length < count) {
    const match = NEXT_CONTEXT_WORD.exec(text);
    if (!match) break;
    words.push(contextWord(match[0]));
  }
  return words;
}

const NEXT_CONTEXT_WORD = new RegExp(WORD.source, WORD.flags);

/** One word as context rules read it; the patterns run only on the few words that need them. */
function contextWord(word: string): string {
  const lower = word.toLowerCase();
  const straight = lower.includes("’") ? lower.replace(/’/g, "'") : lower;
  return straight.endsWith("'s") ? straight.slice(0, -2) : straight;
}

/*
 * Inflection: a lexicon entry lists a word once, by its lemma, and these list every regular form of it,
 * so "destroy" also finds "destroys", "destroyed" and "destroying". Irregular forms are given by hand
 * (`verb("bury")` is regular; `verb("lie", "lay", "lain")` adds what the rules cannot guess). A phrase
 * inflects its last word ("dirty work" → "dirty works"), or its first for a verb ("war on" is a noun).
 */

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** The lemma and its plural and possessives: thug, thugs, thug's, thugs'. */
export function noun(lemma: string, ...irregular: string[]): string[] {
  return inflectLast(lemma, (word) => [word, plural(word), `${word}'s`], irregular);
}

/** The lemma and its -s, -ed and -ing forms: destroy, destroys, destroyed, destroying. */
export function verb(lemma: string, ...irregular: string[]): string[] {
  return inflectFirst(lemma, (word) => [word, plural(word), pastOf(word), ingOf(word)], irregular);
}

/** The adjective and its adverb: absurd, absurdly; insane, insanely; crazy, crazily. */
export function adjective(lemma: string, ...irregular: string[]): string[] {
  return inflectLast(lemma, (word) => [word, adverbOf(word)], irregular);
}

function inflectLast(lemma: string, forms: (word: string) => string[], irregular: string[]): string[] {
  const words = lemma.split(" ");
  const last = words.pop() ?? lemma;
  const head = words.length > 0 ? `${words.join(" ")} ` : "";
  return unique([...forms(last).map((form) => head + form), ...irregular]);
}

function inflectFirst(lemma: string, forms: (word: string) => string[], irregular: string[]): string[] {
  const [first = lemma, ...rest] = lemma.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  return unique([...forms(first).map((form) => form + tail), ...irregular]);
}

function unique(forms: string[]): string[] {
  return [...new Set(forms)];
}

function plural(word: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function pastOf(word: string): string {
  if (word.endsWith("e")) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  return `${doubled(word)}ed`;
}

function ingOf(word: string): string {
  if (word.endsWith("ie")) return `${word.slice(0, -2)}ying`;
  if (word.endsWith("e") && !word.endsWith("ee")) return `${word.slice(0, -1)}ing`;
  return `${doubled(word)}ing`;
}

function adverbOf(word: string): string {
  if (word.endsWith("ic")) return `${word}ally`;
  if (word.endsWith("le")) return `${word.slice(0, -1)}y`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ily`;
  return `${word}ly`;
}

/** A short word ending consonant-vowel-consonant doubles its last letter: slam → slammed, rig → rigging. */
function doubled(word: string): string {
  const [a = "", b = "", c = ""] = word.slice(-3);
  const cvc = !VOWELS.has(a) && VOWELS.has(b) && !VOWELS.has(c) && !"wxy".includes(c);
  return cvc && word.length <= 4 ? word + c : word;
}
