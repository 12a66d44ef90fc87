import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DISCUSSION_PROMPTS } from "../src/projector/discussion-prompts";
import { call, TestBrowser } from "./helpers/http";
import {
  answer,
  type CreatedSession,
  correctOption,
  createSession,
  joinStudent,
  nextQuestion,
  pageText,
  questionFromBank,
  wrongOption,
} from "./helpers/sessions";

/** The instructor's requests, as a script (or a browser without JavaScript) sends them. */
function asInstructor(session: CreatedSession) {
  const headers = { authorization: `Bearer ${session.instructorKey}` };
  const post = (path: string, fields: Record<string, string> = {}) =>
    call(`/sessions/${session.sessionId}/${path}`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    });
  return {
    /** The projector page as a plain reload shows it. */
    async projector(): Promise<{ status: number; html: string; text: string }> {
      const response = await call(`/sessions/${session.sessionId}/present`, { headers });
      const html = await response.text();
      return { status: response.status, html, text: pageText(html) };
    },
    async live() {
      const response = await call(`/sessions/${session.sessionId}/present/live`, { headers });
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    },
    /** A step from the projector: it answers 303 back to the projector. */
    async step(path: "next" | "reveal" | "end") {
      const response = await post(path, { from: "present" });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`/sessions/${session.sessionId}/present`);
    },
    post,
  };
}

/** A probe student, and the session's first question ids (from D1: a timed session's join lists none). */
async function sessionIds(session: CreatedSession, count: number) {
  const student = await joinStudent(session.joinCode, "Probe");
  const row = await env.DB.prepare("select question_ids from sessions where id = ?")
    .bind(session.sessionId)
    .first<{ question_ids: string }>();
  return { probe: student, ids: (JSON.parse(row?.question_ids ?? "[]") as string[]).slice(0, count) };
}

