import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { joinWithForm } from "./helpers/forms";
import { postJson, TestBrowser } from "./helpers/http";
import {
  answer,
  backdateServed,
  correctOption,
  createSession,
  joinStudent,
  nextQuestion,
  participantIdOf,
  questionIdOnPage,
} from "./helpers/sessions";

async function storedAnswer(participantId: string, questionId: string) {
  return env.DB.prepare("select correct, timed_out from answers where participant_id = ? and question_id = ?")
    .bind(participantId, questionId)
    .first<{ correct: number; timed_out: number }>();
}

describe("a timed question's clock, on the pages (issue 10, item 2)", () => {
  it("starts when the question is first served and does not restart when another question is opened and answered", async () => {
    const session = await createSession({ questionCount: 3, timerSeconds: 10, shuffle: false });
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ana");
    const participantId = await participantIdOf(session.sessionId, "Ana");
    const first = questionIdOnPage(await (await student.get(`/class/${session.joinCode}/1`)).text());
    await backdateServed(participantId, 14_000); // question 1 has been on screen for 14 s
    const second = questionIdOnPage(await (await student.get(`/class/${session.joinCode}/2`)).text());
    await student.postForm(`/class/${session.joinCode}/2`, {
      questionId: second,
      optionId: correctOption(second),
    });
    await student.postForm(`/class/${session.joinCode}/1`, {
      questionId: first,
      optionId: correctOption(first),
    });
    expect(await storedAnswer(participantId, first)).toEqual({ correct: 0, timed_out: 1 });
    expect(await storedAnswer(participantId, second)).toEqual({ correct: 1, timed_out: 0 });
  });

  it("keeps counting down across a reload instead of starting again", async () => {
    const session = await createSession({ questionCount: 2, timerSeconds: 20 });
    const student = new TestBrowser();
    await joinWithForm(student, session.joinCode, "Ben");
    await student.get(`/class/${session.joinCode}/1`);
    await backdateServed(await participantIdOf(session.sessionId, "Ben"), 15_000);
    const again = await (await student.get(`/class/${session.joinCode}/1`)).text();
    expect(again).toContain('data-seconds-left="5"');
  });
});

describe("a timed session through the JSON API (issue 10, item 2)", () => {
  it("lists no questions in the join answer: they are served one at a time", async () => {
    const session = await createSession({ questionCount: 3, timerSeconds: 10 });
    const student = await joinStudent(session.joinCode, "Cy");
    expect(student.questions).toEqual([]);
    expect(student).toMatchObject({ questionCount: 3, timerSeconds: 10 });
  });

  it("serves the same question with the same start until it is answered", async () => {
    const session = await createSession({ questionCount: 3, timerSeconds: 10 });
    const student = await joinStudent(session.joinCode, "Di");
    const next = () =>
      postJson(`/api/sessions/${session.joinCode}/next`, { participantToken: student.participantToken });
    const first = (await (await next()).json()) as {
      question: { id: string };
      servedAt: string;
      position: number;
    };
    const again = (await (await next()).json()) as { question: { id: string }; servedAt: string };
    expect(again.question.id).toBe(first.question.id);
    expect(again.servedAt).toBe(first.servedAt);
    expect(first.position).toBe(1);
    await answer(session.joinCode, student, first.question.id, correctOption(first.question.id));
    const second = (await (await next()).json()) as { question: { id: string }; position: number };
    expect(second.position).toBe(2);
    expect(second.question.id).not.toBe(first.question.id);
  });

  it("refuses an answer to a question that was never served, with 409 and what to do", async () => {
    const session = await createSession({ questionCount: 3, timerSeconds: 10, shuffle: false });
    const student = await joinStudent(session.joinCode, "Ed");
    const sessionRow = await env.DB.prepare("select question_ids from sessions where id = ?")
      .bind(session.sessionId)
      .first<{ question_ids: string }>();
    const [, unserved] = JSON.parse(sessionRow?.question_ids ?? "[]") as string[];
    const response = await answer(session.joinCode, student, unserved ?? "", correctOption(unserved ?? ""));
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toContain("has not been served to you yet");
  });

  it("times out an answer sent after the limit, however long ago the previous answer was", async () => {
    const session = await createSession({ questionCount: 3, timerSeconds: 10 });
    const student = await joinStudent(session.joinCode, "Flo");
    const first = await nextQuestion(session.joinCode, student);
    await answer(session.joinCode, student, first.id, correctOption(first.id));
    const second = await nextQuestion(session.joinCode, student);
    await backdateServed(student.participantId, 30_000);
    const late = await answer(session.joinCode, student, second.id, correctOption(second.id));
    expect(await late.json()).toMatchObject({ correct: false, timedOut: true });
  });

  it("stores a served question whose time ran out unanswered as timed out, and serves the next", async () => {
    const session = await createSession({ questionCount: 2, timerSeconds: 10 });
    const student = await joinStudent(session.joinCode, "Gus");
    const first = await nextQuestion(session.joinCode, student);
    await backdateServed(student.participantId, 30_000);
    const second = await nextQuestion(session.joinCode, student);
    expect(second.id).not.toBe(first.id);
    expect(await storedAnswer(student.participantId, first.id)).toEqual({ correct: 0, timed_out: 1 });
  });
});
