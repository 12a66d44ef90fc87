import { describe, expect, it } from "vitest";
import { TestBrowser } from "./helpers/http";
import { articleIdOf, openLibrary, pasteArticle, storedQuestions, WIRE_REPORT } from "./helpers/library";

/** A library article with its first two questions kept and published as a public quiz. */
async function publishedQuiz() {
  const { browser } = await openLibrary();
  const path = await pasteArticle(browser, WIRE_REPORT);
  const articleId = articleIdOf(path);
  const kept = (await storedQuestions(articleId)).slice(0, 2);
  for (const row of kept) {
    await browser.postForm(`${path}/questions/${encodeURIComponent(row.id)}`, { action: "keep" });
  }
  const published = await browser.postForm(`${path}/publish`, { confirm: "yes" });
  const quizId = /\/quiz\/([A-Za-z0-9_-]{16})/.exec(decodeURIComponent(TestBrowser.location(published)))?.[1];
  if (!quizId) throw new Error("no quiz link");
  return { browser, path, articleId, kept, quizId };
}

describe("the passage on a public quiz of a library article", () => {
  it("shows the question's passage, unmarked, with a link to the article text, as seed quizzes do", async () => {
    const { articleId, kept, quizId } = await publishedQuiz();
    const player = new TestBrowser();
    const started = await player.postForm(`/quiz/${quizId}`, {});
    const html = await (await player.get(TestBrowser.location(started))).text();
    expect(html).toContain('class="passage"');
    expect(html).toContain(`href="/articles/shared/${articleId}"`);
    expect(html).toContain("Read the whole article");
    expect(kept.length).toBeGreaterThan(0);
    expect(html).not.toContain("<mark>");

    const text = await player.get(`/articles/shared/${articleId}`);
    expect(text.status).toBe(200);
    const body = await text.text();
    expect(body).toContain("Ferry service resumes");
    expect(body).not.toContain('href="/articles/library-');
  });

  it("links the evidence after an answer to the shared article, not to an annotated page that does not exist", async () => {
    const { articleId, quizId } = await publishedQuiz();
    const player = new TestBrowser();
    const started = await player.postForm(`/quiz/${quizId}`, {});
    const questionPath = TestBrowser.location(started);
    const html = await (await player.get(questionPath)).text();
    const questionId = /name="questionId" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const optionId = /name="optionId" id="option-1" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const answered = await player.postForm(questionPath, { questionId, optionId });
    const feedback = await (await player.get(TestBrowser.location(answered))).text();
    expect(feedback).toContain("Evidence in the article");
    expect(feedback).toContain(`href="/articles/shared/${articleId}"`);
    expect(feedback).not.toContain(`href="/articles/library-${articleId}"`);
  });

  it("keeps an article nobody published private: its text is 404 and its questions show no passage", async () => {
    const { browser } = await openLibrary();
    const path = await pasteArticle(browser, WIRE_REPORT);
    const response = await new TestBrowser().get(`/articles/shared/${articleIdOf(path)}`);
    expect(response.status).toBe(404);
    const malformed = await new TestBrowser().get("/articles/shared/not-an-id");
    expect(malformed.status).toBe(404);
  });
});
