import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { buildDismissiveFramingQuestions } from "../src/questions/builders/dismissive-framing";
import { buildLateralReadingQuestions } from "../src/questions/builders/lateral-reading";
import { buildOpinionAsFactQuestions } from "../src/questions/builders/opinion-as-fact";
import { buildSelectiveLabelsQuestions } from "../src/questions/builders/selective-labels";
import { buildSelectiveVerbsQuestions } from "../src/questions/builders/selective-verbs";
import { buildUnsourcedVisualsQuestions } from "../src/questions/builders/unsourced-visuals";
import type { BuildInput } from "../src/questions/draft";
import { findQuestionProblems } from "../src/questions/invariants";
import type { Question } from "../src/questions/types";

/** A partisan report of our own, with the moves the issue lists, analysed by the real engine. */
const PARTISAN = `Heroes Hold the Line

By Desk Team

Example Daily, May 2, 2021

Theme: Western Regime Agenda

The defence ministry said that 40 rebels were killed near the dam. According to the pro-rebel Valley Monitor, 12 civilians died in the strikes. As always rebel sources claimed that the strikes hit a hospital. Photos and videos from the ground showed that the rebels used foreign rifles. So, this threat should be eliminated.

The original source of this article is Example Daily

If you like our approach, please support us. PayPal: desk@example.org or via our site.
`;

function input(text = PARTISAN): BuildInput {
  return { article: { slug: "partisan", text }, analysis: analyzeArticle(text) };
}

function correctText(question: Question | undefined): string {
  return question?.options.find((option) => option.id === question.correctOptionId)?.text ?? "";
}

function expectSound(questions: readonly Question[]) {
  for (const question of questions) {
    expect(findQuestionProblems(question, PARTISAN), question.prompt).toEqual([]);
    expect(question.options.length).toBe(4);
  }
}

describe("the outlet waving a source away (dismissive-framing)", () => {
  const questions = buildDismissiveFramingQuestions(input());

  it("asks what 'As always' does before a source's claim, keyed to dismissing it unweighed", () => {
    expect(questions).toHaveLength(1);
    expect(questions[0]?.prompt).toContain("“As always”");
    expect(correctText(questions[0])).toBe("It invites you to dismiss the claim before weighing it");
    expectSound(questions);
  });

  it("asks nothing when 'as always' frames no source", () => {
    const plain = PARTISAN.replace("As always rebel sources claimed that", "Later,");
    expect(buildDismissiveFramingQuestions(input(plain))).toEqual([]);
  });
});

describe("pictures offered as proof with no source (unsourced-visuals)", () => {
  it("asks what is missing: who made the pictures and where to see them", () => {
    const questions = buildUnsourcedVisualsQuestions(input());
    expect(correctText(questions[0])).toBe("Who filmed or posted the pictures, and where to see them");
    expectSound(questions);
  });
});

describe("the outlet's opinion in its news voice (opinion-as-fact)", () => {
  it("reads 'should be eliminated' as the outlet's own opinion", () => {
    const questions = buildOpinionAsFactQuestions(input());
    expect(questions[0]?.prompt).toContain("So, this threat should be eliminated.");
    expect(correctText(questions[0])).toBe("Desk Team's own opinion, not a reported fact");
    expectSound(questions);
  });

  it("leaves alone a verdict the article attributes to someone", () => {
    const quoted = PARTISAN.replace(
      "So, this threat should be eliminated.",
      "The minister said the dam should be rebuilt.",
    );
    expect(buildOpinionAsFactQuestions(input(quoted))).toEqual([]);
  });
});

describe("doubting verbs for one side only (selective-verbs)", () => {
  it("contrasts 'claimed' for one source with 'said' for another", () => {
    const [question] = buildSelectiveVerbsQuestions(input());
    expect(question?.prompt).toMatch(/“claimed”.*“said”/);
    expect(correctText(question)).toBe("It casts doubt on one source and not on the other");
    expectSound(question ? [question] : []);
  });
});

describe("side labels for one source only (selective-labels)", () => {
  it("contrasts a 'pro-rebel' monitor with an unlabelled ministry", () => {
    const [question] = buildSelectiveLabelsQuestions(input());
    expect(question?.prompt).toContain("pro-rebel");
    expect(correctText(question)).toBe("It warns you about one source's side and not the other's");
  });
});

describe("clues on the page to check elsewhere (lateral-reading)", () => {
  const questions = buildLateralReadingQuestions(input());

  it("asks about a framing theme tag, a donation address and a credit that contradicts the byline", () => {
    expect(questions.map((question) => question.prompt)).toEqual([
      expect.stringContaining("“Western Regime Agenda”"),
      expect.stringContaining("PayPal: desk@example.org"),
      expect.stringContaining("The original source of this article is Example Daily"),
    ]);
    expect(correctText(questions[1])).toBe("Search for who runs the outlet on sites other than its own");
    expectSound(questions);
  });
});
