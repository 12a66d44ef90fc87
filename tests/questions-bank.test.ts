import { describe, expect, it } from "vitest";
import {
  findBundledArticle,
  findBundledQuestion,
  listBundledArticles,
  listBundledQuestions,
} from "../src/catalog/catalog";
import { buildQuestionBank, buildQuestionBanks } from "../src/questions/bank";
import { measureBank } from "../src/questions/bank-metrics";
import { mainPassageKey } from "../src/questions/draft";
import { findFeedbackProblems, findQuestionProblems, sameQuestionKey } from "../src/questions/invariants";
import { recommendedWordings, takesSides } from "../src/questions/neutral-wording";
import { toPublicQuestion } from "../src/questions/public-question";
import { normalise } from "../src/questions/text";
import { type Question, SKILLS } from "../src/questions/types";

/** The bank served for one seed (the catalogue's, which a spec below ties to what the builders make today). */
function seedBank(slug: string): { text: string; bank: Question[] } {
  const found = findBundledArticle(slug);
  if (!found) throw new Error(`no seed ${slug}`);
  return { text: found.text, bank: found.questions };
}

describe.each(listBundledArticles().map((seed) => seed.slug))("the question bank of %s", (slug) => {
  it("has exactly one correct option per question", () => {
    for (const question of seedBank(slug).bank) {
      expect(question.options.filter((option) => option.id === question.correctOptionId)).toHaveLength(1);
    }
  });

  it("has 3 or 4 options per question, distinct after normalising case and spacing", () => {
    for (const question of seedBank(slug).bank) {
      const texts = question.options.map((option) => normalise(option.text));
      expect(question.options.length, question.id).toBeGreaterThanOrEqual(3);
      expect(question.options.length, question.id).toBeLessThanOrEqual(4);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it("asks at most three questions about any one passage (the passage of its first evidence)", () => {
    const onPassage = new Map<string, number>();
    for (const question of seedBank(slug).bank) {
      const key = mainPassageKey(question);
      onPassage.set(key, (onPassage.get(key) ?? 0) + 1);
    }
    expect(Math.max(...onPassage.values())).toBeLessThanOrEqual(3);
  });

  it("gives every question the whole sentences or lines its evidence sits in", () => {
    const { text, bank } = seedBank(slug);
    for (const question of bank) {
      expect(question.passages.length, question.id).toBeGreaterThan(0);
      for (const span of question.evidence) {
        expect(
          question.passages.some((passage) => passage.start <= span.start && span.end <= passage.end),
        ).toBe(true);
      }
      for (const passage of question.passages)
        expect(text.slice(passage.start, passage.end).trim()).not.toBe("");
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

  it("gives every option feedback saying why it is right or wrong, the right one included", () => {
    for (const question of seedBank(slug).bank)
      expect(findFeedbackProblems(question), question.id).toEqual([]);
  });

  it("starts every explanation and feedback with a capital letter or a quotation mark", () => {
    for (const question of seedBank(slug).bank) {
      const texts = [question.explanation, ...question.options.map((option) => option.feedback ?? "")];
      for (const text of texts) expect(text, question.id).toMatch(/^[A-Z“"'0-9]/);
    }
  });

  it("pairs the quotation marks of every prompt, option, feedback and explanation", () => {
    for (const question of seedBank(slug).bank) {
      const texts = [
        question.prompt,
        question.explanation,
        ...question.options.flatMap((option) => [option.text, option.feedback ?? ""]),
      ];
      for (const text of texts) {
        expect((text.match(/"/g)?.length ?? 0) % 2, `${question.id}: ${text}`).toBe(0);
        expect(text.match(/“/g)?.length ?? 0, `${question.id}: ${text}`).toBe(text.match(/”/g)?.length ?? 0);
      }
    }
  });

  it("never recommends, in an explanation or feedback, a word the loaded-language lexicon flags", () => {
    const { text, bank } = seedBank(slug);
    for (const question of bank) {
      const [focus] = question.evidence;
      const passage = question.passages.find(
        (item) => focus && item.start <= focus.start && focus.end <= item.end,
      );
      const texts = [question.explanation, ...question.options.map((option) => option.feedback ?? "")];
      for (const wording of texts.flatMap(recommendedWordings)) {
        const sentence = passage ? text.slice(passage.start, passage.end) : "";
        // Put in the evidence's place when it replaces it (not when it is a word the passage already has).
        const context =
          focus && passage && !sentence.includes(wording)
            ? {
                text: sentence,
                replaces: { start: focus.start - passage.start, end: focus.end - passage.start },
              }
            : undefined;
        expect(takesSides(wording, context), `${question.id} recommends “${wording}”`).toBe(false);
      }
    }
  });

  it("never asks the same thing twice", () => {
    const { bank } = seedBank(slug);
    expect(new Set(bank.map((question) => question.id)).size).toBe(bank.length);
    expect(new Set(bank.map(sameQuestionKey)).size).toBe(bank.length);
  });

  it("has at least 12 questions and 3 for each skill of a seed, 10 and 1 of a practice piece", () => {
    const { bank } = seedBank(slug);
    const seed = findBundledArticle(slug)?.collection === "seed";
    const least = seed ? 3 : 1;
    expect(bank.length).toBeGreaterThanOrEqual(seed ? 12 : 10);
    for (const skill of SKILLS) {
      expect(bank.filter((question) => question.skill === skill).length, skill).toBeGreaterThanOrEqual(least);
    }
  });

  it("mixes in control items whose right answer is that nothing is wrong (a seed: at least one in twelve)", () => {
    const { bank } = seedBank(slug);
    const share = bank.filter((question) => question.control).length / bank.length;
    // The state-media practice piece labels protesters in every sentence a loaded-word control could offer
    // ("provocateurs", "agitators"), so its only control is a named source's claim (claim-source).
    expect(share).toBeGreaterThan(findBundledArticle(slug)?.collection === "seed" ? 0.08 : 0);
  });

  it("is deterministic: building twice gives equal banks", () => {
    const found = findBundledArticle(slug);
    if (!found) throw new Error(`no seed ${slug}`);
    expect(buildQuestionBank(found, found.analysis)).toEqual(buildQuestionBank(found, found.analysis));
  });
});

describe("the seed banks together", () => {
  it("are one in eight to four in ten control items (practice pieces vary by design: a well-sourced report is mostly fine)", () => {
    const questions = listBundledArticles("seed").flatMap((article) => article.questions);
    const share = questions.filter((question) => question.control).length / questions.length;
    expect(share).toBeGreaterThanOrEqual(0.12);
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
    const fresh = buildQuestionBanks(
      listBundledArticles().map((seed) => ({ article: seed, analysis: seed.analysis })),
    ).flat();
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

describe("the answer cannot be read off the options (over every seed's bank)", () => {
  const metrics = measureBank(listBundledQuestions());

  it("makes the longest option the key about as often as chance would", () => {
    expect(metrics.longestIsKey).toBeLessThanOrEqual(metrics.longestChance + 0.08);
  });

  it("makes every option used in five or more questions the key sometimes, and at most two times in three", () => {
    const repeated = metrics.repeatedOptions.filter((use) => use.appearances >= 5);
    expect(repeated.length).toBeGreaterThan(0);
    for (const use of repeated) {
      expect(use.keyed, use.text).toBeGreaterThan(0);
      expect(use.keyed / use.appearances, use.text).toBeLessThanOrEqual(2 / 3);
    }
  });

  it("gives 'No loaded word', 'This one is fine' and 'Nobody named' the same number of options whether right or wrong", () => {
    const lastResort = /^(no loaded word|this one is fine|nobody named)/i;
    const counts = new Map<string, Set<number>>();
    for (const question of listBundledQuestions()) {
      for (const option of question.options.filter((item) => lastResort.test(item.text))) {
        const key = `${question.kind}|${option.text}|${option.id === question.correctOptionId}`;
        counts.set(key, new Set([...(counts.get(key) ?? []), question.options.length]));
      }
    }
    for (const [key, sizes] of counts) {
      const [kind, text] = key.split("|");
      const other = counts.get(`${kind}|${text}|${!key.endsWith("true")}`);
      if (other && kind !== "claim-source") expect([...sizes].sort(), key).toEqual([...other].sort());
    }
  });

  it("never gives every wrong option a hedge word the key lacks", () => {
    const hedge =
      /\b(?:reportedly|allegedly|purportedly|supposedly|apparently|possibly|perhaps|likely|could|may|might|(?:is|are|was|were) said to|it is said)\b/gi;
    const hedgesOf = (text: string) => new Set((text.match(hedge) ?? []).map((word) => word.toLowerCase()));
    for (const question of listBundledQuestions()) {
      const wrong = question.options.filter((option) => option.id !== question.correctOptionId);
      const key = hedgesOf(
        question.options.find((option) => option.id === question.correctOptionId)?.text ?? "",
      );
      if (wrong.length < 2) continue;
      const [first, ...rest] = wrong.map((option) => hedgesOf(option.text));
      const shared = [...(first ?? [])].filter(
        (word) => rest.every((set) => set.has(word)) && !key.has(word),
      );
      expect(shared, question.id).toEqual([]);
    }
  });

  it("asks no question word for word about two articles", () => {
    expect(metrics.identicalAcrossArticles).toBe(0);
  });
});
