import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { TestBrowser } from "./helpers/http";
import { articleIdOf, openLibrary, pasteArticle, storedQuestions, WIRE_REPORT } from "./helpers/library";

/** A library article (never published) with its first `count` questions kept. */
async function keptArticle(count = 2) {
  const { browser } = await openLibrary();
  const path = await pasteArticle(browser, WIRE_REPORT);
  const articleId = articleIdOf(path);
  const kept = (await storedQuestions(articleId)).slice(0, count);
  for (const row of kept) {
    await browser.postForm(`${path}/questions/${encodeURIComponent(row.id)}`, { action: "keep" });
  }
  return { browser, path, articleId, kept };
}

/** Starts a session from the /sessions form on the library article alone; returns its id and join code. */
async function librarySession(browser: TestBrowser, articleId: string, pacing: "self" | "instructor") {
  const response = await browser.postForm("/sessions", {
    title: "Ferry strike, 9A",
    questionCount: "10",
    libraryArticles: articleId,
    pacing,
    shuffle: "on",
  });
  expect(response.status).toBe(303);
  const sessionId = /^\/sessions\/([A-Za-z0-9_-]{16})\//.exec(TestBrowser.location(response))?.[1] ?? "";
  const row = await env.DB.prepare("select join_code, question_ids from sessions where id = ?")
    .bind(sessionId)
    .first<{ join_code: string; question_ids: string }>();
  return {
    sessionId,
    joinCode: row?.join_code ?? "",
    questionIds: JSON.parse(row?.question_ids ?? "[]") as string[],
  };
}

async function joinAs(joinCode: string, nickname: string): Promise<TestBrowser> {
  const student = new TestBrowser();
  const joined = await student.postForm("/join", { code: joinCode, nickname, intent: "join" });
  expect(joined.status).toBe(303);
  return student;
}

/** The words of the article a stored question's first passage covers. */
async function firstPassageWords(questionId: string): Promise<string> {
  const snapshot = await env.DB.prepare("select question from question_snapshots where id = ?")
    .bind(questionId)
    .first<{ question: string }>();
  const question = JSON.parse(snapshot?.question ?? "{}") as { passages: { start: number; end: number }[] };
  const first = question.passages[0];
  if (!first) throw new Error("the question has no passage");
  return WIRE_REPORT.slice(first.start, first.end).replace(/\s+/g, " ").trim().slice(0, 40);
}

describe("the passage of a library question in a classroom session", () => {
  it("shows the question's passage, unmarked, and links to the whole article for the session's students", async () => {
    const { browser, articleId } = await keptArticle(2);
    const session = await librarySession(browser, articleId, "self");
    const student = await joinAs(session.joinCode, "Ana");
    const page = await student.get(`/class/${session.joinCode}/1`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('class="passage"');
    expect(html).not.toContain("<mark>");
    const questionId = /name="questionId" value="([^"]+)"/.exec(html)?.[1] ?? "";
    // The page escapes quotation marks; compare the words as the article has them.
    const shown = html
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ");
    expect(shown).toContain(await firstPassageWords(questionId));
    const href = `/class/${session.joinCode}/articles/${articleId}`;
    expect(html).toContain(`href="${href}"`);

    const text = await student.get(href);
    expect(text.status).toBe(200);
    expect(await text.text()).toContain("Ferry service resumes");
    // Not published: the public address still knows nothing of it.
    expect((await new TestBrowser().get(`/articles/shared/${articleId}`)).status).toBe(404);
  });

  it("shows the evidence in the article after answering, linking to the article as written, not to a missing annotated page", async () => {
    const { browser, articleId } = await keptArticle(1);
    const session = await librarySession(browser, articleId, "self");
    const student = await joinAs(session.joinCode, "Bo");
    const html = await (await student.get(`/class/${session.joinCode}/1`)).text();
    const questionId = /name="questionId" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const optionId = /name="optionId" id="option-1" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const answered = await student.postForm(`/class/${session.joinCode}/1`, { questionId, optionId });
    expect(answered.status).toBe(303);
    const feedback = await (await student.get(`/class/${session.joinCode}/1`)).text();
    expect(feedback).toContain("Evidence in the article");
    expect(feedback).toContain(`href="/class/${session.joinCode}/articles/${articleId}"`);
    expect(feedback).not.toContain(`href="/articles/library-${articleId}"`);
  });

  it("keeps the article text from students of other sessions and from anyone who has not joined", async () => {
    const { browser, articleId } = await keptArticle(1);
    await librarySession(browser, articleId, "self");
    const other = await (await openLibrary()).browser;
    const otherArticle = articleIdOf(await pasteArticle(other, WIRE_REPORT));
    const [row] = await storedQuestions(otherArticle);
    await other.postForm(`/library/articles/${otherArticle}/questions/${encodeURIComponent(row?.id ?? "")}`, {
      action: "keep",
    });
    const otherSession = await librarySession(other, otherArticle, "self");
    const outsider = await joinAs(otherSession.joinCode, "Cy");
    const refused = await outsider.get(`/class/${otherSession.joinCode}/articles/${articleId}`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain("This session has no questions about that article");
    const stranger = await new TestBrowser().get(`/class/${otherSession.joinCode}/articles/${otherArticle}`);
    expect(stranger.status).toBe(303);
    expect(TestBrowser.location(stranger)).toBe(`/join/${otherSession.joinCode}`);
    const malformed = await outsider.get(`/class/${otherSession.joinCode}/articles/not-an-id`);
    expect(malformed.status).toBe(400);
  });

  it("shows the passage on the projector with a link for the instructor, and asks a stranger for the key", async () => {
    const { browser, articleId } = await keptArticle(2);
    const session = await librarySession(browser, articleId, "instructor");
    const next = await browser.postForm(`/sessions/${session.sessionId}/next`, { from: "present" });
    expect(next.status).toBe(303);
    const projector = await (await browser.get(`/sessions/${session.sessionId}/present`)).text();
    expect(projector).toContain('class="passage"');
    const href = `/sessions/${session.sessionId}/articles/${articleId}`;
    expect(projector).toContain(`href="${href}"`);
    const text = await browser.get(href);
    expect(text.status).toBe(200);
    expect(await text.text()).toContain("Ferry service resumes");
    const stranger = await (await new TestBrowser().get(href)).text();
    expect(stranger).not.toContain("Ferry service resumes");
    expect(stranger).toContain("instructor key");
  });

  it("keeps the questions of a session whose article was deleted, without a passage (guard)", async () => {
    const { browser, path, articleId } = await keptArticle(1);
    const session = await librarySession(browser, articleId, "self");
    const deleted = await browser.postForm(`${path}/delete`, {});
    expect(deleted.status).toBe(200);
    const student = await joinAs(session.joinCode, "Di");
    const page = await student.get(`/class/${session.joinCode}/1`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="questionId"');
    expect(html).not.toContain('class="passage"');
    expect((await student.get(`/class/${session.joinCode}/articles/${articleId}`)).status).toBe(404);
  });
});
