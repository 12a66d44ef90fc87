/**
 * A strict RFC 4180 reader for the specs: records end with CRLF, quoted fields may hold commas, quotes
 * ("" for one) and line breaks. A stray character after a closing quote is an error, not guessed at.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        if (at >= text.length) throw new Error("unclosed quote");
        if (text[at] === '"') {
          if (text[at + 1] === '"') {
            field += '"';
            at += 2;
            continue;
          }
          at++;
          break;
        }
        field += text[at++];
      }
    } else {
      while (at < text.length && text[at] !== "," && text[at] !== "\r" && text[at] !== "\n") {
        if (text[at] === '"') throw new Error(`quote inside an unquoted field at ${at}`);
        field += text[at++];
      }
    }
    row.push(field);
    if (text[at] === ",") {
      at++;
    } else if (text.startsWith("\r\n", at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else if (at < text.length) {
      throw new Error(`expected a comma or CRLF at ${at}, found ${JSON.stringify(text[at])}`);
    }
  }
  if (row.length > 0) throw new Error("the last record has no CRLF");
  return rows;
}
