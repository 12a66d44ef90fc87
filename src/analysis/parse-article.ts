import { findIsoDate, stripMarkup, withoutDate } from "./markup";
import type { ArticleMeta, ArticleTags, Boilerplate, BoilerplateKind, ParsedArticle, Span } from "./types";

interface Line extends Span {
  raw: string;
  /** The line without markup, for matching. */
  plain: string;
}

type TagName = keyof ArticleTags;

const TAG_LINES: readonly { name: TagName; pattern: RegExp }[] = [
  { name: "region", pattern: /^Region:\s*(.*)$/i },
  { name: "theme", pattern: /^Theme:\s*(.*)$/i },
  { name: "inDepthReport", pattern: /^In-depth Report:\s*(.*)$/i },
];

const BYLINE = /^(?:By|Posted by|Written by|Words by)\s+(.{2,100})$/i;
/** "Tessa Morgan, Business Reporter": a name and a newsroom job, without "By". */
const STAFF_BYLINE =
  /^((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),\s+(?:[A-Z][\w-]*\s+){0,3}(?:Reporter|Correspondent|Editor|Writer|Columnist|Journalist|Staff)$/;
const JOB_TITLE_SUFFIX =
  /,\s+(?:[A-Z][\w-]*\s+){0,3}(?:Reporter|Correspondent|Editor|Writer|Columnist|Journalist|Staff)$/;
const WEEKDAY = /,?\s*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?\s*$/;
const URL_ONLY = /^<?(https?:\/\/\S+?)>?$/;

/** Boilerplate, as data: the first rule whose pattern matches a footer passage names its kind. */
const BOILERPLATE_RULES: readonly { kind: BoilerplateKind; pattern: RegExp }[] = [
  { kind: "share-request", pattern: /^Note to readers:|click the share buttons|Crosspost on your blog/i },
  {
    kind: "donation-appeal",
    pattern:
      /\bin (its|their|our) endeavou?rs\b|please support|\bPayPal\b|\bPatreon\b|\/donate\b|without your help/i,
  },
  { kind: "original-source", pattern: /^The original source of this article is/i },
  { kind: "copyright", pattern: /^Copyright\s*(©|\(c\))/i },
  { kind: "comment-invite", pattern: /^Comment on .{0,60}(Articles|page)/i },
  { kind: "membership-appeal", pattern: /^Become a Member of/i },
  { kind: "author-credit", pattern: /^Articles by:/i },
  { kind: "disclaimer", pattern: /^Disclaimer\b|will not be responsible for any inaccurate/i },
  { kind: "fair-use", pattern: /"fair use"|“fair use”|contains copyrighted material/i },
  { kind: "media-inquiry", pattern: /^For media inquiries/i },
];

/**
 * Every boilerplate pattern in one, tried first on each line: one pass over a line of reporting instead of
 * one per rule (all of them ignore case; a rule with other flags would leave this out).
 */
const ANY_BOILERPLATE = BOILERPLATE_RULES.every((rule) => rule.pattern.flags === "i")
  ? new RegExp(BOILERPLATE_RULES.map((rule) => `(?:${rule.pattern.source})`).join("|"), "i")
  : null;

/** A lone "*" (or escaped "\*") separates the reporting from the republisher's footer. */
const FOOTER_SEPARATOR = /^\\?\*$/;

/** Splits an article into its metadata, its paragraphs of reporting and its labelled boilerplate. */
export function parseArticle(text: string): ParsedArticle {
  const lines = splitLines(text).filter((line) => line.plain !== "");
  const titleLine = lines[0];
  const headerEnd = findHeaderEnd(lines);
  const header = lines.slice(1, headerEnd);
  const rest = lines.slice(headerEnd);
  const footerStart = findFooterStart(rest);
  const bodyLines = rest.slice(0, footerStart);
  const boilerplate = labelBoilerplate(rest.slice(footerStart));
  const links = bodyLines.flatMap((line) => {
    const url = URL_ONLY.exec(line.plain)?.[1];
    return url ? [url] : [];
  });
  const paragraphs = mergeBrokenParagraphs(text, bodyLines.filter(isReportingLine));
  const meta = readMeta(titleLine, header, boilerplate, links);
  const headline = titleLine
    ? { start: titleLine.start, end: titleLine.end, text: text.slice(titleLine.start, titleLine.end) }
    : null;
  return { text, meta, headline, paragraphs, boilerplate };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const trimmedEnd = raw.trimEnd();
    const leading = trimmedEnd.length - trimmedEnd.trimStart().length;
    lines.push({
      start: start + leading,
      end: start + trimmedEnd.length,
      raw: trimmedEnd.trimStart(),
      plain: stripMarkup(trimmedEnd),
    });
    start += raw.length + 1;
  }
  return lines;
}

