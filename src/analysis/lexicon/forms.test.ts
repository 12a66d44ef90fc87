import { describe, expect, it } from "vitest";
import { compileForms, firstWordsOf, lastWordsOf, wordsOf } from "./forms";

describe("reading the words around a term", () => {
  const text = "The Army’s troops, O’Neill said, SHELLED the town's outskirts";

  it("gives words in lower case, apostrophes straightened and possessives dropped", () => {
    expect(wordsOf(text)).toEqual([
      "the",
      "army",
      "troops",
      "o'neill",
      "said",
      "shelled",
      "the",
      "town",
      "outskirts",
    ]);
  });

  it("gives the first or the last few words as wordsOf gives them", () => {
    expect(firstWordsOf(text, 3)).toEqual(["the", "army", "troops"]);
    expect(lastWordsOf(text, 3)).toEqual(["the", "town", "outskirts"]);
    expect(firstWordsOf("two words", 6)).toEqual(["two", "words"]);
    expect(lastWordsOf("", 6)).toEqual([]);
  });
});

describe("compileForms", () => {
  const find = compileForms(["regime", "war on"]);
  const text = "The regime waged a war on regime critics; the regime said so.";

  it("finds every listed form between two offsets, and only the first few when given a limit", () => {
    expect(find(text, 0, text.length).map((match) => text.slice(match.start, match.end))).toEqual([
      "regime",
      "war on",
      "regime",
      "regime",
    ]);
    expect(find(text, 0, text.length, 2).map((match) => match.key)).toEqual(["regime", "war on"]);
  });
});
