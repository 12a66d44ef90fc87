import { describe, expect, it } from "vitest";
import { inSentences, overlapsAnyOf, sentenceAt, spansBySentence } from "./spans";
import type { Sentence } from "./types";

function sentencesAt(...spans: [number, number][]): Sentence[] {
  return spans.map(([start, end], index) => ({ start, end, index, text: "", paragraph: 0 }));
}

describe("sentenceAt", () => {
  const sentences = sentencesAt([0, 10], [11, 20], [25, 30]);

  it("finds the sentence that holds an offset", () => {
    expect(sentenceAt(sentences, 0)?.index).toBe(0);
    expect(sentenceAt(sentences, 19)?.index).toBe(1);
    expect(sentenceAt(sentences, 25)?.index).toBe(2);
  });

  it("finds none between sentences or past the end", () => {
    expect(sentenceAt(sentences, 10)).toBeUndefined();
    expect(sentenceAt(sentences, 22)).toBeUndefined();
    expect(sentenceAt(sentences, 30)).toBeUndefined();
  });
});

describe("spansBySentence", () => {
  it("lists a span under every sentence it overlaps, and none under a sentence it only touches", () => {
    const sentences = sentencesAt([0, 10], [11, 20], [21, 30]);
    const bySentence = spansBySentence(
      [
        { start: 2, end: 4 },
        { start: 8, end: 22 },
        { start: 20, end: 21 },
      ],
      sentences,
    );
    expect(bySentence.get(0)).toEqual([
      { start: 2, end: 4 },
      { start: 8, end: 22 },
    ]);
    expect(bySentence.get(1)).toEqual([{ start: 8, end: 22 }]);
    expect(bySentence.get(2)).toEqual([{ start: 8, end: 22 }]);
  });
});

describe("inSentences", () => {
  it("returns the items of a range of sentences, in order", () => {
    const items = [0, 1, 1, 3, 4, 4].map((sentence, id) => ({ sentence, id }));
    expect(inSentences(items, 1, 3).map((item) => item.id)).toEqual([1, 2, 3]);
    expect(inSentences(items, 2, 2)).toEqual([]);
    expect(inSentences(items, 4, 9).map((item) => item.id)).toEqual([4, 5]);
  });
});

describe("overlapsAnyOf", () => {
  const quoted = overlapsAnyOf([
    { start: 40, end: 50 },
    { start: 0, end: 30 },
    { start: 5, end: 8 },
  ]);

  it("finds a span that overlaps a listed one, even one that started long before it", () => {
    expect(quoted({ start: 20, end: 22 })).toBe(true);
    expect(quoted({ start: 45, end: 60 })).toBe(true);
    expect(quoted({ start: 29, end: 41 })).toBe(true);
  });

  it("finds none for a span that only touches or falls between them", () => {
    expect(quoted({ start: 30, end: 40 })).toBe(false);
    expect(quoted({ start: 50, end: 55 })).toBe(false);
    expect(overlapsAnyOf([])({ start: 0, end: 10 })).toBe(false);
  });
});
