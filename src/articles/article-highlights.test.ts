import { describe, expect, it } from "vitest";
import type { Sentence } from "../analysis/types";
import { paragraphSpans } from "./article-highlights";

function sentence(index: number, paragraph: number, start: number, end: number): Sentence {
  return { index, paragraph, start, end, text: "" };
}

describe("paragraphs from sentences", () => {
  it("spans each paragraph from its first sentence to its last, in paragraph order", () => {
    const sentences = [
      sentence(0, 0, 10, 20),
      sentence(1, 0, 21, 40),
      sentence(2, 1, 42, 60),
      sentence(3, 2, 62, 70),
    ];
    expect(paragraphSpans(sentences)).toEqual([
      { start: 10, end: 40 },
      { start: 42, end: 60 },
      { start: 62, end: 70 },
    ]);
  });

  it("gives no paragraphs for an article with no sentences", () => {
    expect(paragraphSpans([])).toEqual([]);
  });
});
