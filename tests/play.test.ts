import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { listBundledArticles } from "../src/catalog/catalog";
import { SKILL_NAMES } from "../src/quiz/scoring";
import { call, ORIGIN, TestBrowser } from "./helpers/http";
import {
  askTwiceAboutOnePassage,
  correctOption,
  createSession,
  decodeEntities,
  expectPassageShownUnmarked,
  optionIdsOnPage,
  pageText,
  questionFromBank,
  questionIdOnPage,
  wrongOption,
} from "./helpers/sessions";

/** Starts a public quiz as a browser without JavaScript would, and returns the first question's address. */
async function startQuiz(
  browser: TestBrowser,
  fields: Record<string, string> = { article: "mix", skill: "mix" },
) {
  const started = await browser.postForm("/play", fields);
  expect(started.status).toBe(303);
  const first = TestBrowser.location(started);
  expect(first).toMatch(/^\/play\/[A-Za-z0-9_-]{22}\/1$/);
  return { first, attemptId: first.split("/")[2] ?? "" };
}

async function storedQuestionIds(attemptId: string): Promise<string[]> {
  const row = await env.DB.prepare("select question_ids from attempts where id = ?")
    .bind(attemptId)
    .first<{ question_ids: string }>();
  return JSON.parse(row?.question_ids ?? "[]") as string[];
}

