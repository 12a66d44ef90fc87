import { describe, expect, it } from "vitest";
import type { ArticleAnalysis, ArticleMeta, LoadedTerm, Span } from "../src/analysis/types";
import { ArticlePage } from "../src/articles/views";

const TEXT = [
  "Troops Liberate Village",
  "",
  "By **[Ann Reporter](#)**",
  "",
  "Government troops liberated the village, according to state media. Rebels reportedly fled.",
  "",
  "The army said the rebels were “terrorists”. No evidence was provided.",
  "",
  "Please donate via PayPal to keep us going.",
  "",
  "Disclaimer: The views are the author's own. We are not responsible for errors.",
].join("\n");

/** The span of the nth occurrence of `words` in TEXT. */
function at(words: string, nth = 0): Span {
  let start = -1;
  for (let count = 0; count <= nth; count++) start = TEXT.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in the fixture`);
  return { start, end: start + words.length };
}

function sentenceOf(index: number, paragraph: number, words: string) {
  return { index, paragraph, text: words, ...at(words) };
}

function meta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    title: "Troops Liberate Village",
    author: "Ann Reporter",
    publisher: null,
    originalSource: null,
    republished: false,
    published: null,
    tags: { region: [], theme: [], inDepthReport: [] },
    links: [],
    ...overrides,
  };
}

function loaded(words: string, overrides: Partial<LoadedTerm> = {}): LoadedTerm {
  return {
    text: words,
    category: "positive-framing",
    neutral: ["took control of", "captured"],
    explanation: "It says the army freed the village, which takes the army's side.",
    voice: "author",
    speaker: null,
    sentence: 0,
    ...at(words),
    ...overrides,
  };
}

function fixture(overrides: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  const claim = at("Government troops liberated the village");
  return {
    meta: meta(),
    headline: null,
    sentences: [
      sentenceOf(0, 0, "Government troops liberated the village, according to state media."),
      sentenceOf(1, 0, "Rebels reportedly fled."),
      sentenceOf(2, 1, "The army said the rebels were “terrorists”."),
      sentenceOf(3, 1, "No evidence was provided."),
    ],
    attributions: [
      {
        source: "state media",
        sourceKind: "media-outlet",
        sourceSpan: at("state media"),
        resolvedSource: "state media",
        cue: "according to",
        cueSpan: at("according to"),
        cueTone: "neutral",
        claim: TEXT.slice(claim.start, claim.end),
        claimSpan: claim,
        sentence: 0,
        start: at("according to").start,
        end: at("state media").end,
      },
    ],
    hedges: [{ cue: "reportedly", sentence: 1, ...at("reportedly") }],
    unsupported: [{ text: "No evidence was provided", sentence: 3, ...at("No evidence was provided") }],
    conflicts: [],
    loaded: [
      loaded("liberated"),
      loaded("“terrorists”", {
        category: "scare-quotes",
        neutral: ["fighters"],
        explanation: "A label the speaker chose.",
        voice: "quoted",
        speaker: "The army",
        sentence: 2,
      }),
    ],
    asymmetries: [],
    boilerplate: [
      {
        kind: "donation-appeal",
        text: "Please donate via PayPal to keep us going.",
        ...at("Please donate via PayPal to keep us going."),
      },
      {
        kind: "disclaimer",
        text: "Disclaimer: The views are the author's own. We are not responsible for errors.",
        ...at("Disclaimer: The views are the author's own. We are not responsible for errors."),
      },
    ],
    ...overrides,
  };
}

function render(analysis: ArticleAnalysis): string {
  return String(ArticlePage({ slug: "troops", text: TEXT, analysis }));
}

/** The words of a fragment of HTML without its tags (a tag counts as a space), entities decoded, spaces collapsed. */
function wordsOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function elementWithId(html: string, id: string): string {
  const match = new RegExp(`<span[^>]*\\bid="${id}"[^>]*>(.*?)</span></span>`).exec(html);
  if (!match?.[1]) throw new Error(`no element #${id}`);
  return match[1];
}

