import { describe, expect, it } from "vitest";
import { parseCsv } from "../../tests/helpers/csv";
import { csvCell, neutraliseFormula, toCsv } from "./csv-export";

describe("writing a CSV cell (RFC 4180)", () => {
  it("leaves plain text as it is", () => {
    expect(csvCell("Sam Lee")).toBe("Sam Lee");
  });

  it("quotes text with a comma, a semicolon, a TAB, a double quote or a line break and doubles the quotes", () => {
    expect(csvCell("Lee, Sam")).toBe('"Lee, Sam"');
    expect(csvCell("Lee; Sam")).toBe('"Lee; Sam"');
    expect(csvCell("Lee\tSam")).toBe('"Lee\tSam"');
    expect(csvCell('the "liberated" town')).toBe('"the ""liberated"" town"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("writes numbers and booleans as they are and leaves null and undefined blank", () => {
    expect(csvCell(42)).toBe("42");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("keeps non-ASCII text unchanged", () => {
    expect(csvCell("Zoë 🦉")).toBe("Zoë 🦉");
  });
});

describe("neutralising spreadsheet formulas", () => {
  it("puts a single quote before text starting with = + - @ TAB or CR", () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseFormula("+1+1")).toBe("'+1+1");
    expect(neutraliseFormula("-2+3")).toBe("'-2+3");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("\tx")).toBe("'\tx");
    expect(neutraliseFormula("\rx")).toBe("'\rx");
  });

  it("looks past spaces and double quotes a lenient reader drops", () => {
    expect(neutraliseFormula(" =1+1")).toBe(" '=1+1");
    expect(neutraliseFormula('"=1+1"')).toBe('"\'=1+1"');
  });

  it("puts a single quote before a formula character right after a separator inside the text", () => {
    expect(neutraliseFormula(";=1+1;")).toBe(";'=1+1;");
    expect(neutraliseFormula("a,+1")).toBe("a,'+1");
    expect(neutraliseFormula("a; -2")).toBe("a; '-2");
    expect(neutraliseFormula('a;"@SUM(A1)"')).toBe('a;"\'@SUM(A1)"');
    expect(neutraliseFormula("a\t=1")).toBe("a\t'=1");
    expect(neutraliseFormula("a\n=1\r\n+2")).toBe("a\n'=1\r\n'+2");
    expect(neutraliseFormula("\t=1")).toBe("'\t'=1");
  });

  it("writes ';=1+1;' so that splitting on ';' yields no cell starting with a formula character", () => {
    const cell = csvCell(";=1+1;");
    expect(cell).toBe(`";'=1+1;"`);
    for (const piece of cell.split(";")) expect(piece.replace(/^[ "]+/, "")).not.toMatch(/^[=+\-@]/);
  });

  it("leaves text with those characters further in alone", () => {
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula("1+1=2")).toBe("1+1=2");
    expect(neutraliseFormula("Sam-Lee")).toBe("Sam-Lee");
    expect(neutraliseFormula("")).toBe("");
  });

  it("neutralises before quoting, so the quote ends up inside the quoted field", () => {
    expect(csvCell("=1,2")).toBe('"\'=1,2"');
    expect(csvCell("\rx")).toBe('"\'\rx"');
  });
});

describe("writing rows", () => {
  it("joins cells with commas and ends every record with CRLF", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b", null],
      ]),
    ).toBe("a,1\r\nb,\r\n");
  });

  it("reads back, cell by cell, as what was written (formulas neutralised)", () => {
    const rows = [
      ["nickname", "note"],
      ['Sam "the" Lee', "a,b\r\nc"],
      ["=cmd|' /C calc'!A0", ""],
    ];
    expect(parseCsv(toCsv(rows))).toEqual([
      ["nickname", "note"],
      ['Sam "the" Lee', "a,b\r\nc"],
      ["'=cmd|' /C calc'!A0", ""],
    ]);
  });
});