function isHeaderLine(line: Line): boolean {
  const plain = line.plain;
  return (
    BYLINE.test(plain) ||
    STAFF_BYLINE.test(plain) ||
    findIsoDate(plain) !== null ||
    TAG_LINES.some((tag) => tag.pattern.test(plain))
  );
}

/**
 * The header (byline, dateline, tags, standfirst) ends at the last header-looking line that comes
 * before the first long line of prose; an article without such lines has a header of its title only.
 */
function findHeaderEnd(lines: Line[]): number {
  const firstProse = lines.findIndex((line, index) => index > 0 && line.plain.length > 120);
  const limit = firstProse === -1 ? Math.min(lines.length, 15) : firstProse;
  let end = 1;
  for (let index = 1; index < limit; index++) {
    const line = lines[index];
    if (line && isHeaderLine(line)) end = index + 1;
  }
  return absorbTagContinuations(lines, end);
}

/** Tag lists are sometimes broken across lines ("Region: …, Russia" / "and FSU"). */
function absorbTagContinuations(lines: Line[], end: number): number {
  let next = end;
  while (lines[next] && isTagContinuation(lines[next - 1], lines[next])) next++;
  return next;
}

function isTagContinuation(previous: Line | undefined, line: Line | undefined): boolean {
  if (!previous || !line) return false;
  const previousIsTag = TAG_LINES.some((tag) => tag.pattern.test(previous.plain));
  return previousIsTag && line.plain.length < 40 && !/[.!?]$/.test(line.plain) && !isHeaderLine(line);
}

function boilerplateKind(line: Line): BoilerplateKind | null {
  if (ANY_BOILERPLATE && !ANY_BOILERPLATE.test(line.plain)) return null;
  return BOILERPLATE_RULES.find((rule) => rule.pattern.test(line.plain))?.kind ?? null;
}

function findFooterStart(lines: Line[]): number {
  const index = lines.findIndex((line, at) => isFooterSeparator(lines, at) || boilerplateKind(line) !== null);
  return index === -1 ? lines.length : index;
}

/** How many lines after a lone "*" may come before the footer it opens (an author's note, an image credit). */
const FOOTER_LEAD_LINES = 3;

/**
 * A lone "*" opens the republisher's footer when boilerplate follows within a few lines, or little text
 * does; before more reporting ("*", then a reprinted article with its own byline) it is a section break.
 */
function isFooterSeparator(lines: Line[], at: number): boolean {
  if (!FOOTER_SEPARATOR.test(lines[at]?.raw ?? "")) return false;
  const after = lines.slice(at + 1, at + 1 + FOOTER_LEAD_LINES);
  return after.length < FOOTER_LEAD_LINES || after.some((line) => boilerplateKind(line) !== null);
}

/** Headings ("## Watch the video here."), bare links and a section break ("*") are not reporting. */
function isReportingLine(line: Line): boolean {
  return !line.raw.startsWith("#") && !URL_ONLY.test(line.plain) && !FOOTER_SEPARATOR.test(line.raw);
}

/** A paragraph that stops mid-sentence and resumes in lower case after a blank line is one paragraph. */
function mergeBrokenParagraphs(text: string, lines: Line[]): Span[] {
  const paragraphs: Span[] = [];
  for (const line of lines) {
    const previous = paragraphs[paragraphs.length - 1];
    const continues = previous !== undefined && !endsAClause(text, previous) && /^[a-z]/.test(line.raw);
    if (previous && continues) previous.end = line.end;
    else paragraphs.push({ start: line.start, end: line.end });
  }
  return paragraphs;
}

/**
 * Whether a paragraph ends in a full stop, a colon, or a closing quotation mark or bracket: read by its last
 * character, not by a pattern anchored at its end (which is tried at every position of the paragraph).
 */