describe("the annotated article view", () => {
  it("labels every highlight for screen readers as well as by its style", () => {
    const html = render(fixture());
    expect(html).toContain('<span class="hl hl-source"><span class="vh">source: </span>state media</span>');
    expect(html).toContain(
      '<span class="hl hl-cue"><span class="vh">reporting cue: </span>according to</span>',
    );
    expect(html).toContain('<span class="hl hl-hedge"><span class="vh">hedge: </span>reportedly</span>');
    expect(html).toContain(
      '<span class="hl hl-unsupported"><span class="vh">no evidence: </span>No evidence was provided</span>',
    );
  });

  it("makes a loaded term focusable and describes it by a tooltip with its neutral alternatives", () => {
    const html = render(fixture());
    expect(html).toContain(
      '<span class="hl hl-loaded" tabindex="0" aria-describedby="loaded-0"><span class="vh">loaded term: </span>liberated</span>',
    );
    const tip = wordsOf(elementWithId(html, "loaded-0"));
    expect(tip).toContain("Neutral: took control of, captured.");
    expect(tip).toContain("positive framing of one side");
    expect(tip).toContain("takes the army's side");
    expect(html).toMatch(/<span class="tip" role="tooltip" id="loaded-0">/);
  });

  it("says when a loaded term is a quoted speaker's word, not the outlet's", () => {
    const html = render(fixture());
    expect(html).toContain('class="hl hl-loaded hl-quoted" tabindex="0" aria-describedby="loaded-1"');
    expect(wordsOf(elementWithId(html, "loaded-1"))).toContain(
      "Quoted words of The army, not the outlet’s own.",
    );
  });

  it("shows a legend naming each highlight style with how many were found", () => {
    const legend = wordsOf(/<section class="card legend".*?<\/section>/.exec(render(fixture()))?.[0] ?? "");
    expect(legend).toContain("source (1 found)");
    expect(legend).toContain("hedge (1 found)");
    expect(legend).toContain("no evidence (1 found)");
    expect(legend).toContain("loaded term (1 found)");
    expect(legend).toContain("loaded term in a quotation (1 found)");
  });

  it("fills the sourcing box: missing facts said plainly, date or 'no date given', appeal and disclaimer quoted", () => {
    const box = wordsOf(/<section class="card sourcing".*?<\/section>/.exec(render(fixture()))?.[0] ?? "");
    expect(box).toContain("Author Ann Reporter");
    expect(box).toContain("Publisher not stated");
    expect(box).toContain("Date no date given");
    expect(box).toContain("Republished No");
    expect(box).toContain("Donation appeal Yes: Please donate via PayPal to keep us going.");
    expect(box).toContain("Publisher’s disclaimer Yes: The views are the author's own.");
  });

  it("writes a given date out and says 'None' when there is no appeal or disclaimer", () => {
    const analysis = fixture({ meta: meta({ published: "2019-11-26" }), boilerplate: [] });
    const box = wordsOf(/<section class="card sourcing".*?<\/section>/.exec(render(analysis))?.[0] ?? "");
    expect(box).toContain("Date 26 November 2019");
    expect(box).toContain("Donation appeal None");
    expect(box).toContain("Publisher’s disclaimer None");
  });

  it("puts the boilerplate after the body, each passage under the name of its kind", () => {
    const html = render(fixture());
    const body = html.indexOf('id="body-heading"');
    const boilerplate = html.indexOf('id="boilerplate-heading"');
    expect(body).toBeGreaterThan(0);
    expect(boilerplate).toBeGreaterThan(body);
    expect(wordsOf(html.slice(boilerplate))).toContain("Donation appeal Please donate via PayPal");
  });

  it("lists who says what, with the kind of source and the tone of the cue", () => {
    const html = render(fixture());
    const table = wordsOf(/<table>.*?<\/table>/.exec(html)?.[0] ?? "");
    expect(table).toContain(
      "state media media outlet according to (neutral) Government troops liberated the village",
    );
  });

  it("lists conflicting figures and the same action told in different words for each side", () => {
    const html = render(
      fixture({
        conflicts: [
          {
            about: "militants killed",
            figures: [
              { value: "over 100", source: "the monitor", sentence: 0, start: 0, end: 1 },
              { value: "over 200", source: "the ministry", sentence: 1, start: 2, end: 3 },
            ],
          },
        ],
        asymmetries: [
          {
            action: "taking territory",
            sides: [
              { actor: "Government troops", term: "liberated", sentence: 0, ...at("liberated") },
              { actor: "Rebels", term: "seized", sentence: 1, start: 0, end: 1 },
            ],
          },
        ],
      }),
    );
    const words = wordsOf(html);
    expect(words).toContain(
      "Conflicting figures Militants killed over 100 according to the monitor over 200 according to the ministry",
    );
    expect(words).toContain(
      "Same action, different words Taking territory Government troops: liberated Rebels: seized",
    );
  });

  it("leaves out the conflicts and asymmetries sections when there are none", () => {
    const html = render(fixture());
    expect(html).not.toContain("Conflicting figures");
    expect(html).not.toContain("Same action, different words");
  });

  it("splits a loaded term cut by a source into pieces and describes it once", () => {
    const analysis = fixture({ loaded: [loaded("media. Rebels", { sentence: 0 })] });
    const html = render(analysis);
    expect(html.match(/aria-describedby="loaded-0"/g)).toHaveLength(1);
    expect(html.match(/role="tooltip"/g)).toHaveLength(1);
  });
});
