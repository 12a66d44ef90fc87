/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { BUNDLED_ARTICLE_FILES, slugOfFile } from "../src/catalog/bundled-articles";
import { findBundledArticle, listBundledArticles } from "../src/catalog/catalog";

/** The seed analysed afresh, so these specs test the analysis code, not the stored result. */
function analysisOf(slug: string) {
  const article = findBundledArticle(slug);
  if (!article) throw new Error(`no seed ${slug}`);
  return { article, analysis: analyzeArticle(article.text) };
}

/** The bundled files as they are on disk (Vite reads them at test time; add a folder here if you add one). */
const FILES: Record<string, string> = import.meta.glob(["../seeds/*.txt", "../practice/*.txt"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe.each(BUNDLED_ARTICLE_FILES.map(({ file }) => file))("the bundled article %s", (file) => {
  it("is in the catalogue byte for byte (else run `npm run precompute`)", () => {
    expect(FILES[`../${file}`], `no ${file} on disk`).toBeDefined();
    expect(findBundledArticle(slugOfFile(file))?.text).toBe(FILES[`../${file}`]);
  });
});

describe.each(listBundledArticles().map((seed) => seed.slug))("the stored analysis of %s", (slug) => {
  it("is what the analysis finds today (else run `npm run precompute`)", () => {
    expect(findBundledArticle(slug)?.analysis).toEqual(analysisOf(slug).analysis);
  });
});

function textAt(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

describe("key findings in the seed articles", () => {
  it("reads who wrote and who republished each seed, and which give no date", () => {
    const metas = [
      "army-advance-in-southern-idlib",
      "russia-backed-offensive-in-southern-idlib",
      "battle-for-idlib-m5-highway",
      "army-repels-attack-in-idlib",
      "maarat-al-numan-about-to-fall",
    ].map((slug) => analysisOf(slug).analysis.meta);
    for (const meta of metas) {
      expect(meta).toMatchObject({ author: "South Front", publisher: "Global Research", republished: true });
    }
    expect(metas.map((meta) => meta.published)).toEqual([
      "2019-11-26",
      "2019-11-16",
      "2019-12-24",
      null,
      null,
    ]);
    expect(metas.map((meta) => meta.originalSource)).toEqual([
      "Global Research",
      "South Front",
      "South Front",
      null,
      null,
    ]);
  });

  it("separates the donation appeal and the disclaimer from the reporting", () => {
    const { article, analysis } = analysisOf("army-advance-in-southern-idlib");
    const kinds = analysis.boilerplate.map((passage) => passage.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["donation-appeal", "disclaimer", "fair-use", "share-request"]),
    );
    const reporting = analysis.sentences.map((sentence) => sentence.text).join(" ");
    expect(reporting).not.toMatch(/PayPal|Disclaimer|fair use/);
    const appeal = analysis.boilerplate.find((passage) => passage.kind === "donation-appeal");
    expect(appeal && textAt(article.text, appeal)).toMatch(/support South Front/);
  });

  it("finds the partisan-labelled sources of the strike report", () => {
    const { analysis } = analysisOf("army-advance-in-southern-idlib");
    const sources = analysis.attributions.map((item) => [item.source, item.sourceKind]);
    expect(sources).toEqual(
      expect.arrayContaining([
        ["pro-militant sources", "partisan-unnamed"],
        ["pro-government sources", "partisan-unnamed"],
        ["Central Command chief General Kenneth McKenzie", "named-person"],
      ]),
    );
    const revealed = analysis.attributions.find((item) => item.cue === "revealed");
    expect(revealed?.cueTone).toBe("presupposing");
  });

  it("finds the conflicting casualty figures of the monitor and the ministry", () => {
    const { analysis } = analysisOf("battle-for-idlib-m5-highway");
    expect(analysis.conflicts).toHaveLength(1);
    expect(analysis.conflicts[0]?.figures.map((figure) => [figure.value, figure.source])).toEqual([
      ["over 100", "the pro-opposition Syrian Observatory for Human Rights"],
      ["over 200", "The Russian Defense Ministry"],
    ]);
  });

  it("finds the claim the article says came with no evidence, in two seeds", () => {
    expect(analysisOf("battle-for-idlib-m5-highway").analysis.unsupported.map((item) => item.text)).toEqual([
      "no visual evidence to confirm these claims was provided",
    ]);
    expect(analysisOf("maarat-al-numan-about-to-fall").analysis.unsupported.map((item) => item.text)).toEqual(
      ["no evidence was provided"],
    );
  });

  it("finds claims floating free on 'reportedly', 'It's expected' and 'Earlier reports appeared'", () => {
    const cues = (slug: string) => analysisOf(slug).analysis.hedges.map((hedge) => hedge.cue);
    expect(cues("army-advance-in-southern-idlib")).toContain("It's expected");
    expect(cues("russia-backed-offensive-in-southern-idlib")).toEqual(
      expect.arrayContaining(["reportedly", "Earlier reports appeared"]),
    );
    expect(cues("army-repels-attack-in-idlib")).toContain("reportedly");
  });

  it("resolves 'According to them' to the HTS-affiliated media", () => {
    const { analysis } = analysisOf("battle-for-idlib-m5-highway");
    const them = analysis.attributions.find((item) => item.source === "them");
    expect(them?.resolvedSource).toMatch(/^Media outlets affiliated with Hayat Tahrir al-Sham/);
  });

  it("finds the loaded wording of each seed with neutral alternatives", () => {
    const loaded = (slug: string) =>
      analysisOf(slug).analysis.loaded.map((term) => [term.text, term.category]);
    expect(loaded("army-advance-in-southern-idlib")).toEqual(
      expect.arrayContaining([
        ["liberated", "positive-framing"],
        ["eliminated", "euphemism"],
        ["radicals", "label"],
        ["cleaning", "euphemism"],
        ["proxies", "label"],
        ["so-called Kurdish question", "so-called"],
      ]),
    );
    expect(loaded("battle-for-idlib-m5-highway")).toEqual(
      expect.arrayContaining([
        ["devastating blow", "intensifier"],
        ["pulverized", "intensifier"],
        ["“Assad regime”", "scare-quotes"],
        ["“moderate opposition”", "scare-quotes"],
      ]),
    );
    expect(loaded("army-repels-attack-in-idlib")).toEqual(expect.arrayContaining([["terrorists", "label"]]));
  });

  it("gives 'Assadist propaganda' to the HTS-affiliated media who claimed it", () => {
    const term = analysisOf("battle-for-idlib-m5-highway").analysis.loaded.find((item) =>
      item.text.includes("propaganda"),
    );
    expect(term).toMatchObject({
      voice: "quoted",
      speaker: expect.stringMatching(/^Media outlets affiliated/),
    });
  });

  it("finds the army 'liberating' while the militant coalition 'captured'", () => {
    const [asymmetry] = analysisOf("army-advance-in-southern-idlib").analysis.asymmetries;
    expect(asymmetry?.sides.map((side) => side.term)).toEqual(["liberated", "liberated", "captured"]);
  });

  it("keeps every finding's offsets on the exact words of the article", () => {
    for (const slug of [
      "army-advance-in-southern-idlib",
      "battle-for-idlib-m5-highway",
      "maarat-al-numan-about-to-fall",
    ]) {
      const { article, analysis } = analysisOf(slug);
      for (const sentence of analysis.sentences) expect(textAt(article.text, sentence)).toBe(sentence.text);
      for (const item of analysis.attributions) {
        expect(textAt(article.text, item.sourceSpan)).toBe(item.source);
        expect(textAt(article.text, item.claimSpan)).toBe(item.claim);
      }
      for (const hedge of analysis.hedges) expect(textAt(article.text, hedge)).toBe(hedge.cue);
      for (const term of analysis.loaded) expect(textAt(article.text, term)).toBe(term.text);
    }
  });
});
