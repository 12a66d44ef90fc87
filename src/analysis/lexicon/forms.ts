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

/** One regular expression for all the forms, longest first so "devastating blow" wins over "blow". */
export function compileForms(forms: Iterable<string>): RegExp {
  const alternatives = [...new Set([...forms].map(formKey))]
    .sort((a, b) => b.length - a.length)
    .map((form) =>
      form
        .split(" ")
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]"))
        .join("[\\s\\u00a0-]+"),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** The words of a text, lower case, for context rules; hyphens split words, a possessive 's goes ("assad"). */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase().replace(/’/g, "'").replace(/'s$/, ""));
}