function endsAClause(text: string, paragraph: Span): boolean {
  return paragraph.end > paragraph.start && /[.!?:"”')\]]/.test(text[paragraph.end - 1] as string);
}

function labelBoilerplate(lines: Line[]): Boilerplate[] {
  const passages: Boilerplate[] = [];
  let current: BoilerplateKind | null = null;
  for (const line of lines) {
    if (FOOTER_SEPARATOR.test(line.raw)) continue;
    for (const piece of splitCopyrightTail(line)) {
      const kind: BoilerplateKind | null = boilerplateKind(piece) ?? current;
      if (!kind) continue;
      passages.push({ kind, start: piece.start, end: piece.end, text: piece.raw });
      current = kind;
    }
  }
  return passages;
}

/** "The original source of this article is X Copyright © X, 2019" holds two passages on one line. */
function splitCopyrightTail(line: Line): Line[] {
  const at = line.raw.search(/\s+Copyright\s*©/);
  if (at <= 0 || !/^The original source/i.test(line.plain)) return [line];
  const tail = line.raw.slice(at).trimStart();
  const tailStart = line.end - tail.length;
  const head = line.raw.slice(0, at);
  return [
    { start: line.start, end: line.start + head.length, raw: head, plain: stripMarkup(head) },
    { start: tailStart, end: line.end, raw: tail, plain: stripMarkup(tail) },
  ];
}

function readMeta(
  titleLine: Line | undefined,
  header: Line[],
  boilerplate: Boilerplate[],
  links: string[],
): ArticleMeta {
  const author = findAuthor(header, boilerplate);
  const publisher = findPublisher(header, boilerplate);
  return {
    title: titleLine ? titleLine.plain : null,
    author,
    publisher,
    originalSource: findOriginalSource(boilerplate),
    republished:
      author !== null &&
      publisher !== null &&
      !sameName(author, publisher) &&
      showsRepublication(boilerplate),
    published: header.map((line) => findIsoDate(line.plain)).find((date) => date !== null) ?? null,
    tags: readTags(header),
    links,
  };
}

/**
 * A byline and a different outlet's dateline are what every staff-written story shows ("By Jo Bell" over
 * "The Daily Beacon, 3 May 2027"); a piece was republished only when the page also credits the producer
 * apart from the byline ("Articles by: …", "The original source of this article is …").
 */
function showsRepublication(boilerplate: Boilerplate[]): boolean {
  return boilerplate.some(
    (passage) => passage.kind === "author-credit" || passage.kind === "original-source",
  );
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\W/g, "") === b.toLowerCase().replace(/\W/g, "");
}

function findAuthor(header: Line[], boilerplate: Boilerplate[]): string | null {
  for (const line of header) {
    const byline = BYLINE.exec(line.plain)?.[1] ?? STAFF_BYLINE.exec(line.plain)?.[1];
    if (byline) return cleanAuthor(byline);
  }
  const credit = boilerplate.find((passage) => passage.kind === "author-credit");
  const name = credit ? stripMarkup(credit.text).replace(/^Articles by:\s*/i, "") : "";
  return name || null;
}

/** "Priya Nandakumar, Local Democracy Reporter" → "Priya Nandakumar"; "Rick Dalton | The Ledger" → "Rick Dalton". */
function cleanAuthor(byline: string): string {
  const name = withoutDate(byline.split(/\s+\|\s+/)[0] ?? byline);
  return name.replace(JOB_TITLE_SUFFIX, "").trim();
}

function findPublisher(header: Line[], boilerplate: Boilerplate[]): string | null {
  for (const line of header) {
    const outlet = outletOnLine(line.plain);
    if (outlet) return outlet;
  }
  // The publisher's own disclaimer names it: "… permission to cross-post Global Research articles …".
  for (const passage of boilerplate) {
    const named = /cross-post ([A-Z][\w .&'-]{1,60}?) articles/.exec(passage.text)?.[1];
    if (named) return named;
  }
  return null;
}

/** The outlet on a dateline ("Meridian News Agency, 6 March 2020") or after a byline ("Posted by X | Outlet"). */
function outletOnLine(plain: string): string | null {
  const afterByline = BYLINE.test(plain) ? plain.split(/\s+\|\s+/)[1] : undefined;
  if (afterByline) return withoutDate(afterByline) || null;
  if (BYLINE.test(plain) || findIsoDate(plain) === null) return null;
  const outlet = withoutDate(plain)
    .replace(WEEKDAY, "")
    .replace(/[\s,|–—-]+$/, "")
    .trim();
  const plausible = /^[A-Z]/.test(outlet) && outlet.split(/\s+/).length <= 8 && !/[.!?]$/.test(outlet);
  return plausible ? outlet : null;
}

function findOriginalSource(boilerplate: Boilerplate[]): string | null {
  const passage = boilerplate.find((item) => item.kind === "original-source");
  if (!passage) return null;
  const name = stripMarkup(passage.text)
    .replace(/^The original source of this article is\s*/i, "")
    .replace(/[.\s]+$/, "");
  return name || null;
}

function readTags(header: Line[]): ArticleTags {
  const tags: ArticleTags = { region: [], theme: [], inDepthReport: [] };
  let last: TagName | null = null;
  for (const line of header) {
    const tag = TAG_LINES.find((candidate) => candidate.pattern.test(line.plain));
    if (tag) {
      last = tag.name;
      tags[tag.name].push(...splitTagList(tag.pattern.exec(line.plain)?.[1] ?? ""));
    } else if (last && !isHeaderLine(line) && line.plain.length < 40) {
      appendContinuation(tags[last], line.plain);
    }
  }
  return tags;
}

function splitTagList(list: string): string[] {
  return list
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function appendContinuation(items: string[], continuation: string): void {
  const lastIndex = items.length - 1;
  if (lastIndex < 0) items.push(continuation);
  else items[lastIndex] = `${items[lastIndex]} ${continuation}`;
}
