import { describe, expect, it } from "vitest";
import {
  analyzeArticle,
  attributionsRead,
  finishAnalysis,
  MAX_HEADLINE_LENGTH,
  MAX_SENTENCES,
  readAttributions,
  startAnalysis,
} from "./analyze-article";
import { findQuotations } from "./quotations";
import type { Attribution } from "./types";

/** An article whose body is one paragraph after a short headline. */
function articleWithBody(body: string): string {
  return `A headline\n\n${body}`;
}

describe("analyzeArticle bounds its work on inputs built to be slow", () => {
  it("reads a first line longer than a headline only to its first 300 characters, and keeps it whole", () => {
    const line = "thugs ".repeat(200).trim();
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
    const body = `The commander said ${Array.from({ length: 20 }, () => "the thugs").join(" and ")} fled.`;
    const analysis = analyzeArticle(articleWithBody(body));
    expect(analysis.loaded.filter((term) => term.text === "thugs")).toHaveLength(16);
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

/** A report whose sources and quotations reach across paragraphs: "She" and "Okafor" stand for names told earlier. */
const REPORT_IN_PARAGRAPHS = `Port workers vote to end the strike

By Lena Brook

Harbour Post, 2 June 2026

Dock workers voted on Monday to end a nine-day strike, the union's secretary, Grace Okafor, said. "We won what we came for," she told reporters.

She said 412 members had voted and that the port would reopen at dawn. Okafor added that the so-called "deal" still had to be signed.

The port authority, which had called the strike "reckless", said 380 members voted. "Ships are waiting," a spokesman said.

According to shipping agents, the backlog could take a week to clear. He said the losses were devastating, reportedly.
`;

describe("an analysis in steps of a few paragraphs (one request each, for a library article)", () => {
  /** The analysis with `words` words of paragraphs read per step, stored as JSON between steps as D1 would. */
  function inSteps(text: string, words: number): { analysis: unknown; steps: number } {
    const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));
    let progress = roundTrip(startAnalysis(text));
    let steps = 1;
    while (!attributionsRead(progress)) {
      progress = roundTrip(readAttributions(text, progress, words));
      steps++;
    }
    return { analysis: roundTrip(finishAnalysis(text, progress)), steps };
  }

  it("finds exactly what analyzeArticle finds, sources resolved across the steps", () => {
    const whole = JSON.parse(JSON.stringify(analyzeArticle(REPORT_IN_PARAGRAPHS)));
    const { analysis, steps } = inSteps(REPORT_IN_PARAGRAPHS, 1);
    expect(steps).toBe(5);
    expect(analysis).toEqual(whole);
    const resolved = whole.attributions.map((attribution: Attribution) => attribution.resolvedSource);
    expect(resolved).toContain("Grace Okafor");
  });

  it("reads whole paragraphs of at least the words asked for in each step", () => {
    const progress = readAttributions(REPORT_IN_PARAGRAPHS, startAnalysis(REPORT_IN_PARAGRAPHS), 30);
    const next = progress.sentences[progress.read];
    expect(next?.paragraph).not.toBe(progress.sentences[progress.read - 1]?.paragraph);
    expect(progress.sentences.slice(0, progress.read).map((sentence) => sentence.paragraph)).toEqual([
      0, 0, 1, 1,
    ]);
  });
});
