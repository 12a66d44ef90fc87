import { describe, expect, it } from "vitest";
import { MAX_TAGGED_SENTENCE_LENGTH, type Token, tokensBySentence } from ".";

/** The tokens of the text from `start` on, tagged as one sentence. */
function tokensOf(text: string, start = 0): Token[] {
  const sentence = { start, end: text.length, index: 0, paragraph: 0, text: text.slice(start) };
  return tokensBySentence(text, [sentence]).get(0) ?? [];
}

describe("the tokens of a sentence", () => {
  it("gives each token its offsets into the original text, its tag and its lemma", () => {
    const text = "Intro. “We will win,” a smiling senator said on Tuesday.";
    const tokens = tokensOf(text, 7);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const said = tokens.find((token) => token.text === "said");
    expect(said).toMatchObject({ pos: "VERB", lemma: "say" });
    expect(tokens.find((token) => token.text === "senator")?.pos).toBe("NOUN");
    expect(tokens[0]?.text).toBe("“");
  });

  it("gives a word the same lemma each time it is read, and a contraction's piece its own", () => {
    const lemmaOf = (text: string, word: string) =>
      tokensOf(text).find((token) => token.text === word)?.lemma;
    expect(lemmaOf("Critics were saying so.", "saying")).toBe("say");
    expect(lemmaOf("Aides kept saying so.", "saying")).toBe("say");
    // Outside a contraction "wo" is its own lemma; inside "won't" it is "will", in whichever order they come.
    expect(lemmaOf("They wo n't go.", "wo")).toBe("wo");
    expect(lemmaOf("They won't go.", "wo")).toBe("will");
    expect(lemmaOf("They wo n't go.", "wo")).toBe("wo");
  });

  it("keeps offsets right across double spaces, line breaks and curly apostrophes", () => {
    const text = "The mayor’s  office\nsaid it was  closed.";
    const tokens = tokensOf(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((token) => token.normal)).toContain("said");
  });
});

/** Sentences of `text` from [start, end, paragraph] triples, indexed in order. */
function sentencesOf(text: string, spans: [number, number, number][]) {
  return spans.map(([start, end, paragraph], index) => ({
    start,
    end,
    index,
    paragraph,
    text: text.slice(start, end),
  }));
}

describe("tokensBySentence", () => {
  it("hands each sentence the tokens that start in it", () => {
    const text = "Ann spoke. Bob wrote.\n\nCy asked.";
    const sentences = sentencesOf(text, [
      [0, 10, 0],
      [11, 21, 0],
      [23, 32, 1],
    ]);
    const bySentence = tokensBySentence(text, sentences);
    expect(bySentence.get(0)?.map((token) => token.text)).toEqual(["Ann", "spoke", "."]);
    expect(bySentence.get(1)?.map((token) => token.text)).toEqual(["Bob", "wrote", "."]);
    expect(bySentence.get(2)?.map((token) => token.lemma)).toEqual(["cy", "ask", "."]);
  });

  it("tags only the sentences worth it, and still carries an open quotation past the others", () => {
    const text = "He wrote: “The dam held. Nobody left.” Then he said so.";
    const sentences = sentencesOf(text, [
      [0, 24, 0],
      [25, 38, 0],
      [39, 55, 0],
    ]);
    const bySentence = tokensBySentence(text, sentences, (sentence) => !sentence.startsWith("Nobody"));
    expect(bySentence.has(1)).toBe(false);
    expect(bySentence.get(0)?.find((token) => token.text === "dam")?.quoted).toBe(true);
    expect(bySentence.get(2)?.find((token) => token.text === "said")?.quoted).toBe(false);
  });

  it("reads the sentences around an untagged one together, each token at its own offset in the text", () => {
    const text = "Ann spoke  softly. “Nobody came. Nobody!” Bob wrote, “as ever.”";
    const sentences = sentencesOf(text, [
      [0, 18, 0],
      [19, 32, 0],
      [33, 41, 0],
      [42, 64, 0],
    ]);
    const bySentence = tokensBySentence(text, sentences, (sentence) => !sentence.includes("Nobody"));
    expect([...bySentence.keys()]).toEqual([0, 3]);
    for (const token of [...bySentence.values()].flat())
      expect(text.slice(token.start, token.end)).toBe(token.text);
    const quoted = (word: string) => bySentence.get(3)?.find((token) => token.text === word)?.quoted;
    expect([quoted("Bob"), quoted("ever")]).toEqual([false, true]);
  });

  it("does not tag a sentence longer than any of news, which only text with no sentence end makes", () => {
    const run = 'He said "'.repeat(Math.ceil((MAX_TAGGED_SENTENCE_LENGTH + 1) / 9));
    const text = `${run}\n\nShe said so.`;
    const sentences = sentencesOf(text, [
      [0, run.length, 0],
      [run.length + 2, text.length, 1],
    ]);
    const bySentence = tokensBySentence(text, sentences);
    expect(bySentence.has(0)).toBe(false);
    expect(bySentence.get(1)?.map((token) => token.text)).toEqual(["She", "said", "so", "."]);
  });
});
