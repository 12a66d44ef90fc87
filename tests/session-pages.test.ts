import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { checkNickname } from "../src/classroom/nickname";
import { createWithForm, joinWithForm } from "./helpers/forms";
import { call, TestBrowser } from "./helpers/http";
import {
  answer,
  backdateServed,
  correctOption,
  createSession,
  expectPassageShownUnmarked,
  joinCodeOf,
  joinStudent,
  pageText,
  participantIdOf,
  questionFromBank,
  questionIdOnPage,
  wrongOption,
} from "./helpers/sessions";

async function sessionQuestionIds(sessionId: string): Promise<string[]> {
  const row = await env.DB.prepare("select question_ids from sessions where id = ?")
    .bind(sessionId)
    .first<{ question_ids: string }>();
  return JSON.parse(row?.question_ids ?? "[]") as string[];
}

describe("creating a session with the form", () => {
  it("lists the sessions this browser holds the key of, newest first, and only those", async () => {
    const instructor = new TestBrowser();
    const before = await (await instructor.get("/sessions/new")).text();
    expect(pageText(before)).not.toContain("Your sessions in this browser");
    const first = await createWithForm(instructor, { title: "Week 1" });
    const second = await createWithForm(instructor, { title: "Week 2" });
    await createWithForm(new TestBrowser(), { title: "Someone else's week" });
    instructor.cookies.set(`__Host-byline-i-${"A".repeat(16)}`, "forged-key-forged-key0");

    const page = await (await instructor.get("/sessions/new")).text();
    const listed = [...page.matchAll(/<a href="\/sessions\/([\w-]{16})\/dashboard">([^<]+)<\/a>/g)];
    expect(listed.map(([, id, title]) => [id, title])).toEqual([
      [second.sessionId, "Week 2"],
      [first.sessionId, "Week 1"],
    ]);
  });

  it("leaves out a session whose cookie holds a wrong key", async () => {
    const instructor = new TestBrowser();
    const { sessionId } = await createWithForm(instructor, { title: "Week 3" });
    instructor.cookies.set(`__Host-byline-i-${sessionId}`, "wrong-key-wrong-key-00");
    expect(pageText(await (await instructor.get("/sessions/new")).text())).not.toContain("Week 3");
  });

  it("keeps the instructor key in a __Host- cookie and shows it once on the dashboard", async () => {
    const instructor = new TestBrowser();
    const { response, dashboard, sessionId } = await createWithForm(instructor);
    const cookies = response.headers.getSetCookie();
    const keyCookie = cookies.find((line) => line.startsWith(`__Host-byline-i-${sessionId}=`));
    expect(keyCookie).toBeDefined();
    expect(keyCookie).toMatch(/; HttpOnly/);
    expect(keyCookie).toMatch(/; Secure/);
    expect(keyCookie).toMatch(/; SameSite=Lax/);
    expect(keyCookie).toMatch(/; Path=\//);
    expect(keyCookie).not.toMatch(/Domain=/);
    const key = instructor.cookies.get(`__Host-byline-i-${sessionId}`) ?? "";
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const first = await (await instructor.get(dashboard)).text();
    expect(first).toContain(`<code>${key}</code>`);
    expect(pageText(first)).toContain("it is shown only this once");
    const second = await (await instructor.get(dashboard)).text();
    expect(second).not.toContain(key);
    expect(pageText(second)).toContain(await joinCodeOf(sessionId));
  });

  it("stores the settings chosen in the form", async () => {
    const { sessionId } = await createWithForm(new TestBrowser(), {
      pacing: "instructor",
      timed: "on",
      timerSeconds: "45",
      leaderboard: "on",
      shuffle: [],
      articles: ["battle-for-idlib-m5-highway"],
    });
    const row = await env.DB.prepare("select * from sessions where id = ?").bind(sessionId).first();
    expect(row).toMatchObject({
      title: "Media week",
      pacing: "instructor",
      timer_seconds: 45,
      leaderboard: 1,
      shuffle: 0,
      articles: '["battle-for-idlib-m5-highway"]',
    });
    for (const id of await sessionQuestionIds(sessionId)) {
      expect(questionFromBank(id).articleSlug).toBe("battle-for-idlib-m5-highway");
    }
  });

  it("shows the form again with the message and the values typed when a field is wrong", async () => {
    const response = await new TestBrowser().postForm("/sessions", {
      title: "Media week",
      questionCount: "99",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(pageText(html)).toContain("Number of questions: Ask at most 30 questions.");
    expect(html).toContain('value="Media week"');
    expect(html).toContain('value="99"');
  });
});

describe("a student in a session, without JavaScript", () => {
  it("joins, answers with feedback, and resumes after a refresh where they were", async () => {
    const session = await createSession({ questionCount: 3 });
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    expect(student.cookies.get(`__Host-byline-p-${session.joinCode}`)).toMatch(
      /^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}$/,
    );

    const start = await student.get(`/class/${session.joinCode}`);
    expect(TestBrowser.location(start)).toBe(`/class/${session.joinCode}/1`);
    const page = await (await student.get(`/class/${session.joinCode}/1`)).text();
    expect(pageText(page)).toMatch(/You are Ana · Rejoin PIN \d{6}/);
    const questionId = questionIdOnPage(page);
    expect(page).not.toContain(questionFromBank(questionId).explanation);
    expectPassageShownUnmarked(page, questionId);

    const posted = await student.postForm(`/class/${session.joinCode}/1`, {
      questionId,
      optionId: wrongOption(questionId),
    });
    expect(TestBrowser.location(posted)).toBe(`/class/${session.joinCode}/1`);
    const feedback = pageText(await (await student.get(`/class/${session.joinCode}/1`)).text());
    expect(feedback).toContain("Not quite.");
    expect(feedback).toContain("correct answer");

    // A refresh, a lost connection: the student comes back to the next question, their answer kept.
    const resumed = await student.get(`/class/${session.joinCode}`);
    expect(TestBrowser.location(resumed)).toBe(`/class/${session.joinCode}/2`);
  });

  it("resumes on a new device with the code, nickname and PIN, and the old device is signed out", async () => {
    const session = await createSession({ questionCount: 3 });
    const laptop = new TestBrowser();
    await joinWithForm(laptop, session.joinCode, "Ana");
    const page = await (await laptop.get(`/class/${session.joinCode}/1`)).text();
    const pin = /Rejoin PIN <strong class="pin">(\d{6})<\/strong>/.exec(page)?.[1] ?? "";
    const questionId = questionIdOnPage(page);
    await laptop.postForm(`/class/${session.joinCode}/1`, {
      questionId,
      optionId: correctOption(questionId),
    });

    const phone = new TestBrowser();
    await joinWithForm(phone, session.joinCode, "ANA", pin);
    expect(TestBrowser.location(await phone.get(`/class/${session.joinCode}`))).toBe(
      `/class/${session.joinCode}/2`,
    );
    expect(pageText(await (await phone.get(`/class/${session.joinCode}/1`)).text())).toContain("Right.");
    expect(TestBrowser.location(await laptop.get(`/class/${session.joinCode}/2`))).toBe(
      `/join/${session.joinCode}`,
    );
  });

  it("suggests a nickname that passes the checks and is free, without joining", async () => {
    const session = await createSession();
    const response = await new TestBrowser().postForm("/join", {
      code: session.joinCode,
      nickname: "",
      intent: "suggest",
    });
    expect(response.status).toBe(200);
    const suggested = /id="nickname" name="nickname" value="([^"]+)"/.exec(await response.text())?.[1] ?? "";
    expect(checkNickname(suggested)).toMatchObject({ ok: true });
    const count = await env.DB.prepare(
      "select count(*) as n from participants p join sessions s on s.id = p.session_id where s.join_code = ?",
    )
      .bind(session.joinCode)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
  });

  it("shows the join form again with the message when the nickname is taken", async () => {
    const session = await createSession();
    await joinStudent(session.joinCode, "Ana");
    const response = await new TestBrowser().postForm("/join", {
      code: session.joinCode,
      nickname: "ana",
      intent: "join",
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(pageText(html)).toContain('Someone called "ana" has already joined.');
  });

  it("shows the student's score per skill at the end", async () => {
    const session = await createSession({ questionCount: 3 });
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    const skills = new Map<string, number>();
    for (let position = 1; position <= 3; position++) {
      const questionId = questionIdOnPage(
        await (await student.get(`/class/${session.joinCode}/${position}`)).text(),
      );
      skills.set(
        questionFromBank(questionId).skill,
        (skills.get(questionFromBank(questionId).skill) ?? 0) + 1,
      );
      await student.postForm(`/class/${session.joinCode}/${position}`, {
        questionId,
        optionId: correctOption(questionId),
      });
    }
    expect(TestBrowser.location(await student.get(`/class/${session.joinCode}`))).toBe(
      `/class/${session.joinCode}/done`,
    );
    const done = pageText(await (await student.get(`/class/${session.joinCode}/done`)).text());
    expect(done).toContain("3 right out of 3");
    expect(done).toMatch(/Question 1 right · .* Question 2 right · .* Question 3 right · /);
    for (const [, count] of skills) expect(done).toContain(`${count} of ${count} 100%`);
  });

  it("shows the time limit, and records a form sent without an option after the time ran out", async () => {
    const session = await createSession({ questionCount: 2, timerSeconds: 20 });
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    const page = await (await student.get(`/class/${session.joinCode}/1`)).text();
    expect(pageText(page)).toContain("Time limit: 20 seconds. 20 seconds left.");
    expect(page).toContain('data-seconds-left="20"');
    const questionId = questionIdOnPage(page);
    // Without an option, before the time is up: asked again.
    const early = await student.postForm(`/class/${session.joinCode}/1`, { questionId });
    expect(early.status).toBe(400);
    // The question has been on screen for a minute: the browser's timer sends the form as it is.
    await backdateServed(await participantIdOf(session.sessionId, "Ana"), 60_000);
    const late = await student.postForm(`/class/${session.joinCode}/1`, { questionId });
    expect(late.status).toBe(303);
    expect(pageText(await (await student.get(`/class/${session.joinCode}/1`)).text())).toContain(
      "Time ran out.",
    );
    const row = await env.DB.prepare(
      "select option_id, correct, timed_out from answers where question_id = ? and session_id = ?",
    )
      .bind(questionId, session.sessionId)
      .first();
    expect(row).toEqual({ option_id: null, correct: 0, timed_out: 1 });
  });

  it("records an empty form sent the moment the countdown ends, before the grace time for late clicks", async () => {
    const session = await createSession({ questionCount: 2, timerSeconds: 20 });
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    const questionId = questionIdOnPage(await (await student.get(`/class/${session.joinCode}/1`)).text());
    await backdateServed(await participantIdOf(session.sessionId, "Ana"), 20_100);
    const sent = await student.postForm(`/class/${session.joinCode}/1`, { questionId });
    expect(sent.status).toBe(303);
    expect(pageText(await (await student.get(`/class/${session.joinCode}/1`)).text())).toContain(
      "Time ran out.",
    );
  });

  it("keeps the countdown on a timed question sent back for want of an option", async () => {
    const session = await createSession({ questionCount: 2, timerSeconds: 20 });
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    const questionId = questionIdOnPage(await (await student.get(`/class/${session.joinCode}/1`)).text());
    const early = await student.postForm(`/class/${session.joinCode}/1`, { questionId });
    expect(early.status).toBe(400);
    const page = await early.text();
    expect(pageText(page)).toContain("Choose one of the options");
    expect(page).toMatch(/data-seconds-left="(19|20)"/);
  });

  it("waits for the teacher in an instructor-paced session, then goes on", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    const waiting = await (await student.get(`/class/${session.joinCode}/1`)).text();
    expect(pageText(waiting)).toContain("Waiting for your teacher");
    expect(waiting).toContain(`data-wait-url="/api/sessions/${session.joinCode}/status"`);
    await call(`/sessions/${session.sessionId}/next`, {
      method: "POST",
      headers: { authorization: `Bearer ${session.instructorKey}` },
    });
    expect(() => questionIdOnPage(waiting)).toThrow();
    const open = await (await student.get(`/class/${session.joinCode}/1`)).text();
    expect(questionIdOnPage(open)).toBeTruthy();
  });
});

describe("what a student cannot reach", () => {
  it("cannot see the dashboard, its live figures or an export of their own session", async () => {
    const session = await createSession();
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    const dashboard = await student.get(`/sessions/${session.sessionId}/dashboard`);
    expect(dashboard.status).toBe(401);
    const html = await dashboard.text();
    expect(html).not.toContain("Ana");
    expect(pageText(html)).toContain("Enter the instructor key");
    expect((await student.get(`/sessions/${session.sessionId}/live`)).status).toBe(401);
    expect((await student.get(`/api/sessions/${session.sessionId}/export.csv?format=wide`)).status).toBe(401);
    expect((await student.get(`/api/sessions/${session.sessionId}/export.json`)).status).toBe(401);
  });

  it("cannot use their participant token as an instructor key", async () => {
    const session = await createSession();
    const joined = await joinStudent(session.joinCode, "Ana");
    const response = await call(`/api/sessions/${session.sessionId}/export.json`, {
      headers: { authorization: `Bearer ${joined.participantToken}` },
    });
    expect(response.status).toBe(403);
  });

  it("cannot open another session's questions with their cookie", async () => {
    const [mine, theirs] = await Promise.all([createSession(), createSession()]);
    const student = new TestBrowser();
    await joinWithForm(student, mine.joinCode, "Ana");
    const response = await student.get(`/class/${theirs.joinCode}/1`);
    expect(TestBrowser.location(response)).toBe(`/join/${theirs.joinCode}`);
    const token = student.cookies.get(`__Host-byline-p-${mine.joinCode}`) ?? "";
    const forged = new TestBrowser();
    forged.cookies.set(`__Host-byline-p-${theirs.joinCode}`, token);
    expect(TestBrowser.location(await forged.get(`/class/${theirs.joinCode}/1`))).toBe(
      `/join/${theirs.joinCode}`,
    );
  });

  it("cannot run the instructor's controls", async () => {
    const session = await createSession();
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    for (const action of ["end", "next", "publish"]) {
      expect((await student.postForm(`/sessions/${session.sessionId}/${action}`, {})).status).toBe(401);
    }
    expect((await student.postForm(`/sessions/${session.sessionId}/delete`, { confirm: "yes" })).status).toBe(
      401,
    );
    const row = await env.DB.prepare("select ended_at from sessions where id = ?")
      .bind(session.sessionId)
      .first();
    expect(row).toEqual({ ended_at: null });
  });
});

describe("the instructor dashboard", () => {
  it("shows the roster with progress, accuracy per question and mastery per skill", async () => {
    const instructor = new TestBrowser();
    const { dashboard, sessionId } = await createWithForm(instructor, {
      questionCount: "3",
      leaderboard: "on",
    });
    const code = await joinCodeOf(sessionId);
    const questionIds = await sessionQuestionIds(sessionId);
    const [ana, bo] = await Promise.all([joinStudent(code, "Ana"), joinStudent(code, "Bo")]);
    await joinStudent(code, "Cy");
    // Ana: all right. Bo: first question wrong, second right. Cy: nothing yet.
    for (const id of questionIds) await answer(code, ana, id, correctOption(id));
    await answer(code, bo, questionIds[0] ?? "", wrongOption(questionIds[0] ?? ""));
    await answer(code, bo, questionIds[1] ?? "", correctOption(questionIds[1] ?? ""));

    const text = pageText(await (await instructor.get(dashboard)).text());
    expect(text).toContain("Students (3)");
    expect(text).toContain("Ana 3 of 3 (finished) 3 Remove");
    expect(text).toContain("Bo 2 of 3 1 Remove");
    expect(text).toContain("Cy 0 of 3 0 Remove");
    const figures = [
      { answered: 2, percent: "50%" },
      { answered: 2, percent: "100%" },
      { answered: 1, percent: "100%" },
    ];
    for (const [index, id] of questionIds.entries()) {
      const label = `Q${index + 1} (`;
      expect(text).toContain(label);
      const row = text.slice(text.indexOf(label));
      const expected = figures[index];
      expect(row).toMatch(
        new RegExp(`^Q${index + 1} \\([^)]+\\) .+? ${expected?.answered} ${expected?.percent}`),
      );
      expect(questionFromBank(id)).toBeDefined();
    }
    const bySkill = new Map<string, { right: number; answered: number }>();
    const results: [string, boolean][] = [
      ...questionIds.map((id): [string, boolean] => [id, true]),
      [questionIds[0] ?? "", false],
      [questionIds[1] ?? "", true],
    ];
    for (const [id, right] of results) {
      const skill = questionFromBank(id).skill;
      const tally = bySkill.get(skill) ?? { right: 0, answered: 0 };
      bySkill.set(skill, { right: tally.right + (right ? 1 : 0), answered: tally.answered + 1 });
    }
    const mastery = text.slice(text.indexOf("Mastery per skill"));
    for (const { right, answered } of bySkill.values()) {
      expect(mastery).toContain(`${right} of ${answered} ${Math.round((100 * right) / answered)}%`);
    }
    expect(text).toContain("Leaderboard Ana: 3 right Bo: 1 right Cy: 0 right");
  });

  it("refreshes by itself: the live fragment has the same figures, and a refresh link works without JS", async () => {
    const instructor = new TestBrowser();
    const { dashboard, sessionId } = await createWithForm(instructor);
    const page = await (await instructor.get(dashboard)).text();
    expect(page).toContain(`data-refresh-url="/sessions/${sessionId}/live"`);
    expect(page).toContain('<script src="/app.js" defer="">');
    expect(page).toContain(`href="/sessions/${sessionId}/dashboard">Refresh</a>`);
    const code = await joinCodeOf(sessionId);
    await joinStudent(code, "Newcomer");
    const live = await instructor.get(`/sessions/${sessionId}/live`);
    expect(live.status).toBe(200);
    const fragment = await live.text();
    expect(fragment).not.toContain("<html");
    expect(pageText(fragment)).toContain(
      "Students (1) Select Nickname Progress Right Remove Newcomer 0 of 4",
    );
  });

  it("opens on another device with the instructor key, and refuses a wrong one", async () => {
    const session = await createSession();
    const teacher = new TestBrowser();
    const dashboard = `/sessions/${session.sessionId}/dashboard`;
    expect((await teacher.get(dashboard)).status).toBe(401);
    const wrong = await teacher.postForm(`/sessions/${session.sessionId}/key`, { key: "A".repeat(22) });
    expect(wrong.status).toBe(403);
    expect(pageText(await wrong.text())).toContain("That key does not open this session.");
    const right = await teacher.postForm(`/sessions/${session.sessionId}/key`, {
      key: session.instructorKey,
    });
    expect(TestBrowser.location(right)).toBe(dashboard);
    expect((await teacher.get(dashboard)).status).toBe(200);
  });

  it("does not open one session's dashboard with another session's key", async () => {
    const [mine, other] = await Promise.all([createSession(), createSession()]);
    const response = await call(`/sessions/${mine.sessionId}/dashboard`, {
      headers: { authorization: `Bearer ${other.instructorKey}` },
    });
    expect(response.status).toBe(403);
  });

  it("removes a participant and their answers, no one else's; their device is sent back to the join page", async () => {
    const instructor = new TestBrowser();
    const { sessionId } = await createWithForm(instructor);
    const code = await joinCodeOf(sessionId);
    const student = new TestBrowser();
    await joinWithForm(student, code, "Prankster");
    const keeper = await joinStudent(code, "Keeper");
    const keeperQuestion = keeper.questions[0]?.id ?? "";
    await answer(code, keeper, keeperQuestion, correctOption(keeperQuestion));
    const questionId = questionIdOnPage(await (await student.get(`/class/${code}/1`)).text());
    await student.postForm(`/class/${code}/1`, { questionId, optionId: correctOption(questionId) });

    const removed = await instructor.postForm(`/sessions/${sessionId}/remove`, { nickname: "prankster" });
    expect(removed.status).toBe(303);
    const counts = await env.DB.prepare(
      "select (select count(*) from participants where session_id = ?1) as participants, (select count(*) from answers where session_id = ?1) as answers",
    )
      .bind(sessionId)
      .first();
    expect(counts).toEqual({ participants: 1, answers: 1 });
    expect(TestBrowser.location(await student.get(`/class/${code}/1`))).toBe(`/join/${code}`);
    expect(pageText(await (await instructor.get(`/sessions/${sessionId}/live`)).text())).toContain(
      "Students (1)",
    );
    expect(
      (await instructor.postForm(`/sessions/${sessionId}/remove`, { nickname: "Prankster" })).status,
    ).toBe(404);
  });

  it("ends the session: students see their score and the session has ended", async () => {
    const instructor = new TestBrowser();
    const { dashboard, sessionId } = await createWithForm(instructor);
    const code = await joinCodeOf(sessionId);
    const student = new TestBrowser();
    await joinWithForm(student, code, "Ana");
    await instructor.postForm(`/sessions/${sessionId}/end`, {});
    expect(pageText(await (await instructor.get(dashboard)).text())).toContain("Status: Ended.");
    expect(TestBrowser.location(await student.get(`/class/${code}/1`))).toBe(`/class/${code}/done`);
    expect(pageText(await (await student.get(`/class/${code}/done`)).text())).toContain(
      "The session has ended.",
    );
  });

  it("deletes the session's data: session, participants and answers gone, the key forgotten", async () => {
    const instructor = new TestBrowser();
    const { sessionId } = await createWithForm(instructor);
    const code = await joinCodeOf(sessionId);
    const student = await joinStudent(code, "Ana");
    const questionId = student.questions[0]?.id ?? "";
    await answer(code, student, questionId, correctOption(questionId));

    const unconfirmed = await instructor.postForm(`/sessions/${sessionId}/delete`, {});
    expect(unconfirmed.status).toBe(400);
    const deleted = await instructor.postForm(`/sessions/${sessionId}/delete`, { confirm: "yes" });
    expect(TestBrowser.location(deleted)).toBe("/sessions/new?deleted=1");
    expect(instructor.cookies.has(`__Host-byline-i-${sessionId}`)).toBe(false);
    const counts = await env.DB.prepare(
      "select (select count(*) from sessions where id = ?1) as sessions, (select count(*) from participants where session_id = ?1) as participants, (select count(*) from answers where session_id = ?1) as answers",
    )
      .bind(sessionId)
      .first();
    expect(counts).toEqual({ sessions: 0, participants: 0, answers: 0 });
    expect((await instructor.get(`/sessions/${sessionId}/dashboard`)).status).toBe(404);
  });
});
