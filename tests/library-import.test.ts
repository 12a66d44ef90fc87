import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { TestBrowser } from "./helpers/http";
import { articleIdOf, buildQuestions, openLibrary } from "./helpers/library";

const PRACTICE = "riverside-housing-council-vote";
const SEED = "army-advance-in-southern-idlib";

/** A session on one practice piece, created in `browser` (which then holds its instructor key). */
async function sessionOn(browser: TestBrowser, slug = PRACTICE): Promise<string> {
  const response = await browser.postForm("/sessions", {
    title: "Local news, 8C",
    questionCount: "5",
    articles: slug,
  });
  expect(response.status).toBe(303);
  const sessionId = /^\/sessions\/([A-Za-z0-9_-]{16})\//.exec(TestBrowser.location(response))?.[1];
  if (!sessionId) throw new Error("no session");
  return sessionId;
}

async function libraryArticles(libraryId: string) {
  const { results } = await env.DB.prepare(
    "select id, title, text from library_articles where library_id = ?",
  )
    .bind(libraryId)
    .all<{ id: string; title: string; text: string }>();
  return results;
}

describe("adding a session's article to a library (reverse import)", () => {
  it("offers the session's articles on its dashboard and copies one into the library for review", async () => {
    const { browser, key } = await openLibrary();
    const sessionId = await sessionOn(browser);
    const dashboard = await (await browser.get(`/sessions/${sessionId}/dashboard`)).text();
    expect(dashboard).toContain("Add an article to your library");
    expect(dashboard).toContain(`name="article" value="${PRACTICE}"`);

    const added = await browser.postForm("/library/import", { sessionId, article: PRACTICE });
    expect(added.status).toBe(303);
    const path = TestBrowser.location(added);
    const [article] = await libraryArticles(key.split(".")[0] ?? "");
    expect(article?.id).toBe(articleIdOf(path));
    expect(article?.title).toContain("(practice piece)");
    expect(article?.text).toContain("Elden Borough Council has approved plans for 420 homes");
    const page = await browser.get(await buildQuestions(browser, path));
    expect(page.status).toBe(200);
    const review = await page.text();
    expect(review).toContain('class="article-layout"');
    expect(review).toMatch(/Questions \(0 kept\)/);
  });

  it("shows no such offer to a browser without a library", async () => {
    const browser = new TestBrowser();
    const sessionId = await sessionOn(browser);
    const dashboard = await (await browser.get(`/sessions/${sessionId}/dashboard`)).text();
    expect(dashboard).not.toContain("Add an article to your library");
  });

  it("refuses a library holder who is not the session's instructor with 403, storing nothing", async () => {
    const sessionId = await sessionOn(new TestBrowser());
    const { browser, key } = await openLibrary();
    const refused = await browser.postForm("/library/import", { sessionId, article: PRACTICE });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("can add its articles to a library");
    expect(await libraryArticles(key.split(".")[0] ?? "")).toEqual([]);
  });

  it("refuses an article the session does not use, a library article's slug and a malformed session, storing nothing", async () => {
    const { browser, key } = await openLibrary();
    const sessionId = await sessionOn(browser);
    const other = await browser.postForm("/library/import", { sessionId, article: SEED });
    expect(other.status).toBe(400);
    expect(await other.text()).toContain("seed or practice articles");
    const library = await browser.postForm("/library/import", {
      sessionId,
      article: "library-AAAAAAAAAAAAAAAA",
    });
    expect(library.status).toBe(400);
    const malformed = await browser.postForm("/library/import", { sessionId: "x", article: PRACTICE });
    expect(malformed.status).toBe(400);
    expect(await libraryArticles(key.split(".")[0] ?? "")).toEqual([]);
  });
});
