import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "../src/analysis/types";

const ARTICLE = [
  "Army Retakes Town",
  "",
  "By Jane Doe",
  "",
  "The army took the town on Monday, officials said. According to local sources, 12 people were killed.",
  "",
  "Governor Ann Lee said the situation was calm. Several houses were reportedly destroyed.",
].join("\n");

function analyze(body: BodyInit | null, headers: Record<string, string> = { "content-type": "text/plain" }) {
  return exports.default.fetch("https://byline.test/api/analyze", { method: "POST", body, headers });
}

/** A body stream with no declared length: only the bytes read can tell its size. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 16 * 1024)
        controller.enqueue(bytes.slice(at, at + 16 * 1024));
      controller.close();
    },
  });
}

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json()) as { error: string };
  return body.error;
}

describe("POST /api/analyze", () => {
  it("answers 200 with every kind of finding, offsets into the text as sent", async () => {
    const response = await analyze(ARTICLE);
    expect(response.status).toBe(200);
    const analysis = (await response.json()) as ArticleAnalysis;
    expect(Object.keys(analysis)).toEqual(
      expect.arrayContaining([
        "meta",
        "sentences",
        "attributions",
        "hedges",
        "unsupported",
        "conflicts",
        "loaded",
        "asymmetries",
        "boilerplate",
      ]),
    );
    expect(analysis.meta.title).toBe("Army Retakes Town");
    expect(analysis.sentences.length).toBeGreaterThanOrEqual(4);
    for (const sentence of analysis.sentences)
      expect(ARTICLE.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(
      analysis.attributions.map((item) => ARTICLE.slice(item.sourceSpan.start, item.sourceSpan.end)),
    ).toEqual(expect.arrayContaining(["local sources", "Governor Ann Lee"]));
    for (const item of analysis.attributions) {
      expect(ARTICLE.slice(item.sourceSpan.start, item.sourceSpan.end)).toBe(item.source);
      expect(ARTICLE.slice(item.cueSpan.start, item.cueSpan.end)).toBe(item.cue);
    }
    expect(analysis.hedges.map((hedge) => ARTICLE.slice(hedge.start, hedge.end))).toContain("reportedly");
    for (const term of analysis.loaded) expect(ARTICLE.slice(term.start, term.end)).toBe(term.text);
  });

  it("counts offsets in UTF-16 units of the text as sent, past accents, emoji and a byte-order mark", async () => {
    const text = "\uFEFFCafé 🙂 Report\n\nThe minister said the talks failed. Prices reportedly rose.";
    const response = await analyze(new TextEncoder().encode(text), {
      "content-type": "text/plain; charset=UTF-8",
    });
    expect(response.status).toBe(200);
    const analysis = (await response.json()) as ArticleAnalysis;
    expect(analysis.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(
      analysis.sentences.map((sentence) => sentence.text),
    );
    const hedge = analysis.hedges[0];
    expect(hedge && text.slice(hedge.start, hedge.end)).toBe("reportedly");
  });

  it("keeps offsets on the text as sent when its lines end in CRLF", async () => {
    const text = ARTICLE.replace(/\n/g, "\r\n");
    const analysis = (await (await analyze(text)).json()) as ArticleAnalysis;
    expect(analysis.sentences.length).toBeGreaterThanOrEqual(4);
    for (const sentence of analysis.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    for (const item of analysis.attributions) {
      expect(text.slice(item.sourceSpan.start, item.sourceSpan.end)).toBe(item.source);
    }
  });

  it("accepts a charset parameter in any case and quoting", async () => {
    const response = await analyze(ARTICLE, { "content-type": 'Text/Plain; Charset="utf-8"' });
    expect(response.status).toBe(200);
  });

  it("refuses an empty or whitespace-only body with 400", async () => {
    for (const body of ["", " \n\t \n"]) {
      const response = await analyze(body);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatch(/empty/);
    }
  });

  it("refuses bytes that are not UTF-8 with 400", async () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]); // "Café news" in Latin-1
    const response = await analyze(latin1);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatch(/UTF-8/);
  });

  it("refuses another content type, or another charset, with 415", async () => {
    const json = await analyze(JSON.stringify({ text: ARTICLE }), { "content-type": "application/json" });
    expect(json.status).toBe(415);
    expect(await errorOf(json)).toMatch(/text\/plain/);
    const html = await analyze(ARTICLE, { "content-type": "text/plainish" });
    expect(html.status).toBe(415);
    const latin1 = await analyze(ARTICLE, { "content-type": "text/plain; charset=iso-8859-1" });
    expect(latin1.status).toBe(415);
    expect(await errorOf(latin1)).toMatch(/UTF-8/);
    const none = await analyze(new Blob([ARTICLE]), {});
    expect(none.status).toBe(415);
  });

  it("accepts exactly 100 KB and refuses one byte more with 413", async () => {
    const limit = 100 * 1024;
    const fits = `Title\n\n${"a".repeat(limit - 7)}`;
    expect(new TextEncoder().encode(fits).length).toBe(limit);
    expect((await analyze(fits)).status).toBe(200);
    const response = await analyze(`${fits}b`);
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatch(/100 KB/);
  });

  it("counts bytes, not characters: 40,000 three-byte characters are too large", async () => {
    const response = await analyze(`Title\n\n${"€".repeat(40_000)}`);
    expect(response.status).toBe(413);
  });

  it("refuses an oversized body sent without a Content-Length header with 413", async () => {
    const bytes = new TextEncoder().encode(`Title\n\n${"word ".repeat(30_000)}`);
    const request = new Request("https://byline.test/api/analyze", {
      method: "POST",
      body: streamOf(bytes),
      headers: { "content-type": "text/plain" },
    });
    expect(request.headers.get("content-length")).toBeNull();
    const response = await exports.default.fetch(request);
    expect(response.status).toBe(413);
  });

  it("refuses an oversized body whose Content-Length header claims it is small with 413", async () => {
    const bytes = new TextEncoder().encode(`Title\n\n${"word ".repeat(30_000)}`);
    const request = new Request("https://byline.test/api/analyze", {
      method: "POST",
      body: streamOf(bytes),
      headers: { "content-type": "text/plain", "content-length": "100" },
    });
    const response = await exports.default.fetch(request);
    expect(response.status).toBe(413);
  });

  it("still reads a small body sent without a Content-Length header", async () => {
    const request = new Request("https://byline.test/api/analyze", {
      method: "POST",
      body: streamOf(new TextEncoder().encode(ARTICLE)),
      headers: { "content-type": "text/plain" },
    });
    expect((await exports.default.fetch(request)).status).toBe(200);
  });

  it("refuses a declared Content-Length over the limit with 413 before reading", async () => {
    const response = await analyze("short", { "content-type": "text/plain", "content-length": "200000" });
    expect(response.status).toBe(413);
  });
});

interface Listing {
  articles: {
    slug: string;
    title: string;
    author: string | null;
    publisher: string | null;
    published: string | null;
    collection: string;
  }[];
}

describe("GET /api/articles", () => {
  it("lists the five seed articles, then the six practice pieces, each with title, author, publisher, date and collection", async () => {
    const response = await exports.default.fetch("https://byline.test/api/articles");
    expect(response.status).toBe(200);
    const { articles } = (await response.json()) as Listing;
    expect(articles.map((article) => article.collection)).toEqual([
      ...Array(5).fill("seed"),
      ...Array(6).fill("practice"),
    ]);
    expect(articles[0]).toEqual({
      slug: "army-advance-in-southern-idlib",
      title: "Video: Syrian Army Developing Advance in Southern Idlib",
      author: "South Front",
      publisher: "Global Research",
      published: "2019-11-26",
      collection: "seed",
    });
    expect(articles.find((article) => article.slug === "army-repels-attack-in-idlib")?.published).toBeNull();
    expect(articles.find((article) => article.slug === "reservoir-levels-wire-report")).toEqual({
      slug: "reservoir-levels-wire-report",
      title: "Reservoir levels fall to lowest September reading since records began",
      author: "Tomasz Reyes",
      publisher: "Harbourline Wire",
      published: "2026-09-14",
      collection: "practice",
    });
  });
});

describe("GET /api/articles/:slug/analysis", () => {
  it("answers the analysis of a seed with its slug and text, offsets into that text", async () => {
    const response = await exports.default.fetch(
      "https://byline.test/api/articles/army-advance-in-southern-idlib/analysis",
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as ArticleAnalysis & { slug: string; text: string };
    expect(body.slug).toBe("army-advance-in-southern-idlib");
    expect(body.text).toMatch(/^\s*Video: Syrian Army Developing Advance/);
    const partisan = body.attributions.find((item) => item.source === "pro-militant sources");
    expect(partisan && body.text.slice(partisan.start, partisan.end)).toBe(
      "According to pro-militant sources",
    );
    expect(body.boilerplate.map((passage) => passage.kind)).toContain("donation-appeal");
  });

  it("answers an unknown slug with a JSON 404", async () => {
    const response = await exports.default.fetch("https://byline.test/api/articles/no-such-article/analysis");
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatch(/no-such-article/);
  });
});
