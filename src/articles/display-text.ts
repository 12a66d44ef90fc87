import type { Span } from "../analysis/types";

/**
 * Markup characters to leave out when showing the raw text: the brackets and target of a markdown link,
 * HTML tags, the angle brackets of an autolink, bold markers, escaping backslashes and heading hashes.
 * The text itself is never changed, so analysis offsets still point into it.
 */
const HIDDEN_MARKUP: readonly { pattern: RegExp; hide: (match: RegExpExecArray) => Span[] }[] = [
  {
    // [label](target): hide "[" and "](target)", keep the label.
    pattern: /\[([^\]\n]*)\]\([^)\s]*\)/g,
    hide: (match) => {
      const labelEnd = match.index + 1 + (match[1] ?? "").length;
      return [
        { start: match.index, end: match.index + 1 },
        { start: labelEnd, end: match.index + match[0].length },
      ];
    },
  },
  { pattern: /<\/?[a-z][a-z0-9]*(?:\s[^<>\n]*)?\/?>/gi, hide: whole },
  {
    // <https://…>: hide the angle brackets, keep the address.
    pattern: /<https?:\/\/[^<>\s]+>/g,
    hide: (match) => [
      { start: match.index, end: match.index + 1 },
      { start: match.index + match[0].length - 1, end: match.index + match[0].length },
    ],
  },
  { pattern: /\*\*|__/g, hide: whole },
  {
    // *emphasis*: hide the two stars; a lone star ("5 * 2", a "*" separator line) stays.
    pattern: /(?<![*\\\w])\*(?=[^\s*])[^*\n]*?[^\s*\\]\*(?![*\w])/g,
    hide: (match) => [
      { start: match.index, end: match.index + 1 },
      { start: match.index + match[0].length - 1, end: match.index + match[0].length },
    ],
  },
  {
    // A backslash escape: hide the backslash, keep the character it escapes.
    pattern: /\\[*_#[\]()\\]/g,
    hide: (match) => [{ start: match.index, end: match.index + 1 }],
  },
  { pattern: /^#{1,6}[ \t]+/gm, hide: whole },
];

function whole(match: RegExpExecArray): Span[] {
  return [{ start: match.index, end: match.index + match[0].length }];
}

/** Sorted, non-overlapping spans of markup syntax in the text, to skip when displaying it. */
export function findHiddenMarkup(text: string): Span[] {
  const spans = HIDDEN_MARKUP.flatMap((rule) => [...text.matchAll(rule.pattern)].flatMap(rule.hide));
  return mergeSpans(spans);
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (previous && span.start <= previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The readable part of text.slice(range.start, range.end): every hidden markup character left out. */
export function visibleText(text: string, range: Span, hidden: readonly Span[]): string {
  let shown = "";
  let at = range.start;
  for (const span of hidden) {
    if (span.end <= at) continue;
    if (span.start >= range.end) break;
    shown += text.slice(at, Math.max(at, span.start));
    at = Math.max(at, span.end);
  }
  return shown + text.slice(Math.min(at, range.end), range.end);
}

/** A whole passage of raw text as plain words on one line: markup hidden, runs of white space made one space. */
export function displayText(text: string): string {
  return visibleText(text, { start: 0, end: text.length }, findHiddenMarkup(text))
    .replace(/\s+/g, " ")
    .trim();
}
