import { describe, expect, it } from "vitest";
import {
  findBundledArticle,
  findBundledQuestion,
  listBundledArticles,
  listBundledQuestions,
} from "../src/catalog/catalog";
import { buildQuestionBank } from "../src/questions/bank";
import { findQuestionProblems, sameQuestionKey } from "../src/questions/invariants";
import { toPublicQuestion } from "../src/questions/public-question";
import { normalise } from "../src/questions/text";
import { type Question, SKILLS } from "../src/questions/types";

function seedBank(slug: string): { text: string; bank: Question[] } {
  const found = findBundledArticle(slug);
  if (!found) throw new Error(`no seed ${slug}`);
  return { text: found.text, bank: buildQuestionBank(found, found.analysis) };
}

describe.each(listBundledArticles().map((seed) => seed.slug))("the question bank of %s", (slug) => {
  it("has exactly one correct option per question", () => {
    for (const question of seedBank(slug).bank) {
      expect(question.options.filter((option) => option.id === question.correctOptionId)).toHaveLength(1);
    }
  });

  it("has 2–5 options per question, distinct after normalising case and spacing", () => {
    for (const question of seedBank(slug).bank) {
      const texts = question.options.map((option) => normalise(option.text));
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      expect(question.options.length).toBeLessThanOrEqual(5);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it("quotes evidence that equals the article text at its offsets", () => {
    const { text, bank } = seedBank(slug);
    for (const question of bank) {
      expect(question.evidence.length).toBeGreaterThan(0);
      for (const span of question.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("passes every invariant check, including a prompt that does not give the answer away", () => {
    const { text, bank } = seedBank(slug);
    for (const question of bank) expect(findQuestionProblems(question, text), question.id).toEqual([]);
  });

  it("never asks the same thing twice", () => {
    const { bank } = seedBank(slug);
    expect(new Set(bank.map((question) => question.id)).size).toBe(bank.length);
    expect(new Set(bank.map(sameQuestionKey)).size).toBe(bank.length);
  });

  it("has at least 12 questions, at least 3 for each skill", () => {
    const { bank } = seedBank(slug);
    expect(bank.length).toBeGreaterThanOrEqual(12);
    for (const skill of SKILLS) {
      expect(bank.filter((question) => question.skill === skill).length, skill).toBeGreaterThanOrEqual(3);
    }
  });

  it("mixes in control items whose right answer is that nothing is wrong", () => {
    const { bank } = seedBank(slug);
    expect(bank.filter((question) => question.control).length / bank.length).toBeGreaterThanOrEqual(0.15);
  });

  it("is deterministic: building twice gives equal banks", () => {
    expect(seedBank(slug).bank).toEqual(seedBank(slug).bank);
  });
});

describe("the seed banks together", () => {
  it("are about a quarter control items (practice pieces vary by design: a well-sourced report is mostly fine)", () => {
    const questions = listBundledArticles("seed").flatMap((article) => article.questions);
    const share = questions.filter((question) => question.control).length / questions.length;
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.4);
  });

  it("use at least 12 kinds of question, at least 3 for each skill", () => {
    const questions = listBundledQuestions();
    expect(new Set(questions.map((question) => question.kind)).size).toBeGreaterThanOrEqual(12);
    for (const skill of SKILLS) {
      const kinds = new Set(questions.filter((q) => q.skill === skill).map((q) => q.kind));
      expect(kinds.size, skill).toBeGreaterThanOrEqual(3);
    }
  });

  it("give every question a unique id across articles", () => {
    const questions = listBundledQuestions();
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  });
});

describe("the seed catalog", () => {
  it("serves exactly the bank the builders make from the seeds today (else run `npm run precompute`)", () => {
    const fresh = listBundledArticles().flatMap((seed) => seedBank(seed.slug).bank);
    expect(listBundledQuestions()).toEqual(fresh);
  });

  it("finds every listed question by its id", () => {
    const questions = listBundledQuestions();
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(findBundledQuestion(question.id)).toBe(question);
  });

  it("filters by article and by skill", () => {
    const slug = listBundledArticles()[0]?.slug ?? "";
    const questions = listBundledQuestions({ article: slug, skill: "attribution" });
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.every((q) => q.articleSlug === slug && q.skill === "attribution")).toBe(true);
    expect(listBundledQuestions({ article: "no-such-article" })).toEqual([]);
  });

  it("makes public questions without the answer, explanation, feedback or evidence", () => {
    const question = listBundledQuestions()[0];
    if (!question) throw new Error("empty catalog");
    const json = JSON.stringify(toPublicQuestion(question));
    expect(json).not.toContain("correctOptionId");
    expect(json).not.toContain("explanation");
    expect(json).not.toContain("feedback");
    expect(json).not.toContain("evidence");
  });
});
