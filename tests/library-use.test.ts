import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, postJson, TestBrowser } from "./helpers/http";
import { articleIdOf, openLibrary, pasteArticle, storedQuestions, WIRE_REPORT } from "./helpers/library";

/** A library article with its first `count` questions kept. */
async function keptArticle(count = 4) {
  const { browser } = await openLibrary();
  const path = await pasteArticle(browser, WIRE_REPORT);
  const articleId = articleIdOf(path);
  const questions = (await storedQuestions(articleId)).slice(0, count);
  for (const row of questions) {
    await browser.postForm(`${path}/questions/${encodeURIComponent(row.id)}`, { action: "keep" });
  }
  return { browser, path, articleId, kept: questions };
}

async function startSession(browser: TestBrowser, path: string, title = "Ferry strike, 10B") {
  const response = await browser.postForm(`${path}/session`, { title, questionCount: "10" });
  expect(response.status).toBe(303);
  const sessionId = /^\/sessions\/([A-Za-z0-9_-]{16})\/dashboard$/.exec(TestBrowser.location(response))?.[1];
  if (!sessionId) throw new Error("no session");
  const row = await env.DB.prepare("select join_code, question_ids from sessions where id = ?")
    .bind(sessionId)
    .first<{ join_code: string; question_ids: string }>();
  const key = browser.cookies.get(`__Host-byline-i-${sessionId}`) ?? "";
  return {
    sessionId,
    joinCode: row?.join_code ?? "",
    questionIds: JSON.parse(row?.question_ids ?? "[]") as string[],
    key,
  };
}

describe("using a library article's questions", () => {
  it("runs a session on the kept questions only: students answer, the export names each question", async () => {
    const { browser, path, kept } = await keptArticle(3);
    const session = await startSession(browser, path);
    expect(session.questionIds).toHaveLength(3);
    const keptIds = kept.map((row) => row.id);
    for (const id of session.questionIds) expect(keptIds).toContain(id.split(".")[0]);

    const joined = await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "Ana" });
    expect(joined.status).toBe(201);
    const student = (await joined.json()) as {
      participantToken: string;
      questions: { id: string; prompt: string }[];
    };
    expect(student.questions.map((question) => question.prompt).sort()).toEqual(
      kept.map((row) => row.question.prompt).sort(),
    );
    for (const question of student.questions) {
      const original = kept.find((row) => question.id.startsWith(`${row.id}.`));
      const answered = await postJson(`/api/sessions/${session.joinCode}/answers`, {
        participantToken: student.participantToken,
        questionId: question.id,
        optionId: original?.question.correctOptionId,
      });
      expect(answered.status).toBe(200);
    }
    const csv = await call(`/api/sessions/${session.sessionId}/export.csv?format=long`, {
      headers: { authorization: `Bearer ${session.key}` },
    });
    expect(csv.status).toBe(200);
    const body = await csv.text();
    expect(body).toContain("Ana");
    expect(body.split("\r\n").filter((line) => line.includes("Ana"))).toHaveLength(3);
  });

  it("lists the sessions and quizzes that used each article in the library", async () => {
    const { browser, path } = await keptArticle(2);
    const session = await startSession(browser, path, "Ferry strike, 10C");
    const html = await (await browser.get("/library")).text();
    expect(html).toContain(`href="/sessions/${session.sessionId}/dashboard"`);
    expect(html).toContain("Ferry strike, 10C");
    expect(html).toContain("2 kept");
  });

  it("refuses a session or a quiz before any question is kept", async () => {
    const { browser } = await openLibrary();
    const path = await pasteArticle(browser, WIRE_REPORT);
    const session = await browser.postForm(`${path}/session`, { title: "Too soon", questionCount: "5" });
    expect(session.status).toBe(400);
    expect(await session.text()).toContain("Keep at least one question first");
    const quiz = await browser.postForm(`${path}/publish`, { confirm: "yes" });
    expect(quiz.status).toBe(400);
  });

  it("publishes a public quiz only once the teacher confirms they may share the article's text", async () => {
    const { browser, path, articleId } = await keptArticle(2);
    const unconfirmed = await browser.postForm(`${path}/publish`, {});
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Confirm that you may share this article");
    const quizzesBefore = await env.DB.prepare("select count(*) as n from quizzes").first<{ n: number }>();

    const confirmed = await browser.postForm(`${path}/publish`, { confirm: "yes", editor: "Ms Osei" });
    expect(confirmed.status).toBe(303);
    const notice = decodeURIComponent(TestBrowser.location(confirmed));
    const quizId = /\/quiz\/([A-Za-z0-9_-]{16})/.exec(notice)?.[1];
    if (!quizId) throw new Error("no quiz link");
    const quizzesAfter = await env.DB.prepare("select count(*) as n from quizzes").first<{ n: number }>();
    expect((quizzesAfter?.n ?? 0) - (quizzesBefore?.n ?? 0)).toBe(1);
    const shared = await env.DB.prepare("select share_confirmed_at from library_articles where id = ?")
      .bind(articleId)
      .first<{ share_confirmed_at: number | null }>();
    expect(shared?.share_confirmed_at).not.toBeNull();

    const player = new TestBrowser();
    expect(await (await player.get(`/quiz/${quizId}`)).text()).toContain("2 questions");
    const started = await player.postForm(`/quiz/${quizId}`, {});
    const first = await player.get(TestBrowser.location(started));
    const firstPath = first.status === 303 ? TestBrowser.location(first) : TestBrowser.location(started);
    const page = await (await player.get(firstPath)).text();
    expect(page).toContain("Question 1 of 2");
  });

  it("renames an article, and deleting it leaves the sessions that used it with their questions, answers and exports", async () => {
    const { browser, path, articleId, kept } = await keptArticle(2);
    const session = await startSession(browser, path);
    const joined = (await (
      await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "Ben" })
    ).json()) as {
      participantToken: string;
      questions: { id: string }[];
    };
    const [question] = joined.questions;
    await postJson(`/api/sessions/${session.joinCode}/answers`, {
      participantToken: joined.participantToken,
      questionId: question?.id,
      optionId: "a",
    });
    const exportBefore = await (
      await call(`/api/sessions/${session.sessionId}/export.json`, {
        headers: { authorization: `Bearer ${session.key}` },
      })
    ).text();

    expect((await browser.postForm(`${path}/rename`, { title: "Ferries (for 10B)" })).status).toBe(303);
    expect(await (await browser.get("/library")).text()).toContain("Ferries (for 10B)");

    const deleted = await browser.postForm(`${path}/delete`, {});
    expect(deleted.status).toBe(200);
    expect(await deleted.text()).toContain("keep their questions and answers");
    expect((await browser.get(path)).status).toBe(404);
    expect(await storedQuestions(articleId)).toEqual([]);

    const exportAfter = await (
      await call(`/api/sessions/${session.sessionId}/export.json`, {
        headers: { authorization: `Bearer ${session.key}` },
      })
    ).text();
    expect(exportAfter).toBe(exportBefore);
    for (const row of kept) expect(exportAfter).toContain(JSON.stringify(row.question.prompt).slice(1, -1));
  });
});
