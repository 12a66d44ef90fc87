/** A value in a CSV cell: text is quoted as needed, numbers and booleans written as they are, null left blank. */
export type CsvCell = string | number | boolean | null | undefined;

/** A byte order mark, so spreadsheet programs opening the file by double-click read it as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Text a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+1", "@SUM(…)") with a single quote put in
 * front, so it is shown as text. https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** One cell as RFC 4180 text: quoted when it holds a comma, a double quote, CR or LF; quotes doubled. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: cells joined by commas, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
