import { describe, expect, it } from "vitest";
import type { ArticleAnalysis, ArticleMeta, Attribution, LoadedTerm, Span } from "../src/analysis/types.ts";
import {
  checkMeta,
  computeRates,
  conflictMatches,
  countsOf,
  enclosingSpan,
  findOccurrences,
  GoldError,
  loadedAgreement,
  markInContext,
  matchOneToOne,
  nearestOccurrence,
  numbersIn,
  parseGold,
  resolveGold,
  resolveNth,
  scoreArticle,
  spansOverlap,
} from "./scoring.ts";

const ARTICLE =
  'Rebels liberated Kafr Halab, the activist said. He said the "liberation" was real. He said so.';

function span(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`test setup: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

function goldJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    attributions: [],
    hedges: [],
    unsupported: [],
    loaded: [],
    conflicts: [],
    meta: { title: "A title", author: null, publisher: null, published: null },
    ...overrides,
  };
}

function meta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    title: null,
    author: null,
    publisher: null,
    originalSource: null,
    republished: false,
    published: null,
    tags: { region: [], theme: [], inDepthReport: [] },
    links: [],
    ...overrides,
  };
}

function analysis(overrides: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  return {
    meta: meta(),
    headline: null,
    sentences: [],
    attributions: [],
    hedges: [],
    unsupported: [],
    conflicts: [],
    loaded: [],
    asymmetries: [],
    boilerplate: [],
    ...overrides,
  };
}

function attribution(sourceSpan: Span, cueSpan: Span): Attribution {
  return {
    start: Math.min(sourceSpan.start, cueSpan.start),
    end: Math.max(sourceSpan.end, cueSpan.end),
    source: ARTICLE.slice(sourceSpan.start, sourceSpan.end),
    sourceKind: "vague",
    sourceSpan,
    resolvedSource: null,
    cue: ARTICLE.slice(cueSpan.start, cueSpan.end),
    cueSpan,
    cueTone: "neutral",
    claim: "",
    claimSpan: { start: 0, end: 0 },
    sentence: 0,
  };
}

function loadedTerm(at: Span, category: LoadedTerm["category"], voice: LoadedTerm["voice"]): LoadedTerm {
  return { ...at, text: "", category, neutral: [], explanation: "", voice, speaker: null, sentence: 0 };
}

describe("finding a labelled text in the article", () => {
  it("counts occurrences case-insensitively", () => {
    expect(findOccurrences("He said. he said.", "he said")).toEqual([
      { start: 0, end: 7 },
      { start: 9, end: 16 },
    ]);
  });

  it("skips occurrences inside longer words", () => {
    expect(findOccurrences("the theme, he said", "he")).toEqual([{ start: 11, end: 13 }]);
    expect(findOccurrences("liberated and liberate", "liberate")).toEqual([{ start: 14, end: 22 }]);
  });

  it("needs no word boundary next to a quotation mark", () => {
    expect(findOccurrences('the "liberation" of', '"liberation"')).toEqual([{ start: 4, end: 16 }]);
  });

  it("treats letters with accents as part of a word", () => {
    expect(findOccurrences("Malmö Malm", "Malm")).toEqual([{ start: 6, end: 10 }]);
  });

  it("picks the nth occurrence and gives null past the last", () => {
    expect(resolveNth(ARTICLE, "said", 2)).toEqual(span(ARTICLE, "said", span(ARTICLE, "said").end));
    expect(resolveNth(ARTICLE, "said", 4)).toBeNull();
  });

  it("finds the cue nearest to its source, on either side", () => {
    const text = "X said. Y told. 'Hi,' said Z.";
    expect(nearestOccurrence(text, "said", span(text, "Z"))).toEqual(span(text, "said", 10));
    expect(nearestOccurrence(text, "told", span(text, "Y"))).toEqual(span(text, "told"));
  });
});

describe("reading a gold file", () => {
  it("fills in nth 1 when it is left out", () => {
    const gold = parseGold(goldJson({ hedges: [{ cue: "reportedly" }] }), "a.json");
    expect(gold.hedges).toEqual([{ cue: "reportedly", nth: 1 }]);
  });

  it("names the file, the item and the field when a value is not allowed", () => {
    const bad = goldJson({
      loaded: [
        { text: "regime", category: "label", voice: "author" },
        { text: "thugs", category: "insult", voice: "author" },
      ],
    });
    expect(() => parseGold(bad, "blog.json")).toThrow(GoldError);
    expect(() => parseGold(bad, "blog.json")).toThrow(
      /^blog\.json: loaded\[1\] \("thugs"\) field category: /,
    );
  });

  it("rejects a misspelt key instead of ignoring it", () => {
    const bad = goldJson({ hedges: [{ cue: "reportedly", nht: 2 }] });
    expect(() => parseGold(bad, "h.json")).toThrow(/h\.json: hedges\[0\] \("reportedly"\)/);
  });

  it("rejects a date that is not ISO", () => {
    const bad = goldJson({ meta: { title: "T", author: null, publisher: null, published: "March 6, 2020" } });
    expect(() => parseGold(bad, "m.json")).toThrow(/m\.json: meta field published: must be YYYY-MM-DD/);
  });

  it("refuses an item whose nth occurrence does not exist, naming it", () => {
    const gold = parseGold(goldJson({ hedges: [{ cue: "said", nth: 9 }] }), "x.json");
    expect(() => resolveGold(gold, ARTICLE, "x.json")).toThrow(
      'x.json: hedges[0] ("said"): "said" occurs 3 time(s) as a whole word in the article, so nth 9 does not exist',
    );
  });

  it("pins an attribution's source by nth and its cue to the nearest occurrence", () => {
    const gold = parseGold(
      goldJson({
        attributions: [{ source: "He", cue: "said", sourceKind: "pronoun", cueTone: "neutral", nth: 2 }],
      }),
      "x.json",
    );
    const [resolved] = resolveGold(gold, ARTICLE, "x.json").attributions;
    const secondHe = span(ARTICLE, "He said so");
    expect(resolved?.sourceSpan).toEqual({ start: secondHe.start, end: secondHe.start + 2 });
    expect(resolved?.cueSpan).toEqual({ start: secondHe.start + 3, end: secondHe.start + 7 });
  });

  it("uses cueNth when it is given", () => {
    const gold = parseGold(
      goldJson({
        attributions: [
          { source: "He", cue: "said", sourceKind: "pronoun", cueTone: "neutral", nth: 1, cueNth: 1 },
        ],
      }),
      "x.json",
    );
    expect(resolveGold(gold, ARTICLE, "x.json").attributions[0]?.cueSpan).toEqual(span(ARTICLE, "said"));
  });
});

describe("matching detections to gold items", () => {
  it("counts spans that share a character as overlapping, touching spans as not", () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
  });

  it("lets one detection match only one gold item", () => {
    const gold = [
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ];
    const result = matchOneToOne(gold, [{ start: 0, end: 7 }], spansOverlap);
    expect(result.pairs).toHaveLength(1);
    expect(result.missed).toHaveLength(1);
    expect(result.falseAlarms).toHaveLength(0);
  });

  it("finds the largest matching whatever the order", () => {
    // Greedy would give the wide detection to the first gold item and miss the second.
    const gold = [
      { start: 0, end: 10 },
      { start: 0, end: 2 },
    ];
    const detected = [
      { start: 1, end: 2 },
      { start: 5, end: 6 },
    ];
    const result = matchOneToOne(gold, detected, spansOverlap);
    expect(result.pairs).toHaveLength(2);
    expect(result.missed).toEqual([]);
  });

  it("needs both the source and the cue of an attribution to overlap", () => {
    const gold = parseGold(
      goldJson({
        attributions: [{ source: "the activist", cue: "said", sourceKind: "vague", cueTone: "neutral" }],
      }),
      "x.json",
    );
    const resolved = resolveGold(gold, ARTICLE, "x.json");
    const right = attribution(span(ARTICLE, "activist"), span(ARTICLE, "said"));
    const wrongCue = attribution(span(ARTICLE, "activist"), span(ARTICLE, "liberated"));
    const score = scoreArticle(resolved, analysis({ attributions: [wrongCue, right] }));
    expect(score.attributions.pairs.map((p) => p.detected)).toEqual([right]);
    expect(score.attributions.falseAlarms).toEqual([wrongCue]);
  });

  it("matches a gold source to the phrase a detected relative pronoun stands for", () => {
    const text = "The ministry, which had denied it, spoke.";
    const gold = parseGold(
      goldJson({
        attributions: [
          { source: "The ministry", cue: "denied", sourceKind: "organisation", cueTone: "neutral" },
        ],
      }),
      "x.json",
    );
    const resolved = resolveGold(gold, text, "x.json");
    const which = {
      ...attribution(span(text, "which"), span(text, "denied")),
      referentSpan: span(text, "The ministry"),
    };
    const withoutReferent = attribution(span(text, "which"), span(text, "denied"));
    expect(scoreArticle(resolved, analysis({ attributions: [which] })).attributions.pairs).toHaveLength(1);
    expect(
      scoreArticle(resolved, analysis({ attributions: [withoutReferent] })).attributions.pairs,
    ).toHaveLength(0);
  });

  it("reports how many matched loaded terms agree on voice and on category", () => {
    const gold = parseGold(
      goldJson({
        loaded: [
          { text: "liberated", category: "positive-framing", voice: "author" },
          { text: '"liberation"', category: "scare-quotes", voice: "author" },
        ],
      }),
      "x.json",
    );
    const detected = [
      loadedTerm(span(ARTICLE, "liberated"), "positive-framing", "author"),
      loadedTerm(span(ARTICLE, "liberation"), "positive-framing", "quoted"),
    ];
    const score = scoreArticle(resolveGold(gold, ARTICLE, "x.json"), analysis({ loaded: detected }));
    expect(countsOf(score, "loaded")).toEqual({ gold: 2, found: 2, matched: 2 });
    expect(loadedAgreement(score)).toEqual({
      voice: { matched: 2, agree: 1 },
      category: { matched: 2, agree: 1 },
    });
  });

  it("counts a finding where the gold file has nothing as a false alarm", () => {
    const resolved = resolveGold(parseGold(goldJson(), "x.json"), ARTICLE, "x.json");
    const score = scoreArticle(
      resolved,
      analysis({ hedges: [{ cue: "said", sentence: 0, ...span(ARTICLE, "said") }] }),
    );
    expect(countsOf(score, "hedges")).toEqual({ gold: 0, found: 1, matched: 0 });
  });
});

describe("precision and recall", () => {
  it("computes precision, recall and F1 from counts", () => {
    const rates = computeRates({ gold: 4, found: 2, matched: 2 });
    expect(rates.precision).toBe(1);
    expect(rates.recall).toBe(0.5);
    expect(rates.f1).toBeCloseTo(2 / 3);
  });

  it("leaves precision undefined when nothing was found and recall when there was nothing to find", () => {
    expect(computeRates({ gold: 3, found: 0, matched: 0 })).toEqual({ precision: null, recall: 0, f1: null });
    expect(computeRates({ gold: 0, found: 2, matched: 0 })).toEqual({ precision: 0, recall: null, f1: null });
  });

  it("gives F1 0, not NaN, when nothing matched", () => {
    expect(computeRates({ gold: 1, found: 1, matched: 0 }).f1).toBe(0);
  });
});

describe("conflicting figures", () => {
  it("reads numbers with thousands separators and decimals", () => {
    expect(numbersIn("about 9,412 fans, £11.2 million")).toEqual([9412, 11.2]);
  });

  it("matches when every gold number is among the detected figures", () => {
    const gold = { about: "deaths", values: ["over 100", "over 200"] };
    expect(conflictMatches(gold, ["100", "more than 200 killed or injured"])).toBe(true);
    expect(conflictMatches(gold, ["100", "150"])).toBe(false);
  });
});

describe("meta fields", () => {
  it("compares exactly after collapsing whitespace, and skips originalSource when gold leaves it out", () => {
    const checks = checkMeta(
      { title: "Army  advances", author: "South Front", publisher: null, published: "2019-11-16" },
      meta({ title: " Army advances ", author: "south front", published: "2019-11-16" }),
    );
    expect(checks.map((c) => [c.field, c.correct])).toEqual([
      ["title", true],
      ["author", false],
      ["publisher", true],
      ["published", true],
    ]);
  });
});

describe("the sentence shown beside a miss", () => {
  it("is the analysed sentence that holds the span", () => {
    const sentences = [{ index: 0, paragraph: 0, start: 0, end: 47, text: ARTICLE.slice(0, 47) }];
    expect(enclosingSpan(ARTICLE, sentences, span(ARTICLE, "activist"))).toEqual({ start: 0, end: 47 });
  });

  it("falls back to the line of text when no sentence holds it (boilerplate)", () => {
    const text = "Body.\nPayPal: give@example.org\nEnd.";
    expect(enclosingSpan(text, [], span(text, "PayPal"))).toEqual(span(text, "PayPal: give@example.org"));
  });

  it("marks the labelled words inside it", () => {
    const text = "Rebels  liberated\nKafr Halab, the activist said.";
    const context = { start: 0, end: text.length };
    expect(markInContext(text, context, [span(text, "said"), span(text, "activist")])).toBe(
      "Rebels liberated Kafr Halab, the ⟦activist⟧ ⟦said⟧.",
    );
  });

  it("leaves out marks that fall outside the sentence or overlap an earlier mark", () => {
    const text = "One two three.";
    expect(
      markInContext(text, { start: 0, end: 7 }, [
        span(text, "three"),
        span(text, "One two"),
        span(text, "two"),
      ]),
    ).toBe("⟦One two⟧");
  });
});
