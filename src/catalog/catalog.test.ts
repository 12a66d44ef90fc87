import { describe, expect, it } from "vitest";
import { BUNDLED_ARTICLE_FILES, slugOfFile } from "./bundled-articles";
import {
  findBundledArticle,
  findBundledQuestion,
  listBundledArticles,
  listBundledQuestions,
} from "./catalog";

describe("the catalogue of bundled articles", () => {
  it("holds every listed file, in the listed order, under the slug of its file name", () => {
    expect(listBundledArticles().map((article) => article.slug)).toEqual(
      BUNDLED_ARTICLE_FILES.map(({ file }) => slugOfFile(file)),
    );
  });

  it("labels each article with its collection, and lists one collection on request", () => {
    const seeds = listBundledArticles("seed");
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(seeds.every((article) => article.collection === "seed")).toBe(true);
    expect(listBundledArticles("practice").every((article) => article.collection === "practice")).toBe(true);
    expect(seeds.length + listBundledArticles("practice").length).toBe(listBundledArticles().length);
  });

  it("gives each article its own analysis and questions about it", () => {
    for (const article of listBundledArticles()) {
      expect(article.analysis.sentences.length).toBeGreaterThan(0);
      expect(article.questions.length).toBeGreaterThan(0);
      expect(article.questions.every((question) => question.articleSlug === article.slug)).toBe(true);
    }
  });

  it("finds an article and a question, and nothing for unknown ones", () => {
    const [first] = listBundledQuestions();
    expect(first && findBundledQuestion(first.id)).toBe(first);
    expect(findBundledQuestion("no-such-question")).toBeUndefined();
    expect(findBundledArticle("no-such-article")).toBeUndefined();
  });

  it("makes a slug from a file name", () => {
    expect(slugOfFile("seeds/army-repels-attack-in-idlib.txt")).toBe("army-repels-attack-in-idlib");
    expect(slugOfFile("practice/flood.txt")).toBe("flood");
  });
});
