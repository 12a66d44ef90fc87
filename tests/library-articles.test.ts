import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { currentEngineVersion, WORDS_OF_ONE_BANK_STEP } from "../src/library/engine";
import { buildQuestionBank } from "../src/questions/bank";
import { libraryArticleSlug } from "../src/quiz/article-info";
import { TestBrowser } from "./helpers/http";
import {
  articleIdOf,
  buildQuestions,
  LONG_REPORT,
  NEWS_PAGE_HTML,
  OPINION_COLUMN,
  openLibrary,
  PLAIN_REPORT,
  pasteArticle,
  storedQuestions,
  uploadArticle,
  WIRE_REPORT,
} from "./helpers/library";

async function articleCount(libraryId: string): Promise<number> {
  const row = await env.DB.prepare("select count(*) as n from library_articles where library_id = ?")
    .bind(libraryId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("opening a library", () => {
  it("shows a 128-bit library key once, keeps only its SHA-256 digest, and remembers it in a __Host- cookie", async () => {
    const { browser, key, html } = await openLibrary();
    expect(html).toContain("shown only this once");
    const [libraryId, secret = ""] = key.split(".");
    expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const row = await env.DB.prepare("select * from libraries where id = ?")
      .bind(libraryId)
      .first<Record<string, string>>();
    expect(row?.key_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(browser.cookies.get("__Host-byline-library")).toBe(key);
    const again = await (await browser.get("/library")).text();
    expect(again).toContain("Add an article");
    expect(again).not.toContain(secret);
  });

  it("opens the library on another browser with its key, and refuses a wrong key with 403 and a message", async () => {
    const { key } = await openLibrary();
    const other = new TestBrowser();
    const wrong = await other.postForm("/library/open", {
      key: `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`,
    });
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toContain("That key does not open a library");
    expect(other.cookies.size).toBe(0);
    const right = await other.postForm("/library/open", { key });
    expect(TestBrowser.location(right)).toBe("/library");
    expect(await (await other.get("/library")).text()).toContain("Add an article");
  });

  it("sends a browser without a library key to the start page instead of adding an article", async () => {
    const response = await new TestBrowser().postForm("/library/articles", { text: WIRE_REPORT });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/library?opened=0");
  });

  it("forgets the library in this browser on request", async () => {
    const { browser } = await openLibrary();
    await browser.postForm("/library/forget", {});
    expect(browser.cookies.has("__Host-byline-library")).toBe(false);
    expect(await (await browser.get("/library")).text()).toContain("Open a new library");
  });
});

describe("adding an article", () => {
  it("analyses the article in the add request and builds its questions in the next request for its page", async () => {
    const { browser } = await openLibrary();
    const response = await browser.postForm("/library/articles", { title: "", text: WIRE_REPORT });
    const path = TestBrowser.location(response);
    const articleId = articleIdOf(path);
    // Analysing and building together are several times the Free plan's CPU per request: one each.
    expect(await storedQuestions(articleId)).toEqual([]);
    const stored = await env.DB.prepare("select analysis from library_articles where id = ?")
      .bind(articleId)
      .first<{ analysis: string }>();
    expect(JSON.parse(stored?.analysis ?? "{}").attributions.length).toBeGreaterThan(0);
    const building = await browser.get(path);
    expect(building.status).toBe(303);
    expect(TestBrowser.location(building)).toBe(path);
    const questions = await storedQuestions(articleId);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect((await browser.get(path)).status).toBe(200);
    expect(await storedQuestions(articleId)).toEqual(questions);
  });

  it("analyses a long article and builds its questions a step per request, redirecting to the page until it is ready", async () => {
    const { browser } = await openLibrary();
    const text = LONG_REPORT;
    expect(text.split(/\s+/).length).toBeGreaterThan(2 * WORDS_OF_ONE_BANK_STEP);
    const response = await browser.postForm("/library/articles", { title: "", text });
    const path = TestBrowser.location(response);
    const articleId = articleIdOf(path);
    const early = await browser.postForm(`${path}/publish`, {});
    expect(early.status).toBe(409);
    expect(await early.text()).toContain("still being built");
    // Analysis and questions of a long article are several times the Free plan's CPU per request (cpu helper):
    // each GET takes a step and redirects; every tenth answers with a page that moves on by itself instead,
    // as browsers follow only about 20 redirects in a row.
    const moves: string[] = [];
    let next = path;
    for (;;) {
      const page = await browser.get(next);
      const refresh = page.headers.get("refresh");
      if (page.status === 303) next = TestBrowser.location(page);
      else if (page.status === 200 && refresh) next = refresh.replace(/^0; url=/, "");
      else break;
      moves.push(page.status === 303 ? "redirect" : "page");
      expect(next).toMatch(new RegExp(`^${path}(\\?step=\\d+)?$`));
      if (moves.length > 40) throw new Error("the work never ends");
    }
    expect(moves.length).toBeGreaterThanOrEqual(10);
    expect(moves.indexOf("page")).toBe(9);
    const stored = await env.DB.prepare("select analysis, engine_version from library_articles where id = ?")
      .bind(articleId)
      .first<{ analysis: string; engine_version: string }>();
    const analysis = analyzeArticle(text);
    expect(JSON.parse(stored?.analysis ?? "{}")).toEqual(JSON.parse(JSON.stringify(analysis)));
    expect(stored?.engine_version).toBe(currentEngineVersion());
    const built = buildQuestionBank({ slug: libraryArticleSlug(articleId), text }, analysis);
    expect((await storedQuestions(articleId)).map((row) => row.question)).toEqual(
      JSON.parse(JSON.stringify(built)),
    );
  });

  it("stores each question once when two requests for the new article's page build them at once", async () => {
    const { browser } = await openLibrary();
    const path = TestBrowser.location(
      await browser.postForm("/library/articles", { title: "", text: OPINION_COLUMN }),
    );
    const both = await Promise.all([browser.get(path), browser.get(path)]);
    // Whichever builds first, the other builds the same questions again or finds them built.
    for (const response of both) expect([200, 303]).toContain(response.status);
    const questions = await storedQuestions(articleIdOf(path));
    expect(questions.length).toBeGreaterThan(0);
    expect(new Set(questions.map((row) => row.id)).size).toBe(questions.length);
  });

  it("analyses a pasted wire report and shows the annotated article beside its questions", async () => {
    const { browser } = await openLibrary();
    const path = await pasteArticle(browser, WIRE_REPORT);
    const html = await (await browser.get(path)).text();
    expect(html).toContain("Ferry service resumes after three-week strike");
    expect(html).toContain('class="article-layout"');
    expect(html).toContain("hl-source");
    expect(html).toContain("Questions (0 kept)");
    const questions = await storedQuestions(articleIdOf(path));
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.every((row) => row.status === "pending")).toBe(true);
    for (const row of questions) expect(html).toContain(`id="${row.id}"`);
    const sources = questions
      .filter((row) => row.question.kind === "claim-source")
      .map((row) => row.question);
    expect(sources.some((question) => question.options.some((option) => option.text === "Colm Adair"))).toBe(
      true,
    );
  });

  it("stores the engine version that built the questions, on the article and on every question", async () => {
    const { browser } = await openLibrary();
    const path = await pasteArticle(browser, OPINION_COLUMN);
    const articleId = articleIdOf(path);
    const row = await env.DB.prepare("select engine_version from library_articles where id = ?")
      .bind(articleId)
      .first<{ engine_version: string }>();
    expect(row?.engine_version).toMatch(/^questions-\d+\.[0-9a-z]{14}$/);
    expect((await browser.get(path)).status).toBe(200);
    const { results } = await env.DB.prepare(
      "select distinct engine_version from library_questions where article_id = ?",
    )
      .bind(articleId)
      .all<{ engine_version: string }>();
    expect(results).toEqual([{ engine_version: row?.engine_version }]);
  });

  it("finds the opinion column's loaded words and asks about them", async () => {
    const { browser } = await openLibrary();
    const questions = await storedQuestions(articleIdOf(await pasteArticle(browser, OPINION_COLUMN)));
    const loaded = questions.filter(
      (row) => row.question.skill === "loaded-language" && !row.question.control,
    );
    expect(loaded.length).toBeGreaterThan(0);
  });

  it("asks only control items about an article with no loaded language, and invents no loaded word", async () => {
    const { browser } = await openLibrary();
    const questions = await storedQuestions(articleIdOf(await pasteArticle(browser, PLAIN_REPORT)));
    const loaded = questions.filter((row) => row.question.skill === "loaded-language");
    expect(loaded.length).toBeGreaterThan(0);
    for (const { question } of loaded) {
      expect(question.control, question.prompt).toBe(true);
      const key = question.options.find((option) => option.id === question.correctOptionId)?.text;
      expect(key).toMatch(/^(No loaded word|This one is fine)/);
    }
  });

  it("reads an uploaded HTML page: scripts, styles, navigation, asides and footers dropped; headline, byline and date kept", async () => {
    const { browser } = await openLibrary();
    const response = await uploadArticle(browser, "bridge.html", NEWS_PAGE_HTML, "text/html");
    expect(response.status).toBe(303);
    const articleId = articleIdOf(TestBrowser.location(response));
    const row = await env.DB.prepare("select title, text, analysis from library_articles where id = ?")
      .bind(articleId)
      .first<{ title: string; text: string; analysis: string }>();
    expect(row?.title).toBe("Harbour bridge reopens after repairs");
    for (const leak of [
      "SCRIPT-LEAK",
      "STYLE-LEAK",
      "NAV-LEAK",
      "ASIDE-LEAK",
      "FOOTER-LEAK",
      "Sign up",
      "dataLayer",
    ]) {
      expect(row?.text).not.toContain(leak);
    }
    expect(row?.text).toContain("Lorries over 18 tonnes will still be barred");
    expect(JSON.parse(row?.analysis ?? "{}").meta).toMatchObject({
      author: "Tobias Wren",
      published: "2026-07-14",
    });
  });

  it("reads uploaded .txt and .md files", async () => {
    const { browser } = await openLibrary();
    for (const name of ["ferry.txt", "ferry.md"]) {
      const response = await uploadArticle(browser, name, WIRE_REPORT);
      expect(response.status, name).toBe(303);
    }
  });

  it("keeps each library's articles to itself", async () => {
    const mine = await openLibrary();
    const path = await pasteArticle(mine.browser, WIRE_REPORT);
    const theirs = await openLibrary();
    const response = await theirs.browser.get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("no such article in your library");
  });
});

describe("refusing bad input, storing nothing", () => {
  const cases: [string, (browser: TestBrowser) => Promise<Response>, number, RegExp][] = [
    ["an empty paste", (b) => b.postForm("/library/articles", { title: "", text: "   \n  " }), 400, /empty/],
    [
      "a paste too short to be an article",
      (b) => b.postForm("/library/articles", { text: "Ferries resume" }),
      400,
      /has 2 words/,
    ],
    [
      "a paste over 100 KB",
      (b) => b.postForm("/library/articles", { text: `${WIRE_REPORT}\n`.repeat(120) }),
      413,
      /larger than 100 KB/,
    ],
    [
      "a binary file",
      (b) =>
        uploadArticle(
          b,
          "scan.txt",
          new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff]),
          "text/plain",
        ),
      415,
      /not text/,
    ],
    [
      "a file in another encoding",
      (b) =>
        uploadArticle(
          b,
          "latin1.txt",
          new Uint8Array([...new TextEncoder().encode(WIRE_REPORT.slice(0, 300)), 0xe9, 0x20]),
          "text/plain",
        ),
      400,
      /not UTF-8/,
    ],
    [
      "a file of another kind",
      (b) => uploadArticle(b, "ferry.pdf", WIRE_REPORT, "application/pdf"),
      415,
      /\.txt, \.md and \.html/,
    ],
    [
      "an HTML page with no article in it",
      (b) =>
        uploadArticle(
          b,
          "menu.html",
          `<html><body><nav>${"<a href='/x'>Section</a> ".repeat(60)}</nav><script>${"var x = 1; ".repeat(50)}</script></body></html>`,
          "text/html",
        ),
      400,
      /no article in it/,
    ],
    [
      "hostile markup pasted as text is stored as text, never run",
      async (b) => {
        const response = await b.postForm("/library/articles", {
          title: '<script>alert("title")</script>',
          text: `${WIRE_REPORT}\n<script>alert("body")</script> <img src=x onerror=alert(1)>`,
        });
        if (response.status !== 303) return response;
        return b.get(await buildQuestions(b, TestBrowser.location(response)));
      },
      200,
      /&lt;script&gt;alert\(&quot;title&quot;\)&lt;\/script&gt;/,
    ],
  ];

  it.each(cases)("refuses %s with a clear message", async (name, send, status, message) => {
    const { browser, key } = await openLibrary();
    const libraryId = key.split(".")[0] ?? "";
    const response = await send(browser);
    const html = await response.text();
    expect(response.status, name).toBe(status);
    expect(html).toMatch(message);
    if (status === 200) {
      expect(html).not.toContain('<script>alert("body")</script>');
      expect(html).not.toContain("<img src=x");
      return;
    }
    expect(html).toContain('role="alert"');
    expect(await articleCount(libraryId)).toBe(0);
  });
});
