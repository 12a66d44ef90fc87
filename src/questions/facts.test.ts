import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze-article";
import { articleSources, canonicalSource } from "./facts";

const REPORT = `Ferry talks continue

By Maren Duval

Coastline Press Agency, 2 June 2026

The union's regional secretary, Colm Adair, said talks would resume on Monday. Adair said the offer was too low. The operator said it had made its final offer.
`;

describe("the sources of an article", () => {
  it("are worked out once per analysis: every question of a long article reuses them", () => {
    const analysis = analyzeArticle(REPORT);
    const first = articleSources(analysis);
    expect(first).toEqual(["Colm Adair", "The operator"]);
    expect(articleSources(analysis)).toBe(first);
    expect(articleSources(analyzeArticle(REPORT))).not.toBe(first);
  });

  it("name a source by the fullest form the article gives it", () => {
    const analysis = analyzeArticle(REPORT);
    const full = canonicalSource(analysis, "Adair");
    expect(full).toBe("Colm Adair");
    expect(canonicalSource(analysis, "Adair")).toBe(full);
  });
});
