import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { postJson, TestBrowser } from "./helpers/http";
import { articleIdOf, openLibrary, pasteArticle, storedQuestions, WIRE_REPORT } from "./helpers/library";

/** A library whose pasted article has its first `count` questions kept. */
async function libraryWithKept(count: number) {
  const { browser, key } = await openLibrary();
  const path = await pasteArticle(browser, WIRE_REPORT);
  const articleId = articleIdOf(path);
  const kept = (await storedQuestions(articleId)).slice(0, count);
  for (const row of kept) {
    await browser.postForm(`${path}/questions/${encodeURIComponent(row.id)}`, { action: "keep" });
  }
  return { browser, key, articleId, kept };
}

async function sessionRow(sessionId: string) {
  const row = await env.DB.prepare("select question_ids, timer_seconds, pacing from sessions where id = ?")
    .bind(sessionId)
    .first<{ question_ids: string; timer_seconds: number | null; pacing: string }>();
  return { ...row, questionIds: JSON.parse(row?.question_ids ?? "[]") as string[] };
}

function sessionIdOf(response: Response): string {
  const id = /^\/sessions\/([A-Za-z0-9_-]{16})\/dashboard$/.exec(TestBrowser.location(response))?.[1];
  if (!id) throw new Error(`no session: ${response.status}`);
  return id;
}

describe("library articles in session setup", () => {
  it("offers the library's articles with kept questions on /sessions/new, beside the bundled ones", async () => {
    const { browser, articleId } = await libraryWithKept(2);
    const html = await (await browser.get("/sessions/new")).text();
    expect(html).toContain("Your library");
    expect(html).toMatch(new RegExp(`<input[^>]*name="libraryArticles"[^>]*value="${articleId}"`));
    expect(html).toContain("2 kept questions");
    expect(html).toContain("(practice piece)");
  });

  it("offers no library articles without the library cookie", async () => {
    await libraryWithKept(2);
    const html = await (await new TestBrowser().get("/sessions/new")).text();
    expect(html).not.toContain("Your library");
    expect(html).not.toContain('name="libraryArticles"');
  });

  it("runs a timed, instructor-paced session on the kept questions alone when no bundled article is ticked", async () => {
    const { browser, articleId, kept } = await libraryWithKept(3);
    const response = await browser.postForm("/sessions", {
      title: "Ferry strike, timed",
      questionCount: "10",
      libraryArticles: articleId,
      pacing: "instructor",
      timed: "on",
      timerSeconds: "45",
      shuffle: "on",
    });
    expect(response.status).toBe(303);
    const session = await sessionRow(sessionIdOf(response));
    expect(session.timer_seconds).toBe(45);
    expect(session.pacing).toBe("instructor");
    expect(session.questionIds).toHaveLength(3);
    const keptIds = kept.map((row) => row.id);
    for (const id of session.questionIds) expect(keptIds).toContain(id.split(".")[0]);
    const library = await (await browser.get("/library")).text();
    expect(library).toContain("Ferry strike, timed");
  });

  it("mixes the kept questions with a practice piece's when both are ticked", async () => {
    const { browser, articleId, kept } = await libraryWithKept(2);
    const response = await browser.postForm("/sessions", {
      title: "Mixed",
      questionCount: "30",
      articles: "capital-protest-state-media",
      libraryArticles: articleId,
    });
    const session = await sessionRow(sessionIdOf(response));
    const fromLibrary = session.questionIds.filter((id) => kept.some((row) => id.startsWith(`${row.id}.`)));
    expect(fromLibrary).toHaveLength(2);
    expect(session.questionIds.length).toBeGreaterThan(2);
  });

  it("refuses a library article without the library key, and one from another library, with 400 and a message", async () => {
    const { articleId } = await libraryWithKept(2);
    const stranger = new TestBrowser();
    const refused = await stranger.postForm("/sessions", { title: "x", libraryArticles: articleId });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Open your library first");
    const { browser: other } = await openLibrary();
    const foreign = await other.postForm("/sessions", { title: "x", libraryArticles: articleId });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain("not in your library");
    const malformed = await other.postForm("/sessions", { title: "x", libraryArticles: "../etc" });
    expect(malformed.status).toBe(400);
  });

  it("takes libraryArticles in the JSON API with the library key as a bearer token", async () => {
    const { key, articleId, kept } = await libraryWithKept(2);
    const withKey = await postJson(
      "/api/sessions",
      { title: "API class", libraryArticles: [articleId], timerSeconds: 30 },
      { authorization: `Bearer ${key}` },
    );
    expect(withKey.status).toBe(201);
    const body = (await withKey.json()) as { sessionId: string; questionCount: number };
    expect(body.questionCount).toBe(kept.length);
    const withoutKey = await postJson("/api/sessions", { title: "API class", libraryArticles: [articleId] });
    expect(withoutKey.status).toBe(400);
    expect(((await withoutKey.json()) as { error: string }).error).toContain("Open your library first");
  });
});
