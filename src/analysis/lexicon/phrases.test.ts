import { describe, expect, it } from "vitest";
import { alternation, compilePhraseFinder, compilePhrases } from "./phrases";

function matches(phrases: string[], text: string): string[] {
  return [...text.matchAll(compilePhrases(phrases))].map((match) => match[0]);
}

describe("one-line phrase patterns", () => {
  it("matches words in order, whole words only, ignoring case", () => {
    expect(matches(["reportedly"], "He Reportedly left; unreportedly is no word.")).toEqual(["Reportedly"]);
  });

  it("reads 'a/b' as either word and 'has_been' as one choice of two words", () => {
    const phrases = ["is/was said to", "could_not/cannot verify"];
    expect(matches(phrases, "It was said to burn. We could not verify it, and cannot verify this.")).toEqual([
      "was said to",
      "could not verify",
      "cannot verify",
    ]);
  });

  it("reads a trailing '?' as an optional word and '*2' as up to two words of anything", () => {
    const phrases = ["unconfirmed? reports emerged", "no *2 evidence was given"];
    expect(
      matches(phrases, "Reports emerged. Unconfirmed reports emerged. No hard new evidence was given."),
    ).toEqual(["Reports emerged", "Unconfirmed reports emerged", "No hard new evidence was given"]);
    expect(matches(phrases, "No one with any firm evidence was given a hearing.")).toEqual([]);
  });

  it("finds with a finder what the pattern finds, a phrase ending in an optional word too", () => {
    const phrases = ["unconfirmed reports emerged?", "no *2 evidence was given", "is/was said to"];
    const find = compilePhraseFinder(phrases);
    for (const text of [
      "Unconfirmed reports said so.",
      "No hard evidence was given; it was said to work.",
      "Nothing.",
    ])
      expect(find(text).map((match) => match[0])).toEqual(matches(phrases, text));
    expect(find("Unconfirmed reports said so.")).toHaveLength(1);
  });

  it("joins phrases for a larger pattern, longest first, a space matching any white space", () => {
    expect(alternation(["up to", "at least", "over"])).toBe("at\\s+least|up\\s+to|over");
  });
});