describe("the home page", () => {
  it("offers Play, joining a class and running a class", async () => {
    const response = await call("/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('href="/play"');
    expect(html).toContain('action="/join"');
    expect(html).toContain('href="/sessions/new"');
    expect(html).toMatch(/<label for="home-code">Join code<\/label>/);
  });
});

describe("the public quiz", () => {
  it("offers every seed article and every skill, or a mix", async () => {
    const html = await (await call("/play")).text();
    for (const article of listBundledArticles()) expect(html).toContain(`value="${article.slug}"`);
    for (const skill of ["mix", "sourcing", "attribution", "loaded-language"]) {
      expect(html).toContain(`name="skill" id="skill-${skill}" value="${skill}"`);
    }
  });

  it("starts with the article and skill a link names, and ignores ones it does not know", async () => {
    const chosen = await (await call("/play?article=army-repels-attack-in-idlib&skill=attribution")).text();
    expect(chosen).toMatch(/<option value="army-repels-attack-in-idlib" selected="">/);
    expect(chosen).toMatch(/id="skill-attribution" value="attribution" checked=""/);
    const unknown = await (await call("/play?article=nope&skill=%3Cscript%3E")).text();
    expect(unknown).toMatch(/<option value="mix" selected="">/);
    expect(unknown).toMatch(/id="skill-mix" value="mix" checked=""/);
    const article = await (await call("/articles/army-repels-attack-in-idlib")).text();
    expect(article).toContain('href="/play?article=army-repels-attack-in-idlib"');
  });

  it("is played to the end: ten questions, feedback with evidence after each, the score per skill at the end", async () => {
    const browser = new TestBrowser();
    const { attemptId } = await startQuiz(browser);
    const questionIds = await storedQuestionIds(attemptId);
    expect(questionIds).toHaveLength(10);
    const expected = new Map<string, { right: number; total: number }>();

    for (let position = 1; position <= 10; position++) {
      const page = await browser.get(`/play/${attemptId}/${position}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const questionId = questionIdOnPage(html);
      expect(questionId).toBe(questionIds[position - 1]);
      const question = questionFromBank(questionId);
      expect(pageText(html)).toContain(`Question ${position} of 10`);
      // Before answering, nothing on the page tells which option is right.
      expect(html).not.toContain(decodeEntities(question.explanation));
      expect(html).not.toContain("correct answer");
      expect(optionIdsOnPage(html).sort()).toEqual(question.options.map((option) => option.id).sort());

      const answerRight = position % 2 === 1;
      const chosen = answerRight ? correctOption(questionId) : wrongOption(questionId);
      const tally = expected.get(question.skill) ?? { right: 0, total: 0 };
      expected.set(question.skill, { right: tally.right + (answerRight ? 1 : 0), total: tally.total + 1 });

      const posted = await browser.postForm(`/play/${attemptId}/${position}`, {
        questionId,
        optionId: chosen,
      });
      expect(posted.status).toBe(303);
      expect(TestBrowser.location(posted)).toBe(`/play/${attemptId}/${position}`);

      const feedback = await (await browser.get(`/play/${attemptId}/${position}`)).text();
      const text = pageText(feedback);
      expect(text).toContain(answerRight ? "Right." : "Not quite.");
      expect(text).toContain(pageText(question.explanation));
      // Every option says why it is right or wrong, not only the one chosen.
      for (const option of question.options) expect(text).toContain(pageText(option.feedback ?? "(none)"));
      const firstEvidence = question.evidence[0];
      if (firstEvidence) expect(feedback).toMatch(/<mark><span class="vh">evidence: <\/span>/);
      expect(feedback).toContain(`href="/articles/${question.articleSlug}"`);
      expect(feedback).toContain(
        position < 10 ? `href="/play/${attemptId}/${position + 1}"` : `href="/play/${attemptId}/results"`,
      );
    }

    const resultsHtml = await (await browser.get(`/play/${attemptId}/results`)).text();
    const results = pageText(resultsHtml);
    expect(results).toContain("5 right out of 10");
    for (let position = 1; position <= 10; position++) {
      expect(results).toContain(`Question ${position} ${position % 2 === 1 ? "right" : "not right"} · `);
      expect(resultsHtml).toContain(`<a href="/play/${attemptId}/${position}">Question ${position}</a>`);
    }
    for (const [skill, { right, total }] of expected) {
      const name = SKILL_NAMES[skill as keyof typeof SKILL_NAMES];
      expect(results).toContain(`${name} ${right} of ${total} ${Math.round((100 * right) / total)}%`);
    }
    const stored = await env.DB.prepare(
      "select count(*) as n, sum(correct) as right from attempt_answers where attempt_id = ?",
    )
      .bind(attemptId)
      .first<{ n: number; right: number }>();
    expect(stored).toEqual({ n: 10, right: 5 });
    const attempt = await env.DB.prepare("select finished_at from attempts where id = ?")
      .bind(attemptId)
      .first<{ finished_at: number | null }>();
    expect(attempt?.finished_at).not.toBeNull();
  });

  it("keeps the first answer when the same question is sent twice (double click)", async () => {
    const browser = new TestBrowser();
    const { attemptId, first } = await startQuiz(browser);
    const questionId = questionIdOnPage(await (await browser.get(first)).text());
    const right = correctOption(questionId);
    const wrong = wrongOption(questionId);
    const [a, b] = await Promise.all([
      browser.postForm(first, { questionId, optionId: wrong }),
      browser.postForm(first, { questionId, optionId: wrong }),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    await browser.postForm(first, { questionId, optionId: right });
    const rows = await env.DB.prepare("select option_id, correct from attempt_answers where attempt_id = ?")
      .bind(attemptId)
      .all<{ option_id: string; correct: number }>();
    expect(rows.results).toEqual([{ option_id: wrong, correct: 0 }]);
    expect(pageText(await (await browser.get(first)).text())).toContain("Not quite.");
  });

  it("never asks two questions about the same passage, in a mix or in one article", async () => {
    for (const article of ["mix", listBundledArticles()[0]?.slug ?? ""]) {
      for (let quiz = 0; quiz < 4; quiz++) {
        const { attemptId } = await startQuiz(new TestBrowser(), { article, skill: "mix" });
        const ids = await storedQuestionIds(attemptId);
        expect(ids.length).toBeGreaterThan(0);
        expect(askTwiceAboutOnePassage(ids), `${article} quiz ${quiz}`).toBe(false);
      }
    }
  });

  it("shows the passage each question is about, unmarked, with a link to the whole article as written", async () => {
    const browser = new TestBrowser();
    const { attemptId } = await startQuiz(browser);
    const ids = await storedQuestionIds(attemptId);
    for (const [index, id] of ids.entries()) {
      const page = await (await browser.get(`/play/${attemptId}/${index + 1}`)).text();
      expectPassageShownUnmarked(page, id);
      const answered = await browser.postForm(`/play/${attemptId}/${index + 1}`, {
        questionId: id,
        optionId: correctOption(id),
      });
      expect(answered.status).toBe(303);
    }
  });

  it("shows the whole article as written, without annotations, at /articles/:slug/text", async () => {
    const article = listBundledArticles()[0];
    const response = await call(`/articles/${article?.slug}/text`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Tensions are heating up");
    expect(html).not.toContain("<mark");
    expect((await call("/articles/no-such-article/text")).status).toBe(404);
  });

  it("draws only from the chosen article and skill", async () => {
    const article = listBundledArticles()[2]?.slug ?? "";
    const { attemptId } = await startQuiz(new TestBrowser(), { article, skill: "attribution" });
    const ids = await storedQuestionIds(attemptId);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(questionFromBank(id)).toMatchObject({ articleSlug: article, skill: "attribution" });
    }
  });

  it("asks again, with a message, when the form is sent without an option", async () => {
    const browser = new TestBrowser();
    const { first } = await startQuiz(browser);
    const questionId = questionIdOnPage(await (await browser.get(first)).text());
    const response = await browser.postForm(first, { questionId });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(pageText(html)).toContain("Choose one of the options");
    expect(questionIdOnPage(html)).toBe(questionId);
  });

  it("refuses an option that belongs to no option of the question with 400", async () => {
    const browser = new TestBrowser();
    const { first } = await startQuiz(browser);
    const questionId = questionIdOnPage(await (await browser.get(first)).text());
    const response = await browser.postForm(first, { questionId, optionId: "not-an-option" });
    expect(response.status).toBe(400);
    expect(pageText(await response.text())).toContain("not one of this question's options");
  });

  it("refuses an unknown article or skill with 400 and says what to do", async () => {
    const badArticle = await new TestBrowser().postForm("/play", {
      article: "no-such-article",
      skill: "mix",
    });
    expect(badArticle.status).toBe(400);
    expect(pageText(await badArticle.text())).toContain("That article is not in the list.");
    const badSkill = await new TestBrowser().postForm("/play", { article: "mix", skill: "spelling" });
    expect(badSkill.status).toBe(400);
    expect(pageText(await badSkill.text())).toContain("Pick a skill");
  });

  it("answers 404 for an unknown quiz, 400 for a malformed address, 404 past the last question", async () => {
    expect((await call("/play/AAAAAAAAAAAAAAAAAAAAAA/1")).status).toBe(404);
    expect((await call("/play/nope/1")).status).toBe(400);
    const browser = new TestBrowser();
    const { attemptId } = await startQuiz(browser);
    const past = await browser.get(`/play/${attemptId}/11`);
    expect(past.status).toBe(404);
    expect(pageText(await past.text())).toContain("there is no question 11");
  });

  it("sends a returning player to the first unanswered question", async () => {
    const browser = new TestBrowser();
    const { attemptId, first } = await startQuiz(browser);
    const questionId = questionIdOnPage(await (await browser.get(first)).text());
    await browser.postForm(first, { questionId, optionId: correctOption(questionId) });
    const resume = await browser.get(`/play/${attemptId}`);
    expect(TestBrowser.location(resume)).toBe(`/play/${attemptId}/2`);
  });
});

describe("a published quiz", () => {
  it("is a shareable link that plays the session's questions in the session's order", async () => {
    const session = await createSession({ title: "Shared quiz", questionCount: 4 });
    const bearer = { authorization: `Bearer ${session.instructorKey}` };
    const published = await call(`/sessions/${session.sessionId}/publish`, {
      method: "POST",
      headers: bearer,
    });
    expect(published.status).toBe(303);
    const dashboard = await (
      await call(`/sessions/${session.sessionId}/dashboard`, { headers: bearer })
    ).text();
    const quizPath = /href="(\/quiz\/[A-Za-z0-9_-]{16})"/.exec(dashboard)?.[1];
    expect(quizPath).toBeDefined();

    const landing = await call(quizPath ?? "");
    expect(landing.status).toBe(200);
    expect(pageText(await landing.text())).toContain("Shared quiz A quiz of 4 questions");
    const browser = new TestBrowser();
    const started = await browser.postForm(quizPath ?? "", {});
    const attemptId = TestBrowser.location(started).split("/")[2] ?? "";
    const sessionRow = await env.DB.prepare("select question_ids from sessions where id = ?")
      .bind(session.sessionId)
      .first<{ question_ids: string }>();
    expect(await storedQuestionIds(attemptId)).toEqual(JSON.parse(sessionRow?.question_ids ?? "null"));
  });

  it("cannot be published without the instructor key", async () => {
    const session = await createSession();
    const response = await call(`/sessions/${session.sessionId}/publish`, {
      method: "POST",
      headers: { origin: ORIGIN },
    });
    expect(response.status).toBe(401);
  });
});
