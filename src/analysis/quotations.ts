import type { Span } from "./types";

export interface Quotation extends Span {
  /** The words between the quotation marks, as offsets into the same text. */
  inner: Span;
  /**
   * A short phrase nobody is quoted as saying, set off to signal doubt ("moderate opposition"),
   * as opposed to a quotation of someone's words.
   */
  scare: boolean;
}

/** Double quotation marks only: single ones are too often apostrophes (Ma’ar, it’s, militants’). */
const QUOTED = /“([^“”]{1,400})”|"([^"]{1,400})"/g;
/** Naming, not doubting: "known as the “Tiger Forces”", "a slogan, “Never again”". */
const NAMING_BEFORE =
  /\b(called|named|titled|entitled|dubbed|nicknamed|known as|the words?|the term|the phrase|slogan|motto|operation|codenamed|hashtag)\s*(?:the|a|an)?\s*[,:]?\s*$/i;
const REPORTING_BEFORE =
  /\b(said|says|say|told|added|wrote|stated|declared|announced|shouted|chanted|read)\s*[,:]?\s*$/i;
const REPORTING_AFTER = /^\s*,?\s*(said|says|added|wrote|told|he|she|they)\b/i;
/** A phrase with a verb in it is a partial quotation of someone's words ("repelled terrorist attacks"). */
const VERB_LIKE = /\b(\w+ed|\w+ing|is|are|was|were|will|would|have|has|had|be|do|did|can|must|should|not)\b/i;
const SCARE_MAX_WORDS = 4;

/** The quotations in a piece of text, each marked as a scare quote or a real quotation. */
export function findQuotations(text: string): Quotation[] {
  return [...text.matchAll(QUOTED)].map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const inner = { start: start + 1, end: end - 1 };
    return { start, end, inner, scare: isScareQuote(text, inner, start, end) };
  });
}

function isScareQuote(text: string, inner: Span, start: number, end: number): boolean {
  const words = text.slice(inner.start, inner.end).trim();
  if (words === "" || words.split(/\s+/).length > SCARE_MAX_WORDS) return false;
  if (/[.!?,;:]$/.test(words) || VERB_LIKE.test(words)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  return !NAMING_BEFORE.test(before) && !REPORTING_BEFORE.test(before) && !REPORTING_AFTER.test(after);
}
