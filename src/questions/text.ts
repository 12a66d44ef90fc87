import type { Span } from "../analysis/types";

/** Markdown and HTML markup the seeds carry (links, bold, underline, escapes), removed for display in a prompt. */
export function plainText(text: string): string {
  if (!/[[<\\*_]/.test(text)) return text.replace(/\s+/g, " ").trim();
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/\\([*_[\]])/g, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}

/**
 * A readable excerpt of `span` in `text` that keeps `focus` in view: the whole span when short enough,
 * otherwise a window of whole words around the focus, with ellipses where it was cut. A quotation the excerpt
 * opens or closes is closed or opened with its mark, so every excerpt's quotation marks pair up.
 */
export function excerpt(text: string, span: Span, focus: Span = span, max = 150): string {
  const whole = plainText(text.slice(span.start, span.end));
  if (whole.length <= max) return withPairedQuotes(whole);
  if (focus.end - focus.start > max * 0.8)
    return withPairedQuotes(shorten(plainText(text.slice(focus.start, focus.end)), max));
  // The sentence's own start when the focus fits after it: "The main reason … is that its proxy groups…",
  // never "…inability provide a popper security … proxy groups".
  if (focus.end - span.start <= max - 10) {
    let end = Math.min(span.end, span.start + max);
    while (end < span.end && /\S/.test(text[end] ?? "")) end--;
    return withPairedQuotes(`${plainText(text.slice(span.start, end)).replace(/[\s,;:–—-]+$/, "")}…`);
  }
  const middle = Math.floor((focus.start + focus.end) / 2);
  let start = Math.max(span.start, middle - Math.floor(max / 2));
  let end = Math.min(span.end, start + max);
  start = Math.max(span.start, end - max);
  if (start > focus.start) start = Math.max(span.start, focus.start - 10);
  if (end < focus.end) end = Math.min(span.end, focus.end + 10);
  while (start > span.start && /\S/.test(text[start - 1] ?? "")) start++;
  while (end < span.end && /\S/.test(text[end] ?? "")) end--;
  // Start at a clause when one begins before the focus: "…when militant shelling killed…", not "…21 incident, when…".
  if (start > span.start) {
    const clause = /[,;:–—]\s+/.exec(text.slice(start, focus.start));
    if (clause) start += clause.index + clause[0].length;
  }
  return withPairedQuotes(
    `${start > span.start ? "…" : ""}${plainText(text.slice(start, end))}${end < span.end ? "…" : ""}`,
  );
}

/**
 * The quotation marks an excerpt leaves unpaired: `unopened`, a mark to put in front (the excerpt closes a
 * quotation it never opened: `per cent," Achebe said`), and `unclosed`, a mark to put behind (`called it
 * "a land grab`). Straight marks are told apart by what comes before: a mark after a space opens.
 */
export function unpairedQuotes(text: string): { unopened: string | null; unclosed: string | null } {
  const open: string[] = [];
  let unopened: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const mark = text[index];
    if (mark === "“") open.push("”");
    else if (mark === "”") {
      if (open.at(-1) === "”") open.pop();
      else unopened ??= "“";
    } else if (mark === '"') {
      if (open.at(-1) === '"') open.pop();
      else if (index === 0 || /[\s([{—–…-]/.test(text[index - 1] ?? "")) open.push('"');
      else unopened ??= '"';
    }
  }
  return { unopened, unclosed: open.at(-1) ?? null };
}

/**
 * An excerpt with its quotation marks paired: a quotation it closes without opening gets its opening mark in
 * front (`"We have asked …," Achebe said`), one it opens gets its closing mark behind, after any ellipsis
 * ("march for…") and in place of a closing full stop or comma.
 */
function withPairedQuotes(body: string): string {
  if (!/["“”]/.test(body)) return body;
  const { unopened, unclosed } = unpairedQuotes(body);
  if (!unopened && !unclosed) return body;
  const opened = unopened ? `${unopened}${body}` : body;
  return unclosed ? `${opened.replace(/[.,;:]$/, "")}${unclosed}` : opened;
}

/** Lower case, one space between words, no surrounding punctuation: for comparing option texts. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’'.,:;!?()…]+/g, "")
    .replace(/\s{2,}|[\t\n\r]/g, " ")
    .trim();
}

/** Latin letters (with accents) and digits, then inner hyphens and apostrophes: a word. \p{L} is ~5× slower in V8. */
const WORD = /[a-z0-9\u00c0-\u024f]+(?:[-'’][a-z0-9\u00c0-\u024f]+)*/g;

/** Words of a text in lower case (letters, digits, inner hyphens and apostrophes). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** "the Russian Defense Ministry" → "The Russian Defense Ministry": a source name that can start an option. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words that start a source phrase with a capital only because they start the sentence. */
const COMMON_START =
  /^(The|A|An|Local|Media|Some|Many|Several|Reports?|Sources|Activists|Experts|Analysts|Observers|Witnesses|Residents|Critics|Others|(?:Pro|Anti)-[\w-]+)(?:\s|$)/;

/** "An independent regulator" → "an independent regulator", "Pro-militant sources" → "pro-militant sources": for mid-sentence. */
export function midSentence(name: string): string {
  return COMMON_START.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** A claim's words as an option: capitalised, without a closing full stop, with any quotation it opens closed. */
export function claimAsOption(words: string): string {
  const text = capitalise(words.replace(/[.;:,]+$/, ""));
  const { unclosed } = unpairedQuotes(text);
  return unclosed ? `${text}${unclosed}` : text;
}

/** A quoted phrase for prompts, in curly quotes. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** "the ministry" → "the ministry's", "opposition websites" → "opposition websites'": a possessive. */
export function possessive(name: string): string {
  return /s$/.test(name) && !/\b[A-Z][\w-]*s$/.test(name.split(" ").at(-1) ?? "") ? `${name}'` : `${name}'s`;
}
