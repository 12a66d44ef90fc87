/**
 * A teacher's article as it arrives (pasted text, or an uploaded .txt, .md or .html file) turned into the
 * plain text Byline analyses, or a message saying why it cannot be used. Pure: no Hono, no D1.
 */

import { MONTH_NAMES } from "../analysis/lexicon/months";
import { MAX_ARTICLE_BYTES } from "../articles/article-body";

export type InputResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 413 | 415; message: string };

/** Fewer words than this is a headline or a fragment, not an article Byline can ask about. */
export const MIN_ARTICLE_WORDS = 40;

export type ArticleFormat = "text" | "markdown" | "html";

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

/** The format a file name promises (.txt, .md, .html), or a message naming the ones accepted. */
export function formatOfFileName(fileName: string): InputResult<ArticleFormat> {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const format = FORMAT_BY_EXTENSION[extension];
  if (format) return { ok: true, value: format };
  return {
    ok: false,
    status: 415,
    message: `Byline reads .txt, .md and .html files; "${fileName}" is none of these. Save the article as one, or paste its text.`,
  };
}

/** The bytes of an upload as text: at most 100 KB, not binary, valid UTF-8 (a leading byte-order mark dropped). */
export function decodeUpload(bytes: Uint8Array): InputResult<string> {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return tooLarge();
  if (bytes.byteLength === 0) return empty();
  if (looksBinary(bytes)) {
    return {
      ok: false,
      status: 415,
      message:
        "That file is not text (it looks like a PDF, an image or a word-processor file). Save the article as .txt, .md or .html, or paste its text.",
    };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, value: text };
  } catch {
    return {
      ok: false,
      status: 400,
      message:
        "That file is not UTF-8 text (perhaps Windows-1252 or Latin-1). Save it again as UTF-8, or paste its text.",
    };
  }
}

/** NUL bytes, or many control characters other than tab and line breaks, mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control > sample.byteLength / 20;
}

/**
 * The article text to analyse: HTML reduced to its text, line breaks made "\n", control characters other
 * than line breaks and tabs dropped; refused when it is over 100 KB, empty or too short to be an article.
 */
export function prepareArticleText(raw: string, format: ArticleFormat): InputResult<string> {
  if (new TextEncoder().encode(raw).byteLength > MAX_ARTICLE_BYTES) return tooLarge();
  const cleaned = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
  if (cleaned.trim() === "") return empty();
  const text = format === "html" ? htmlToArticleText(cleaned) : cleaned.trim();
  const words = countWords(text);
  if (format === "html" && words < MIN_ARTICLE_WORDS) {
    return {
      ok: false,
      status: 400,
      message:
        "That HTML page has no article in it that Byline could find (no paragraphs of text outside menus, headers and footers). Save the article's own page, or paste its text.",
    };
  }
  if (words < MIN_ARTICLE_WORDS) {
    return {
      ok: false,
      status: 400,
      message: `That text has ${words} words; an article needs at least ${MIN_ARTICLE_WORDS} for Byline to ask questions about it.`,
    };
  }
  return { ok: true, value: text };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function tooLarge(): InputResult<never> {
  return {
    ok: false,
    status: 413,
    message: `The article is larger than 100 KB (${MAX_ARTICLE_BYTES} bytes). Paste or upload a shorter text.`,
  };
}

function empty(): InputResult<never> {
  return { ok: false, status: 400, message: "The article is empty. Paste its text or choose a file." };
}

/** Elements that never hold the article's own words. */
const DROPPED_ELEMENTS = [
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "figure",
];

/** Block elements whose text becomes a paragraph of its own. */
const BLOCK_ELEMENTS =
  /^(?:p|h[1-6]|li|blockquote|pre|div|section|article|main|dd|dt|td|th|tr|br|hr|time|address)$/;

/**
 * An HTML page reduced to the article text Byline reads: the headline (first h1, else the title), the byline
 * and the date (from the page's author and publication-date markup) as the first lines, then each
 * paragraph of the article (its <article> or <main> element when there is one) on a line of its own.
 * Scripts, styles, navigation, headers, footers, asides and forms are dropped.
 */
export function htmlToArticleText(html: string): string {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const headline = findHeadline(withoutComments);
  const byline = findByline(withoutComments);
  const date = findDate(withoutComments);
  let body = withoutComments;
  for (const name of DROPPED_ELEMENTS) body = dropElement(body, name);
  const main = innerOf(body, "article") ?? innerOf(body, "main") ?? innerOf(body, "body") ?? body;
  const paragraphs = blocksOf(main).filter((paragraph) => paragraph !== headline);
  const head = [headline, byline ? `By ${byline}` : null, date].filter((line): line is string => !!line);
  return [...head, ...paragraphs].join("\n\n");
}

/** Removes every `<name …>…</name>` (case-insensitive, nested copies included by repeating). */
function dropElement(html: string, name: string): string {
  const pattern = new RegExp(`<${name}\\b[^>]*>(?:(?!<${name}\\b)[\\s\\S])*?</${name}\\s*>`, "gi");
  let previous = "";
  let current = html;
  // Innermost copies go first, so nested ones (a nav inside a header) come away on a later pass.
  while (current !== previous) {
    previous = current;
    current = current.replace(pattern, " ");
  }
  return current.replace(new RegExp(`<${name}\\b[^>]*/?>`, "gi"), " ");
}

function innerOf(html: string, name: string): string | null {
  const open = new RegExp(`<${name}\\b[^>]*>`, "i").exec(html);
  if (!open) return null;
  const from = open.index + open[0].length;
  const close = html.toLowerCase().lastIndexOf(`</${name}`);
  return html.slice(from, close > from ? close : html.length);
}

/** The text of each block element, in order, as one line each; inline markup is dropped. */
function blocksOf(html: string): string[] {
  const marked = html.replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (tag, name: string) =>
    BLOCK_ELEMENTS.test(name.toLowerCase()) ? "\n\n" : tag.startsWith("</") ? "" : "",
  );
  return marked
    .split(/\n\s*\n/)
    .map((block) => cleanText(block))
    .filter((block) => block !== "");
}

function cleanText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

function findHeadline(html: string): string | null {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(html)?.[1];
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
  const headline = cleanText(h1 ?? title ?? "");
  return headline || null;
}

function findByline(html: string): string | null {
  const meta = metaContent(html, "author");
  if (meta) return meta;
  const marked =
    /<[a-z]+\b[^>]*(?:rel=["']?author|class=["'][^"']*\b(?:byline|author)\b)[^>]*>([\s\S]*?)<\/[a-z]+\s*>/i.exec(
      html,
    )?.[1];
  const name = cleanText(marked ?? "").replace(/^By\s+/i, "");
  return name && name.length <= 100 ? name : null;
}

/** The publication date as "14 September 2026", which the article parser reads; null when the page has none. */
function findDate(html: string): string | null {
  const iso =
    metaContent(html, "article:published_time") ??
    metaContent(html, "date") ??
    /<time\b[^>]*datetime=["']([^"']+)["']/i.exec(html)?.[1] ??
    null;
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return null;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The content of `<meta name="…">` or `<meta property="…">`, whichever attribute comes first. */
function metaContent(html: string, name: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:name|property)=["']([^"']+)["']/i.exec(tag)?.[1];
    const content = /\bcontent=["']([^"']*)["']/i.exec(tag)?.[1];
    if (key?.toLowerCase() === name && content) return cleanText(content) || null;
  }
  return null;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  pound: "£",
  euro: "€",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith("#")) {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
