import { describe, expect, it } from "vitest";
import { evidenceParagraphs } from "./evidence-paragraphs";

const TEXT = "Title\n\nThe army advanced, SANA said.\n\nRebels were reportedly killed.\n";

function spanOf(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
}

function slices(text: string, paragraphs: ReturnType<typeof evidenceParagraphs>) {
  return paragraphs.map((p) => ({
    paragraph: text.slice(p.start, p.end),
    marks: p.marks.map((m) => text.slice(m.start, m.end)),
  }));
}

describe("the paragraph around the evidence", () => {
  it("is the whole line that holds the evidence", () => {
    const result = evidenceParagraphs(TEXT, [spanOf(TEXT, "SANA said")]);
    expect(slices(TEXT, result)).toEqual([
      { paragraph: "The army advanced, SANA said.", marks: ["SANA said"] },
    ]);
  });

  it("gives one paragraph for two pieces of evidence in it, marks in order", () => {
    const result = evidenceParagraphs(TEXT, [spanOf(TEXT, "said"), spanOf(TEXT, "army")]);
    expect(slices(TEXT, result)).toEqual([
      { paragraph: "The army advanced, SANA said.", marks: ["army", "said"] },
    ]);
  });

  it("gives each paragraph once, in article order, for evidence in two paragraphs", () => {
    const result = evidenceParagraphs(TEXT, [spanOf(TEXT, "reportedly"), spanOf(TEXT, "SANA")]);
    expect(slices(TEXT, result).map((p) => p.paragraph)).toEqual([
      "The army advanced, SANA said.",
      "Rebels were reportedly killed.",
    ]);
  });

  it("takes in both lines when the evidence runs over a line break", () => {
    const text = "one two\nthree four";
    const result = evidenceParagraphs(text, [spanOf(text, "two\nthree")]);
    expect(slices(text, result)).toEqual([{ paragraph: "one two\nthree four", marks: ["two\nthree"] }]);
  });

  it("leaves the carriage return of a CRLF line out of the paragraph", () => {
    const text = "first line\r\nsecond line\r\n";
    expect(slices(text, evidenceParagraphs(text, [spanOf(text, "first")]))).toEqual([
      { paragraph: "first line", marks: ["first"] },
    ]);
  });

  it("works at the very start and end of the text", () => {
    const text = "only line";
    expect(slices(text, evidenceParagraphs(text, [{ start: 0, end: 9 }]))).toEqual([
      { paragraph: "only line", marks: ["only line"] },
    ]);
  });

  it("ignores empty spans and spans outside the text", () => {
    expect(
      evidenceParagraphs(TEXT, [
        { start: 3, end: 3 },
        { start: 0, end: 999 },
      ]),
    ).toEqual([]);
  });
});
