import { MONTH_ALTERNATION, MONTH_NAMES } from "./lexicon/months";

const MARKUP_CHARACTER = /[[<*_#\\]/;
/** Whitespace that collapsing would change: anything but a single space. */
const UNCOLLAPSED_SPACE = /[^\S ]| {2}/;

/** Plain words of a line of markdown/HTML-ish markup: links, bold, underline, headings and escapes removed. */
export function stripMarkup(line: string): string {
  // Most lines hold no markup at all: every pattern below needs one of these characters.
  if (!MARKUP_CHARACTER.test(line)) return collapseSpaces(line);
  return collapseSpaces(
    line
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<a\b[^>]*>([^<]*)<\/a>/gi, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/\*\*|__/g, "")
      .replace(/^#+\s*/, "")
      .replace(/\\([*_#[\]()])/g, "$1"),
  );
}

/**
 * The line with each run of whitespace made one space, trimmed. A line of prose has single spaces only, and
 * replacing each of them by a space would build the whole line again for nothing.
 */
function collapseSpaces(line: string): string {
  return UNCOLLAPSED_SPACE.test(line) ? line.replace(/\s+/g, " ").trim() : line.trim();
}

const MONTH_NAME = `(${MONTH_ALTERNATION})`;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),\\s*(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})\\b`, "i");

/** The first full date in a line ("November 26, 2019" or "23 December 2019") as ISO YYYY-MM-DD, or null. */
export function findIsoDate(line: string): string | null {
  const monthFirst = MONTH_DAY_YEAR.exec(line);
  if (monthFirst) return isoDate(monthFirst[3], monthFirst[1], monthFirst[2]);
  const dayFirst = DAY_MONTH_YEAR.exec(line);
  if (dayFirst) return isoDate(dayFirst[3], dayFirst[2], dayFirst[1]);
  return null;
}

function isoDate(year = "", monthName = "", day = ""): string | null {
  const month = MONTH_NAMES.findIndex((name) => name.toLowerCase() === monthName.toLowerCase()) + 1;
  const dayNumber = Number(day);
  if (month === 0 || dayNumber < 1 || dayNumber > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(dayNumber).padStart(2, "0")}`;
}

/** The line with its first full date removed, trimmed of separators. */
export function withoutDate(line: string): string {
  return line
    .replace(MONTH_DAY_YEAR, "")
    .replace(DAY_MONTH_YEAR, "")
    .replace(/[\s,]+$/, "")
    .trim();
}