describe("the projector view", () => {
  it("waits with the join code big and the number of students who joined", async () => {
    const session = await createSession({ questionCount: 3, pacing: "instructor" });
    await joinStudent(session.joinCode, "Ana");
    await joinStudent(session.joinCode, "Bo");
    const { status, html, text } = await asInstructor(session).projector();
    expect(status).toBe(200);
    expect(html).toContain(`class="projector-big-code"`);
    expect(text).toContain(session.joinCode);
    expect(text).toContain("2 students have joined");
    expect(html).toMatch(
      /<button type="submit" class="projector-step" data-step="" autofocus="">Open the first question<\/button>/,
    );
    expect(html).toContain('<input type="hidden" name="from" value="present"/>');
  });

  it("shows the open question with its passage and options, answers in out of joined, and no answer yet", async () => {
    const session = await createSession({ questionCount: 3, pacing: "instructor", timerSeconds: 30 });
    const { probe, ids } = await sessionIds(session, 1);
    const ana = await joinStudent(session.joinCode, "Ana");
    await joinStudent(session.joinCode, "Bo");
    const instructor = asInstructor(session);
    await instructor.step("next");
    const first = questionFromBank(ids[0] ?? "");
    // A timed session serves its questions one at a time: each student gets the open one first.
    for (const student of [ana, probe])
      expect((await nextQuestion(session.joinCode, student)).id).toBe(first.id);
    expect((await answer(session.joinCode, ana, first.id, wrongOption(first.id))).status).toBe(200);
    expect((await answer(session.joinCode, probe, first.id, correctOption(first.id))).status).toBe(200);

    const { html, text } = await instructor.projector();
    expect(text).toContain("Question 1 of 3");
    expect(text).toContain(first.prompt);
    for (const option of first.options) expect(text).toContain(option.text);
    expect(text).toContain("2 of 3 answered");
    expect(html).toMatch(/data-seconds-left="(29|30)"/);
    expect(html).toContain('class="passage"');
    expect(html).not.toContain("<mark>");
    expect(text).not.toContain(first.explanation);
    expect(text).not.toContain("How the class answered");
    expect(html).toContain("Reveal the answer");
    expect(await instructor.live()).toEqual({
      stage: "open:1",
      openCount: 1,
      revealedCount: 0,
      ended: false,
      joined: 3,
      answered: 2,
      totalAnswers: 2,
    });
  });

  it("reveals how the class split, the key, the evidence marked, the explanation and a prompt for its kind", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    const { probe, ids } = await sessionIds(session, 1);
    const students = [
      probe,
      await joinStudent(session.joinCode, "Ana"),
      await joinStudent(session.joinCode, "Bo"),
    ];
    const instructor = asInstructor(session);
    await instructor.step("next");
    const question = questionFromBank(ids[0] ?? "");
    const wrong = wrongOption(question.id);
    await answer(session.joinCode, students[0] as (typeof students)[number], question.id, wrong);
    await answer(session.joinCode, students[1] as (typeof students)[number], question.id, wrong);
    await answer(
      session.joinCode,
      students[2] as (typeof students)[number],
      question.id,
      correctOption(question.id),
    );
    await instructor.step("reveal");

    const { html, text } = await instructor.projector();
    expect(text).toContain("How the class answered");
    const wrongText = question.options.find((option) => option.id === wrong)?.text ?? "";
    const keyText = question.options.find((option) => option.id === question.correctOptionId)?.text ?? "";
    expect(text).toContain(`${wrongText} 2 (67%)`);
    expect(text).toContain(`Answer: ${keyText} 1 (33%)`);
    expect(html).toContain("<mark>");
    expect(text).toContain(question.explanation);
    expect(text).toContain(DISCUSSION_PROMPTS[question.kind] ?? "");
    expect(text).not.toMatch(/Ana|Bo\b/);
    expect(html).toContain("Open question 2");
    expect((await instructor.live()).stage).toBe("revealed:1");
  });

  it("closes a revealed question to answers, keeping the answers given in time", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    const { probe, ids } = await sessionIds(session, 1);
    const late = await joinStudent(session.joinCode, "Late");
    const instructor = asInstructor(session);
    await instructor.step("next");
    const questionId = ids[0] ?? "";
    expect((await answer(session.joinCode, probe, questionId, correctOption(questionId))).status).toBe(200);
    await instructor.step("reveal");
    const refused = await answer(session.joinCode, late, questionId, correctOption(questionId));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toContain("revealed the answer");
    const repeat = await answer(session.joinCode, probe, questionId, wrongOption(questionId));
    expect(repeat.status).toBe(409);
    expect(((await repeat.json()) as { answer: { correct: boolean } }).answer.correct).toBe(true);
  });

  it("tells a student who had not answered that the revealed question is closed, and lets them go on", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    const student = new TestBrowser();
    await student.postForm("/join", { code: session.joinCode, nickname: "Cy", intent: "join" });
    const instructor = asInstructor(session);
    await instructor.step("next");
    const open = await (await student.get(`/class/${session.joinCode}/1`)).text();
    const questionId = /name="questionId" value="([^"]+)"/.exec(open)?.[1] ?? "";
    await instructor.step("reveal");
    const late = await student.postForm(`/class/${session.joinCode}/1`, {
      questionId,
      optionId: correctOption(questionId),
    });
    expect(late.status).toBe(303);
    const closed = pageText(await (await student.get(`/class/${session.joinCode}/1`)).text());
    expect(closed).toContain("Your teacher revealed the answer before you answered");
    expect(closed).toContain("Next question");
  });

  it("ends after the last reveal with the class's results per skill, and the leaderboard only when enabled", async () => {
    for (const leaderboard of [true, false]) {
      const session = await createSession({ questionCount: 1, pacing: "instructor", leaderboard });
      const { probe, ids } = await sessionIds(session, 1);
      const instructor = asInstructor(session);
      await instructor.step("next");
      await answer(session.joinCode, probe, ids[0] ?? "", correctOption(ids[0] ?? ""));
      await instructor.step("reveal");
      expect((await instructor.projector()).html).toContain("End the session and show the results");
      await instructor.step("end");

      const { html, text } = await instructor.projector();
      expect(text).toContain("Results: Media literacy 9B");
      expect(text).toContain("The class, per skill");
      expect(text).toMatch(/1 of 1 100%/);
      expect(html).not.toContain('class="projector-step"');
      if (leaderboard) expect(text).toContain("Leaderboard Probe: 1 right");
      else expect(text).not.toContain("Leaderboard");
      expect((await instructor.live()).stage).toBe("finished");
    }
  });

  it("shows the same stage on every reload: the state lives in the database, not in the page", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    const instructor = asInstructor(session);
    await instructor.step("next");
    await instructor.step("reveal");
    const first = await instructor.projector();
    const second = await instructor.projector();
    expect(second.text).toBe(first.text);
    expect(second.text).toContain("How the class answered");
  });

  it("reveals nothing twice and opens nothing past the last question", async () => {
    const session = await createSession({ questionCount: 1, pacing: "instructor" });
    const instructor = asInstructor(session);
    await instructor.step("next");
    await instructor.step("next");
    await instructor.step("reveal");
    await instructor.step("reveal");
    expect(await instructor.live()).toMatchObject({ openCount: 1, revealedCount: 1 });
  });

  it("shows a self-paced class its join code and results so far, with no reveal step", async () => {
    const session = await createSession({ questionCount: 2 });
    const { html, text } = await asInstructor(session).projector();
    expect(text).toContain("Self-paced");
    expect(html).toContain("End the session and show the results");
    expect(html).not.toContain("Reveal the answer");
    const reveal = await asInstructor(session).post("reveal", { from: "present" });
    expect(reveal.status).toBe(303);
    expect((await asInstructor(session).live()).revealedCount).toBe(0);
  });
});

