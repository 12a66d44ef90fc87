import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createWithForm, joinWithForm } from "./helpers/forms";
import { call, postJson, TestBrowser } from "./helpers/http";
import {
  answer,
  type CreatedSession,
  correctOption,
  createSession,
  joinStudent,
  pageText,
  questionFromBank,
  questionIdOnPage,
  wrongOption,
} from "./helpers/sessions";

const KEY_FIELDS = ["correct", "correctOptionId", "explanation", "feedback", "evidence"];

function endSession(session: { sessionId: string; instructorKey: string }) {
  return call(`/sessions/${session.sessionId}/end`, {
    method: "POST",
    headers: { authorization: `Bearer ${session.instructorKey}` },
  });
}

function results(session: CreatedSession, participantToken: string) {
  return postJson(`/api/sessions/${session.joinCode}/results`, { participantToken });
}

describe("withholding answers until the session ends, JSON API (issue 10, item 6)", () => {
  it("stores the option and says nothing of the key, right or wrong, explanation or evidence", async () => {
    const session = await createSession({ questionCount: 2, withholdAnswers: true });
    const probe = await joinStudent(session.joinCode, "Probe");
    const questionId = probe.questions[0]?.id ?? "";
    const response = await answer(session.joinCode, probe, questionId, wrongOption(questionId));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ questionId, optionId: wrongOption(questionId), withheld: true });
    for (const field of KEY_FIELDS) expect(body, field).not.toHaveProperty(field);
    expect(JSON.stringify(body)).not.toContain(questionFromBank(questionId).explanation);

    // Asking again (the first answer stands) tells nothing either.
    const again = await answer(session.joinCode, probe, questionId, correctOption(questionId));
    expect(again.status).toBe(409);
    const repeat = ((await again.json()) as { answer: Record<string, unknown> }).answer;
    for (const field of KEY_FIELDS) expect(repeat, field).not.toHaveProperty(field);

    const mine = (await (await results(session, probe.participantToken)).json()) as Record<string, unknown>;
    expect(mine).toMatchObject({ ended: false, withheld: true, score: null, answeredCount: 1 });
    for (const field of KEY_FIELDS) {
      expect((mine.answers as Record<string, unknown>[])[0], field).not.toHaveProperty(field);
    }
  });

  it("shows the key, right or wrong and why once the instructor ends the session", async () => {
    const session = await createSession({ questionCount: 2, withholdAnswers: true });
    const student = await joinStudent(session.joinCode, "Ana");
    const questionId = student.questions[0]?.id ?? "";
    await answer(session.joinCode, student, questionId, correctOption(questionId));
    expect((await endSession(session)).status).toBe(303);

    const response = await results(session, student.participantToken);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { answers: Record<string, unknown>[] } & Record<string, unknown>;
    expect(body).toMatchObject({ ended: true, withheld: false, score: 1, answeredCount: 1 });
    expect(body.answers[0]).toMatchObject({
      questionId,
      correct: true,
      correctOptionId: correctOption(questionId),
      explanation: questionFromBank(questionId).explanation,
    });
  });

  it("shows answers at once in a session that does not withhold them (the default), and stores the setting", async () => {
    const session = await createSession({ questionCount: 1 });
    const student = await joinStudent(session.joinCode, "Ana");
    const questionId = student.questions[0]?.id ?? "";
    const body = (await (
      await answer(session.joinCode, student, questionId, wrongOption(questionId))
    ).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      withheld: false,
      correct: false,
      correctOptionId: correctOption(questionId),
    });
    const row = await env.DB.prepare("select withhold_answers from sessions where id = ?")
      .bind(session.sessionId)
      .first<{ withhold_answers: number }>();
    expect(row?.withhold_answers).toBe(0);
  });

  it("refuses a withholdAnswers that is not a boolean with 400", async () => {
    const response = await postJson("/api/sessions", { title: "Quiz", withholdAnswers: "yes" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "withholdAnswers: withholdAnswers is true or false." });
  });
});

describe("withholding answers until the session ends, pages (issue 10, item 6)", () => {
  it("creates the session with the checkbox, and says on the dashboard what it does against a second nickname", async () => {
    const instructor = new TestBrowser();
    const form = await (await instructor.get("/sessions/new")).text();
    expect(form).toContain('name="withholdAnswers"');
    const { sessionId, dashboard } = await createWithForm(instructor, { withholdAnswers: "on" });
    const row = await env.DB.prepare("select withhold_answers from sessions where id = ?")
      .bind(sessionId)
      .first<{ withhold_answers: number }>();
    expect(row?.withhold_answers).toBe(1);
    const text = pageText(await (await instructor.get(dashboard)).text());
    expect(text).toContain("A student answering under a second nickname to find the answers?");
    expect(text).toContain("This session withholds answers");
    expect(text).toContain("Options are in a different order for each student");
  });

  it("tells a student only that the answer is recorded, then shows the key after the session ends", async () => {
    const instructor = new TestBrowser();
    const { sessionId, dashboard } = await createWithForm(instructor, {
      questionCount: "2",
      withholdAnswers: "on",
    });
    const code =
      /class="join-code">[\s\S]*?([A-Z2-9]{6})</.exec(await (await instructor.get(dashboard)).text())?.[1] ??
      "";
    const student = new TestBrowser();
    await joinWithForm(student, code, "Ana");
    const questionId = questionIdOnPage(await (await student.get(`/class/${code}/1`)).text());
    await student.postForm(`/class/${code}/1`, { questionId, optionId: wrongOption(questionId) });

    const explanation = questionFromBank(questionId).explanation;
    const recorded = await (await student.get(`/class/${code}/1`)).text();
    expect(pageText(recorded)).toContain("Your answer is recorded");
    for (const leak of ["correct answer", "Not quite", "Right.", "Evidence in the article", explanation]) {
      expect(pageText(recorded)).not.toContain(leak);
    }
    const done = pageText(await (await student.get(`/class/${code}/done`)).text());
    expect(done).toContain("1 of 2 answered");
    expect(done).not.toMatch(/right out of|Go over your answers/);

    await instructor.postForm(`/sessions/${sessionId}/end`, {});
    const after = pageText(await (await student.get(`/class/${code}/1`)).text());
    expect(after).toContain("Not quite.");
    expect(after).toContain("correct answer");
    expect(after).toContain(explanation);
    expect(pageText(await (await student.get(`/class/${code}/done`)).text())).toContain("0 right out of 2");
  });
});
