import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

function sentencesOf(text: string): string[] {
  return splitSentences(text, [{ start: 0, end: text.length }]).map((sentence) => sentence.text);
}

describe("splitSentences", () => {
  it("splits at full stops, question marks and exclamation marks followed by a capital", () => {
    expect(sentencesOf("The army advanced. Was it planned? Nobody knows!")).toEqual([
      "The army advanced.",
      "Was it planned?",
      "Nobody knows!",
    ]);
  });

  it("does not split after titles, initials and dotted abbreviations", () => {
    const text = "Gen. Kenneth McKenzie spoke to U.S. officials. John F. Kennedy was mentioned.";
    expect(sentencesOf(text)).toEqual([
      "Gen. Kenneth McKenzie spoke to U.S. officials.",
      "John F. Kennedy was mentioned.",
    ]);
  });

  it("keeps hyphenated names and model numbers inside one sentence", () => {
    const text = "Al-Qaeda-linked groups fired at a Mi-8 helicopter near al-Tah. It landed safely.";
    expect(sentencesOf(text)).toEqual([
      "Al-Qaeda-linked groups fired at a Mi-8 helicopter near al-Tah.",
      "It landed safely.",
    ]);
  });

  it("keeps a closing quotation mark with its sentence", () => {
    const text = "“We will not retreat.” The spokesman left.";
    expect(sentencesOf(text)).toEqual(["“We will not retreat.”", "The spokesman left."]);
  });

  it("does not split before a lower-case word or inside a dash aside", () => {
    const text = "They took al-Tah – the biggest town in the area. e.g. this stays – and so on.";
    expect(sentencesOf(text)).toEqual([
      "They took al-Tah – the biggest town in the area. e.g. this stays – and so on.",
    ]);
  });

  it("cuts text with no sentence ends into bounded pieces at white space", () => {
    const text = "word ".repeat(2000).trim();
    const pieces = sentencesOf(text);
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(1500);
    expect(pieces.join(" ")).toBe(text);
  });

  it("gives offsets into the whole text and the paragraph index of each sentence", () => {
    const text = "Title\n\nFirst one. Second one.\n\nThird one.";
    const paragraphs = [
      { start: 7, end: 29 },
      { start: 31, end: 41 },
    ];
    const sentences = splitSentences(text, paragraphs);
    expect(sentences.map((s) => [s.index, s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, 0, "First one."],
      [1, 0, "Second one."],
      [2, 1, "Third one."],
    ]);
  });

  it("stops after the first `max` sentences, the same as splitting everything and keeping those", () => {
    const text = "One. Two. Three.\n\nFour. Five.";
    const paragraphs = [
      { start: 0, end: 16 },
      { start: 18, end: text.length },
    ];
    const all = splitSentences(text, paragraphs);
    for (const max of [0, 1, 3, 4, 5, 9])
      expect(splitSentences(text, paragraphs, max)).toEqual(all.slice(0, max));
  });
});
