import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze-article";
import { findBundledArticle } from "../catalog/catalog";
import {
  buildQuestionBank,
  buildQuestionQueues,
  dealQuestionBank,
  isAskable,
  QUESTION_BUILDERS,
} from "./bank";
import type { Question } from "./types";

const ARTICLE = `Harbour levy splits the council

By Ines Marlow

Northport Gazette, 4 May 2026

The harbour master, Tomas Reyes, said the levy would pay for new moorings. The mayor would not say whether she backed the levy. Councillor Ada Finch declined to comment on the vote. Fishermen could call on the council to drop it.
`;

describe("which attributions the question bank asks about", () => {
  const analysis = analyzeArticle(ARTICLE);

  it("leaves out reports that are negated or only possible, but keeps asserted ones", () => {
    const byCue = (cue: string) => analysis.attributions.find((attribution) => attribution.cue === cue);
    expect(byCue("said")?.modality).toBeUndefined();
    expect(byCue("say")?.modality).toBe("negated");
    expect(analysis.attributions.filter(isAskable).map((attribution) => attribution.source)).toEqual([
      "Tomas Reyes",
    ]);
  });

  it("builds no question on a source who would not say or declined to comment", () => {
    const questions = JSON.stringify(buildQuestionBank({ slug: "harbour-levy", text: ARTICLE }, analysis));
    expect(questions).not.toContain("would not say whether");
    expect(questions).not.toContain("declined to comment");
  });

  it("does not ask about an act that takes a side, a stance adjective or a poll, which report no words", () => {
    const found = analyzeArticle(
      "Quay vote\n\nThe harbour board ruled out a sale. The union backed the sale. Senator Kale attacked the board for the sale. Ms. Vale lashed out at the board. The auditor cautioned that the price was low. Fishermen are afraid that the quay will close. In the latest harbour poll, the sale trails by ten points.\n",
    );
    expect(found.attributions.map((attribution) => [attribution.cue, isAskable(attribution)])).toEqual([
      ["ruled", false],
      ["backed", false],
      ["attacked", false],
      ["lashed out", true],
      ["cautioned", true],
      ["afraid", false],
      ["In", false],
    ]);
  });
});

describe("a bank built a few builders at a time (one request each, for a long library article)", () => {
  it("deals exactly the bank built in one go, the queues stored as JSON between the steps", () => {
    const seed = findBundledArticle("army-advance-in-southern-idlib");
    if (!seed) throw new Error("no such seed");
    const { text, analysis } = seed;
    const article = { slug: "army-advance", text };
    const queues: Question[][] = [];
    for (const [from, to] of [
      [0, 5],
      [5, 12],
      [12, 13],
      [13, QUESTION_BUILDERS.length],
    ] as const)
      queues.push(...JSON.parse(JSON.stringify(buildQuestionQueues(article, analysis, from, to))));
    const whole = buildQuestionBank(article, analysis);
    expect(whole.length).toBeGreaterThan(10);
    expect(dealQuestionBank(queues)).toEqual(whole);
  });
});
