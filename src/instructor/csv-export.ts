/** A value in a CSV cell: text is quoted as needed, numbers and booleans written as they are, null left blank. */
export type CsvCell = string | number | boolean | null | undefined;

/** A byte order mark, so spreadsheet programs opening the file by double-click read it as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/**
 * A formula character (= + - @, or TAB or CR, which some programs strip before looking) at the start of a
 * cell, after any spaces and double quotes a lenient reader drops.
 */
const FORMULA_AT_START = /^([ "]*)(?=[=+\-@\t\r])/;

/**
 * A formula character (= + - @) right after a separator a spreadsheet may split on (comma, semicolon, TAB,
 * CR, LF): a program that splits on ";" without honouring quotes starts a new cell there.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])([ "]*)(?=[=+\-@])/g;

/** Characters that make a cell need quoting: separators (comma, semicolon, TAB), the quote, line breaks. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * Text a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+1", "@SUM(…)", or ";=1+1;" split on ";")
 * with a single quote put before each formula character that starts a cell or follows a separator, so it
 * is shown as text. https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutraliseFormula(text: string): string {
  return text.replace(FORMULA_AT_START, "$1'").replace(FORMULA_AFTER_SEPARATOR, "$1$2'");
}

/**
 * One cell as RFC 4180 text, formulas neutralised: quoted when it holds a comma, a semicolon, a TAB, a double
 * quote, CR or LF (so a reader splitting on ";" or TAB keeps it whole too); quotes doubled.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: cells joined by commas, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
