import { describe, expect, it } from "vitest";
import { analyzeArticle, MAX_HEADLINE_LENGTH, MAX_SENTENCES } from "./analyze-article";
import { findQuotations } from "./quotations";

/** An article whose body is one paragraph after a short headline. */
function articleWithBody(body: string): string {
  return `A headline\n\n${body}`;
}

describe("analyzeArticle bounds its work on inputs built to be slow", () => {
  it("reads a first line longer than a headline only to its first 300 characters, and keeps it whole", () => {
    const line = "regime ".repeat(200).trim();
    const analysis = analyzeArticle(`${line}\n\nThe talks resumed on Monday.`);
    expect(analysis.headline?.text).toBe(line);
    const loaded = analysis.headline?.loaded ?? [];
    expect(loaded.length).toBeGreaterThan(10);
    for (const term of loaded) expect(term.end).toBeLessThanOrEqual(MAX_HEADLINE_LENGTH);
  });

  it("still reads the whole of an ordinary headline", () => {
    const analysis = analyzeArticle("Regime Forces Shell Villages\n\nThe talks resumed on Monday.");
    expect(analysis.headline?.loaded.map((term) => term.text)).toEqual(["Regime"]);
  });

  it("reads at most twelve cue words in one sentence", () => {
    const names = [
      "Ann",
      "Bob",
      "Cy",
      "Di",
      "Ed",
      "Flo",
      "Gus",
      "Hal",
      "Ida",
      "Jo",
      "Kit",
      "Lu",
      "Max",
      "Ned",
    ];
    const body = `${names.map((name) => `${name} Smith said the bridge was shut`).join(", and ")}.`;
    const analysis = analyzeArticle(articleWithBody(body));
    expect(analysis.sentences).toHaveLength(1);
    expect(analysis.attributions.map((item) => item.source)).toEqual(
      names.slice(0, 12).map((name) => `${name} Smith`),
    );
  });

  it("reads at most sixteen loaded words in one sentence", () => {
    const body = `The commander said ${Array.from({ length: 20 }, () => "the regime").join(" and ")} fell.`;
    const analysis = analyzeArticle(articleWithBody(body));
    expect(analysis.loaded.filter((term) => term.text === "regime")).toHaveLength(16);
  });

  it("reads at most sixteen quotations in one sentence", () => {
    const text = articleWithBody(
      `He listed ${Array.from({ length: 20 }, (_, index) => `"item${index}"`).join(", ")} as examples.`,
    );
    const analysis = analyzeArticle(text);
    expect(findQuotations(text, analysis.sentences, analysis.attributions)).toHaveLength(16);
  });

  it("reads at most MAX_SENTENCES sentences of an input made of thousands of tiny ones", () => {
    const analysis = analyzeArticle(articleWithBody("“No.” She said. ".repeat(MAX_SENTENCES * 2)));
    expect(analysis.sentences).toHaveLength(MAX_SENTENCES);
    expect(analysis.attributions).toHaveLength(MAX_SENTENCES);
    expect(analysis.attributions.at(-1)?.sentence).toBe(MAX_SENTENCES - 1);
  });

  it("resolves a pronoun to the last named source however many came before", () => {
    const body = Array.from(
      { length: 50 },
      (_, index) => `Officer Number${index} Jones said it rained.`,
    ).join(" ");
    const analysis = analyzeArticle(articleWithBody(`${body} She said the road was closed.`));
    const last = analysis.attributions.at(-1);
    expect(last).toMatchObject({ source: "She", resolvedSource: "Officer Number49 Jones" });
  });
});
