/**
 * One-line phrase patterns, compiled once to a regular expression. A pattern is words in order:
 * - `a/b/c`: any one of the words ("is/are/was/were");
 * - `has_been`: words joined by `_` count as one choice ("could_not/cannot");
 * - a trailing `?`: the word may be missing ("unconfirmed? reports");
 * - `*3`: up to three words of anything ("no *2 evidence" finds "no hard evidence").
 * Matching ignores case and needs whole words.
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${phrases.map(phrasePattern).join("|")})\\b`, "gi");
}

/**
 * The phrases found in a text, as `compilePhrases`' pattern finds them, looked for only in a text that
 * holds a word each phrase needs (its last word that is neither optional nor a wildcard): that look costs
 * a fraction of the whole pattern, and most sentences hold none of a short list's words.
 */
export function compilePhraseFinder(phrases: readonly string[]): (text: string) => RegExpExecArray[] {
  const pattern = compilePhrases(phrases);
  const needs = phrases.map(neededWordChoices);
  const needed = needs.every((choices) => choices.length > 0)
    ? new RegExp(needs.flat().join("|"), "i")
    : null;
  return (text) => (needed && !needed.test(text) ? [] : [...text.matchAll(pattern)]);
}

/** The choices of the last word a phrase cannot do without, as patterns; none when every word is optional. */
function neededWordChoices(phrase: string): string[] {
  const needed = phrase
    .trim()
    .split(/\s+/)
    .filter((word) => !/^\*\d+$/.test(word) && !(word.endsWith("?") && word.length > 1));
  const last = needed[needed.length - 1];
  return last ? last.split("/").map((choice) => escapeWords(choice.replace(/_/g, " "))) : [];
}

/** The words of `phrases` as one alternation, longest first, for a larger pattern ("at least|about"). */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeWords(phrase))
    .join("|");
}

function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  return words
    .map((word, index) => {
      const last = index === words.length - 1;
      const wildcard = /^\*(\d+)$/.exec(word);
      if (wildcard) return `(?:[\\w'’-]+\\s+){0,${wildcard[1]}}?`;
      const optional = word.endsWith("?") && word.length > 1;
      const choices = (optional ? word.slice(0, -1) : word)
        .split("/")
        .map((choice) => escapeWords(choice.replace(/_/g, " ")));
      const piece = `(?:${choices.join("|")})${last ? "" : "\\s+"}`;
      return optional ? `(?:${piece})?` : piece;
    })
    .join("");
}

/** Escapes a phrase for a regular expression; a space matches any run of white space. */
function escapeWords(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}