describe("who may use the projector", () => {
  it("asks for the instructor key (401), refuses a wrong one (403), and sends the key back to the projector", async () => {
    const session = await createSession({ pacing: "instructor" });
    const anonymous = await call(`/sessions/${session.sessionId}/present`);
    expect(anonymous.status).toBe(401);
    const page = await anonymous.text();
    expect(page).toContain('name="opens" value="present"');
    expect(pageText(page)).toContain("Open the projector view");
    const wrong = await call(`/sessions/${session.sessionId}/present`, {
      headers: { authorization: "Bearer not-the-key-not-the-key0" },
    });
    expect(wrong.status).toBe(403);
    const key = await new TestBrowser().postForm(`/sessions/${session.sessionId}/key`, {
      key: session.instructorKey,
      opens: "present",
    });
    expect(key.status).toBe(303);
    expect(key.headers.get("location")).toBe(`/sessions/${session.sessionId}/present`);
    expect((await call(`/sessions/${session.sessionId}/present/live`)).status).toBe(401);
    expect((await new TestBrowser().postForm(`/sessions/${session.sessionId}/reveal`, {})).status).toBe(401);
  });

  it("answers bad input with a 4xx and a message, never a 500", async () => {
    const session = await createSession({ pacing: "instructor" });
    const badId = await call("/sessions/not-a-session/present");
    expect(badId.status).toBe(400);
    expect(pageText(await badId.text())).toContain("This is not the address of a session.");
    const unknown = await call(`/sessions/${"A".repeat(16)}/present`);
    expect(unknown.status).toBe(404);
    const badFrom = await asInstructor(session).post("next", { from: "elsewhere" });
    expect(badFrom.status).toBe(400);
    expect(pageText(await badFrom.text())).toContain("from is dashboard or present.");
    const badOpens = await new TestBrowser().postForm(`/sessions/${session.sessionId}/key`, {
      key: session.instructorKey,
      opens: "export",
    });
    expect(badOpens.status).toBe(400);
  });
});

describe("the dashboard's split per option", () => {
  it("lists for every question how many chose each option, the answer marked in words", async () => {
    const session = await createSession({ questionCount: 2 });
    const ana = await joinStudent(session.joinCode, "Ana");
    const questionId = ana.questions[0]?.id ?? "";
    await answer(session.joinCode, ana, questionId, wrongOption(questionId));
    const response = await call(`/sessions/${session.sessionId}/live`, {
      headers: { authorization: `Bearer ${session.instructorKey}` },
    });
    const text = pageText(await response.text());
    expect(text).toContain("Options chosen");
    const question = questionFromBank(questionId);
    const wrongText = question.options.find((option) => option.id === wrongOption(questionId))?.text ?? "";
    expect(text).toContain(wrongText.slice(0, 40).trimEnd());
    expect(text).toMatch(/\(the answer\)/);
  });
});
