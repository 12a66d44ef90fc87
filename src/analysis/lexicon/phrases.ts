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
