import { describe, expect, it } from "vitest";
import { tagText, tokensBySentence } from ".";

describe("tagText", () => {
  it("gives each token its offsets into the original text, its tag and its lemma", () => {
    const text = "Intro. “We will win,” a smiling senator said on Tuesday.";
    const { tokens } = tagText(text, { start: 7, end: text.length });
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const said = tokens.find((token) => token.text === "said");
    expect(said).toMatchObject({ pos: "VERB", lemma: "say" });
    expect(tokens.find((token) => token.text === "senator")?.pos).toBe("NOUN");
    expect(tokens[0]?.text).toBe("“");
  });

  it("keeps offsets right across double spaces, line breaks and curly apostrophes", () => {
    const text = "The mayor’s  office\nsaid it was  closed.";
    const { tokens } = tagText(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((token) => token.normal)).toContain("said");
  });

  it("finds sentence boundaries", () => {
    const text = "Polls show her ahead. Mr. Lee disagreed.";
    expect(tagText(text).sentences.map((span) => text.slice(span.start, span.end))).toEqual([
      "Polls show her ahead.",
      "Mr. Lee disagreed.",
    ]);
  });
});

describe("tokensBySentence", () => {
  it("hands each sentence the tokens that start in it", () => {
    const text = "Ann spoke. Bob wrote.\n\nCy asked.";
    const sentences = [
      { start: 0, end: 10, index: 0, paragraph: 0 },
      { start: 11, end: 21, index: 1, paragraph: 0 },
      { start: 23, end: 32, index: 2, paragraph: 1 },
    ];
    const bySentence = tokensBySentence(text, sentences);
    expect(bySentence.get(0)?.map((token) => token.text)).toEqual(["Ann", "spoke", "."]);
    expect(bySentence.get(1)?.map((token) => token.text)).toEqual(["Bob", "wrote", "."]);
    expect(bySentence.get(2)?.map((token) => token.lemma)).toEqual(["cy", "ask", "."]);
  });
});
