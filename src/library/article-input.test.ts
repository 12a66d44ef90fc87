import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze-article";
import { decodeUpload, formatOfFileName, htmlToArticleText, prepareArticleText } from "./article-input";

const PARAGRAPH =
  "The town council voted on Monday to keep the library open on Saturdays, after a petition signed by 1,200 residents asked it to reverse a planned cut.";

const NEWS_PAGE = `<!doctype html>
<html><head>
<title>Library keeps Saturday hours | Valley Courier</title>
<meta name="author" content="Ines Varga">
<meta property="article:published_time" content="2026-10-05T09:30:00Z">
<style>body { font: 16px serif } p::before { content: "STYLE TEXT" }</style>
<script>window.tracker = "SCRIPT TEXT"; document.write("<p>injected</p>");</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">NAV TEXT</a></nav></header>
<main><article>
<header><h1>Library keeps Saturday hours</h1><p class="byline">By Ines Varga</p><time datetime="2026-10-05">5 October</time></header>
<p>${PARAGRAPH}</p>
<p>&ldquo;We listened,&rdquo; the council&rsquo;s leader, Mara Holt, said. The library&nbsp;will also open on two Sunday afternoons a month from November &amp; December.</p>
<aside>Read more: ASIDE TEXT about something else entirely</aside>
<figure><img src="x.jpg"><figcaption>FIGURE TEXT</figcaption></figure>
</article></main>
<footer>Copyright Valley Courier. FOOTER TEXT. <form><input name="email"><button>Subscribe</button></form></footer>
<script src="ads.js"></script>
</body></html>`;

describe("reading an HTML page as an article", () => {
  const text = htmlToArticleText(NEWS_PAGE);

  it("keeps the headline, the byline and the date as the first lines, where the parser reads them", () => {
    expect(text.split("\n\n").slice(0, 3)).toEqual([
      "Library keeps Saturday hours",
      "By Ines Varga",
      "5 October 2026",
    ]);
    expect(analyzeArticle(text).meta).toMatchObject({
      title: "Library keeps Saturday hours",
      author: "Ines Varga",
      published: "2026-10-05",
    });
  });

  it("drops scripts, styles, navigation, headers, footers, asides, figures and forms", () => {
    for (const dropped of ["SCRIPT", "STYLE", "NAV", "ASIDE", "FIGURE", "FOOTER", "Subscribe", "injected"]) {
      expect(text).not.toContain(dropped);
    }
  });

  it("keeps only the words of hostile markup inside the article: handlers, script links, frames, SVG, noscript and templates go (guard)", () => {
    const hostile = htmlToArticleText(
      `<article><h1 onclick="steal()">Bridge reopens</h1><p>By <a href="javascript:steal()">Jo Bell</a></p><p>The bridge <img src=x onerror="steal()">reopened on Monday, the council said.<iframe src="https://tracker.example"></iframe> Engineers said the deck was sound.</p><p><svg onload="steal()"><text>drawn words</text></svg>Traffic was light all week.</p><noscript>turn on scripts</noscript><template><p>a hidden draft</p></template></article>`,
    );
    expect(hostile).toBe(
      "Bridge reopens\n\nBy Jo Bell\n\nThe bridge reopened on Monday, the council said. Engineers said the deck was sound.\n\nTraffic was light all week.",
    );
  });

  it("keeps each paragraph of the article on its own, with entities decoded", () => {
    expect(text).toContain(`\n\n${PARAGRAPH}\n\n`);
    expect(text).toContain(
      "“We listened,” the council’s leader, Mara Holt, said. The library will also open on two Sunday afternoons a month from November & December.",
    );
  });

  it("falls back to the page title for the headline and leaves out a byline and date it cannot find", () => {
    const bare = htmlToArticleText(`<title>Plain page</title><body><p>${PARAGRAPH}</p></body>`);
    expect(bare).toBe(`Plain page\n\n${PARAGRAPH}`);
  });
});

describe("preparing an article's text", () => {
  it("accepts pasted text and makes every line break a newline", () => {
    const result = prepareArticleText(`Headline\r\n\r\n${PARAGRAPH}\r\n${PARAGRAPH}`, "text");
    expect(result).toEqual({ ok: true, value: `Headline\n\n${PARAGRAPH}\n${PARAGRAPH}` });
  });

  it("refuses an empty text", () => {
    expect(prepareArticleText("  \n\t ", "text")).toMatchObject({ ok: false, status: 400, message: /empty/ });
  });

  it("refuses a text too short to be an article, saying how many words it has", () => {
    expect(prepareArticleText("Just a headline here", "markdown")).toMatchObject({
      ok: false,
      status: 400,
      message: /has 4 words; an article needs at least 40/,
    });
  });

  it("refuses a text over 100 KB", () => {
    expect(prepareArticleText("word ".repeat(21000), "text")).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses an HTML page with no article in it", () => {
    const menuOnly = `<html><body><nav>${"<a href='/'>Link</a> ".repeat(80)}</nav><footer>${PARAGRAPH}</footer></body></html>`;
    expect(prepareArticleText(menuOnly, "html")).toMatchObject({
      ok: false,
      status: 400,
      message: /no article in it/,
    });
  });

  it("drops control characters that a copy from a PDF leaves behind", () => {
    const result = prepareArticleText(`Head\u0007line\n\n${PARAGRAPH} ${PARAGRAPH}`, "text");
    expect(result.ok && result.value.startsWith("Headline\n\n")).toBe(true);
  });
});

describe("reading an uploaded file", () => {
  it("knows .txt, .md and .html files and refuses others by name", () => {
    expect(formatOfFileName("story.TXT")).toEqual({ ok: true, value: "text" });
    expect(formatOfFileName("story.md")).toEqual({ ok: true, value: "markdown" });
    expect(formatOfFileName("story.htm")).toEqual({ ok: true, value: "html" });
    expect(formatOfFileName("story.pdf")).toMatchObject({ ok: false, status: 415, message: /"story.pdf"/ });
  });

  it("decodes UTF-8 and drops a byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Café society")]);
    expect(decodeUpload(bytes)).toEqual({ ok: true, value: "Café society" });
  });

  it("refuses text in another encoding", () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x73, 0x6f]);
    expect(decodeUpload(latin1)).toMatchObject({ ok: false, status: 400, message: /not UTF-8/ });
  });

  it("refuses a binary file", () => {
    const pdfLike = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01, 0x02, 0xff]);
    expect(decodeUpload(pdfLike)).toMatchObject({ ok: false, status: 415, message: /not text/ });
  });

  it("refuses an empty file and one over 100 KB", () => {
    expect(decodeUpload(new Uint8Array())).toMatchObject({ ok: false, status: 400 });
    expect(decodeUpload(new Uint8Array(100 * 1024 + 1).fill(65))).toMatchObject({ ok: false, status: 413 });
  });
});
