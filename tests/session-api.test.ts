import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { findBundledArticle } from "../src/catalog/catalog";
import { sha256Hex } from "../src/security/secrets";
import { call, postJson } from "./helpers/http";
import {
  answer,
  askTwiceAboutOnePassage,
  backdateServed,
  correctOption,
  createSession,
  joinStudent,
  nextQuestion,
  questionFromBank,
  wrongOption,
} from "./helpers/sessions";

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: unknown };
  expect(typeof body.error).toBe("string");
  return body.error as string;
}

describe("POST /api/sessions", () => {
  it("creates a session: join code, instructor key, join and dashboard URLs", async () => {
    const session = await createSession({ questionCount: 5 });
    expect(session.sessionId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(session.joinCode).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$/);
    expect(session.instructorKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(session.joinUrl).toBe(`https://byline.test/join/${session.joinCode}`);
    expect(session.dashboardUrl).toBe(`https://byline.test/sessions/${session.sessionId}/dashboard`);
    expect(session.questionCount).toBe(5);
  });

  it("stores only the SHA-256 digest of the instructor key", async () => {
    const session = await createSession();
    const row = await env.DB.prepare("select * from sessions where id = ?").bind(session.sessionId).first();
    expect(row?.instructor_key_digest).toBe(await sha256Hex(session.instructorKey));
    expect(JSON.stringify(row)).not.toContain(session.instructorKey);
  });

  it("picks questions only from the chosen articles and skills", async () => {
    const session = await createSession({
      articles: ["battle-for-idlib-m5-highway"],
      skills: ["attribution"],
    });
    const student = await joinStudent(session.joinCode, "Ana");
    expect(student.questions.length).toBeGreaterThan(0);
    for (const question of student.questions) {
      expect(questionFromBank(question.id)).toMatchObject({
        articleSlug: "battle-for-idlib-m5-highway",
        skill: "attribution",
      });
    }
  });

  it.each([
    [{}, "title: Give the session a title."],
    [{ title: "   " }, "title: Give the session a title."],
    [{ title: "x".repeat(81) }, "title: Keep the title to 80 characters or fewer."],
    [{ title: "T", questionCount: 0 }, "questionCount: Ask at least 1 question."],
    [{ title: "T", questionCount: 2.5 }, "questionCount: questionCount must be a whole number."],
    [{ title: "T", questionCount: "10" }, "questionCount: questionCount must be a whole number."],
    [{ title: "T", skills: ["spelling"] }, "skills.0: Skills are sourcing, attribution, loaded-language."],
    [
      { title: "T", articles: ["nope"] },
      "articles.0: Unknown article; GET /api/articles lists the article slugs.",
    ],
    [{ title: "T", timerSeconds: 3 }, "timerSeconds: A time limit is at least 10 seconds."],
    [{ title: "T", pacing: "fast" }, 'pacing: pacing is "self" or "instructor".'],
  ])("refuses %j with 400 and says which field is wrong", async (body, message) => {
    const response = await postJson("/api/sessions", body);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe(message);
  });

  it("refuses a body that is not JSON with 415, and broken JSON with 400", async () => {
    const plain = await call("/api/sessions", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "title=x",
    });
    expect(plain.status).toBe(415);
    expect(await errorOf(plain)).toContain("Content-Type: application/json");
    const broken = await postJson("/api/sessions", "{title:");
    expect(broken.status).toBe(400);
    expect(await errorOf(broken)).toMatch(/^The request body is not valid JSON/);
  });
});

describe("POST /api/sessions/:joinCode/join", () => {
  it("gives a participant token, a rejoin PIN and the questions without their answers", async () => {
    const session = await createSession({ questionCount: 4 });
    const response = await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "  Ana  " });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown> & {
      questions: Record<string, unknown>[];
    };
    expect(body.participantToken).toMatch(/^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}$/);
    expect(body.rejoinPin).toMatch(/^[0-9]{6}$/);
    expect(body.nickname).toBe("Ana");
    expect(body.questions).toHaveLength(4);
    for (const question of body.questions) {
      expect(Object.keys(question).sort()).toEqual(["id", "options", "prompt", "skill"]);
      for (const option of question.options as Record<string, unknown>[]) {
        expect(Object.keys(option).sort()).toEqual(["id", "text"]);
      }
    }
    const raw = JSON.stringify(body);
    for (const question of body.questions) {
      expect(raw).not.toContain(questionFromBank(question.id as string).explanation);
    }
    // Question texts may use the word "correct"; what must never appear is an answer field.
    expect(raw).not.toMatch(/"(correct|correctOptionId|explanation|feedback)"\s*:/);
  });

  it("accepts the join code in lower case", async () => {
    const session = await createSession();
    const response = await postJson(`/api/sessions/${session.joinCode.toLowerCase()}/join`, {
      nickname: "Bo",
    });
    expect(response.status).toBe(201);
  });

  it("never deals two questions about the same passage, even with every question of one article", async () => {
    const article = findBundledArticle("army-advance-in-southern-idlib");
    const session = await createSession({ articles: [article?.slug], questionCount: 20 });
    const student = await joinStudent(session.joinCode, "Ada");
    expect(student.questions.length).toBeGreaterThan(5);
    expect(askTwiceAboutOnePassage(student.questions.map((question) => question.id))).toBe(false);
  });

  it("gives each participant their own order of questions and options, the same set for all", async () => {
    const session = await createSession({ questionCount: 8 });
    const students = await Promise.all(
      ["Ana", "Bo", "Cy", "Di"].map((name) => joinStudent(session.joinCode, name)),
    );
    const orders = students.map((student) => student.questions.map((question) => question.id));
    expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThan(1);
    const sets = new Set(orders.map((order) => [...order].sort().join()));
    expect(sets.size).toBe(1);
    const optionOrders = students.map((student) =>
      student.questions
        .slice()
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((question) => question.options.map((option) => option.id).join())
        .join("|"),
    );
    expect(new Set(optionOrders).size).toBeGreaterThan(1);
  });

  it("keeps one order for everyone when shuffling is off", async () => {
    const session = await createSession({ questionCount: 6, shuffle: false });
    const [ana, bo] = await Promise.all([
      joinStudent(session.joinCode, "Ana"),
      joinStudent(session.joinCode, "Bo"),
    ]);
    expect(ana.questions).toEqual(bo.questions);
  });

  it("refuses a nickname already taken in the session, whatever its case or spacing", async () => {
    const session = await createSession();
    await joinStudent(session.joinCode, "Sam Lee");
    const response = await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "sam   LEE" });
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toContain('Someone called "sam LEE" has already joined');
  });

  it("lets the same nickname join another session", async () => {
    const [first, second] = await Promise.all([createSession(), createSession()]);
    await joinStudent(first.joinCode, "Sam");
    await expect(joinStudent(second.joinCode, "Sam")).resolves.toBeDefined();
  });

  it("keeps exactly one of two students sending the same nickname at the same moment", async () => {
    const session = await createSession();
    const responses = await Promise.all(
      [1, 2, 3].map(() => postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "Twin" })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
  });

  it.each([
    [{ nickname: "" }, 400, "Enter a nickname."],
    [{ nickname: "a".repeat(25) }, 400, "Keep your nickname to 24 characters or fewer (this one has 25)."],
    [{ nickname: "Sh1thead" }, 400, "Please choose a different nickname."],
    [{}, 400, "nickname: Send a nickname (1 to 24 characters)."],
    [{ nickname: "Ana", rejoinPin: "12" }, 400, "rejoinPin: rejoinPin is the 6 digits given at join."],
  ])("refuses %j with %i: %s", async (body, status, message) => {
    const session = await createSession();
    const response = await postJson(`/api/sessions/${session.joinCode}/join`, body);
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toBe(message);
  });

  it("says a join code with look-alike characters cannot exist, and an unknown code is not found", async () => {
    const bad = await postJson("/api/sessions/AB0CDE/join", { nickname: "Ana" });
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toBe(
      "joinCode: Join codes never contain 0, O, 1 or I. Check the code your teacher shows.",
    );
    const unknown = await postJson("/api/sessions/ZZZZZZ/join", { nickname: "Ana" });
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toBe(
      "No session has the join code ZZZZZZ. Check the code your teacher shows.",
    );
  });
});

describe("POST /api/sessions/:joinCode/answers", () => {
  it("scores on the server and returns the right option, the explanation and the evidence", async () => {
    const session = await createSession({ questionCount: 3 });
    const student = await joinStudent(session.joinCode, "Ana");
    const [first, second] = student.questions;
    if (!first || !second) throw new Error("expected questions");

    const right = await answer(session.joinCode, student, first.id, correctOption(first.id));
    expect(right.status).toBe(200);
    const body = (await right.json()) as {
      correct: boolean;
      correctOptionId: string;
      explanation: string;
      evidence: { text: string; start: number; end: number }[];
    };
    const question = questionFromBank(first.id);
    expect(body).toMatchObject({
      correct: true,
      correctOptionId: question.correctOptionId,
      explanation: question.explanation,
    });
    const article = findBundledArticle(question.articleSlug);
    expect(body.evidence.length).toBeGreaterThan(0);
    for (const span of body.evidence) expect(article?.text.slice(span.start, span.end)).toBe(span.text);

    const wrong = await answer(session.joinCode, student, second.id, wrongOption(second.id));
    expect(await wrong.json()).toMatchObject({ correct: false, correctOptionId: correctOption(second.id) });
  });

  it("keeps the first answer of a double submission: one row, one 200 and one 409 with the first answer", async () => {
    const session = await createSession({ questionCount: 3 });
    const student = await joinStudent(session.joinCode, "Ana");
    const question = student.questions[0];
    if (!question) throw new Error("expected a question");
    const option = wrongOption(question.id);
    const responses = await Promise.all([
      answer(session.joinCode, student, question.id, option),
      answer(session.joinCode, student, question.id, option),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const conflict = responses.find((response) => response.status === 409);
    const body = (await conflict?.json()) as {
      error: string;
      answer: { optionId: string; correct: boolean };
    };
    expect(body.error).toBe("You already answered this question; your first answer stands.");
    expect(body.answer).toMatchObject({ optionId: option, correct: false });

    const retry = await answer(session.joinCode, student, question.id, correctOption(question.id));
    expect(retry.status).toBe(409);
    const rows = await env.DB.prepare("select option_id, correct from answers where participant_id = ?")
      .bind(student.participantId)
      .all();
    expect(rows.results).toEqual([{ option_id: option, correct: 0 }]);
  });

  it("records the response time and marks the participant finished after the last question", async () => {
    const session = await createSession({ questionCount: 2 });
    const student = await joinStudent(session.joinCode, "Ana");
    for (const question of student.questions) {
      await answer(session.joinCode, student, question.id, correctOption(question.id));
    }
    const rows = await env.DB.prepare("select response_ms from answers where participant_id = ?")
      .bind(student.participantId)
      .all<{ response_ms: number }>();
    expect(rows.results).toHaveLength(2);
    for (const row of rows.results) {
      expect(row.response_ms).toBeGreaterThanOrEqual(0);
      expect(row.response_ms).toBeLessThan(60_000);
    }
    const participant = await env.DB.prepare("select finished_at from participants where id = ?")
      .bind(student.participantId)
      .first<{ finished_at: number | null }>();
    expect(participant?.finished_at).toEqual(expect.any(Number));
  });

  it("counts an answer after the time limit as not correct and says it timed out", async () => {
    const session = await createSession({ questionCount: 2, timerSeconds: 20 });
    const student = await joinStudent(session.joinCode, "Ana");
    const question = await nextQuestion(session.joinCode, student);
    // The question was served a minute ago.
    await backdateServed(student.participantId, 60_000);
    const response = await answer(session.joinCode, student, question.id, correctOption(question.id));
    expect(await response.json()).toMatchObject({ correct: false, timedOut: true });
  });

  it.each([
    [
      { questionId: "q", optionId: "o" },
      400,
      "participantToken: Send the participantToken you got when joining.",
    ],
    [{ participantToken: "x", optionId: "o" }, 400, "questionId: Send the questionId you are answering."],
    [{ participantToken: "x", questionId: "q" }, 400, "optionId: Send the optionId you chose."],
    [{ participantToken: "garbage", questionId: "q", optionId: "o" }, 401, "Unknown participant token."],
  ])("refuses %j with %i", async (body, status, message) => {
    const session = await createSession();
    const response = await postJson(`/api/sessions/${session.joinCode}/answers`, body);
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toContain(message);
  });

  it("refuses a question of another session (404) and an option of another question (400)", async () => {
    const [mine, other] = await Promise.all([
      createSession({ articles: ["battle-for-idlib-m5-highway"], questionCount: 2 }),
      createSession({ articles: ["army-repels-attack-in-idlib"], questionCount: 2 }),
    ]);
    const student = await joinStudent(mine.joinCode, "Ana");
    const stranger = await joinStudent(other.joinCode, "Bo");
    const foreign = stranger.questions[0]?.id ?? "";
    const notMine = await answer(mine.joinCode, student, foreign, correctOption(foreign));
    expect(notMine.status).toBe(404);
    expect(await errorOf(notMine)).toContain("This session has no question");
    const badOption = await answer(mine.joinCode, student, student.questions[0]?.id ?? "", "no-such-option");
    expect(badOption.status).toBe(400);
    expect(await errorOf(badOption)).toBe('"no-such-option" is not one of this question\'s options.');
  });

  it("refuses a participant token of another session with 403", async () => {
    const [mine, other] = await Promise.all([createSession(), createSession()]);
    const student = await joinStudent(mine.joinCode, "Ana");
    const question = student.questions[0]?.id ?? "";
    const response = await answer(other.joinCode, student, question, correctOption(question));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toBe("This participant token belongs to another session.");
  });

  it("refuses a token whose secret is wrong with 401", async () => {
    const session = await createSession();
    const student = await joinStudent(session.joinCode, "Ana");
    const forged = { ...student, participantToken: `${student.participantId}.${"A".repeat(22)}` };
    const question = student.questions[0]?.id ?? "";
    expect((await answer(session.joinCode, forged, question, correctOption(question))).status).toBe(401);
  });
});

describe("resuming on another device with the rejoin PIN", () => {
  it("issues a new token, lists the answered questions and retires the old token", async () => {
    const session = await createSession({ questionCount: 3 });
    const student = await joinStudent(session.joinCode, "Ana");
    const first = student.questions[0]?.id ?? "";
    await answer(session.joinCode, student, first, correctOption(first));

    const resumed = await postJson(`/api/sessions/${session.joinCode}/join`, {
      nickname: "ana",
      rejoinPin: student.rejoinPin,
    });
    expect(resumed.status).toBe(200);
    const body = (await resumed.json()) as {
      participantId: string;
      participantToken: string;
      resumed: boolean;
      answeredQuestionIds: string[];
      questions: { id: string }[];
    };
    expect(body).toMatchObject({
      participantId: student.participantId,
      resumed: true,
      answeredQuestionIds: [first],
    });
    expect(body.questions.map((question) => question.id)).toEqual(
      student.questions.map((question) => question.id),
    );
    expect(body.participantToken).not.toBe(student.participantToken);

    const second = student.questions[1]?.id ?? "";
    expect((await answer(session.joinCode, student, second, correctOption(second))).status).toBe(401);
    const withNew = { ...student, participantToken: body.participantToken };
    expect((await answer(session.joinCode, withNew, second, correctOption(second))).status).toBe(200);
  });

  it("refuses a wrong PIN with 403 and an unknown nickname with 404", async () => {
    const session = await createSession();
    const student = await joinStudent(session.joinCode, "Ana");
    const wrongPin = student.rejoinPin === "000000" ? "111111" : "000000";
    const wrong = await postJson(`/api/sessions/${session.joinCode}/join`, {
      nickname: "Ana",
      rejoinPin: wrongPin,
    });
    expect(wrong.status).toBe(403);
    expect(await errorOf(wrong)).toBe(
      'That PIN does not match "Ana". Use the 6-digit PIN shown when you joined.',
    );
    const nobody = await postJson(`/api/sessions/${session.joinCode}/join`, {
      nickname: "Zed",
      rejoinPin: student.rejoinPin,
    });
    expect(nobody.status).toBe(404);
  });

  it("stops accepting PINs for a nickname after ten wrong ones", async () => {
    const session = await createSession();
    const student = await joinStudent(session.joinCode, "Ana");
    await env.DB.prepare("update participants set rejoin_failures = 10 where id = ?")
      .bind(student.participantId)
      .run();
    const response = await postJson(`/api/sessions/${session.joinCode}/join`, {
      nickname: "Ana",
      rejoinPin: student.rejoinPin,
    });
    expect(response.status).toBe(429);
  });
});

describe("the session's state", () => {
  it("refuses new students once joining is locked, and lets them in again when unlocked", async () => {
    const session = await createSession();
    const bearer = {
      authorization: `Bearer ${session.instructorKey}`,
      "content-type": "application/x-www-form-urlencoded",
    };
    await call(`/sessions/${session.sessionId}/lock`, {
      method: "POST",
      headers: bearer,
      body: "locked=true",
    });
    const locked = await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "Late" });
    expect(locked.status).toBe(403);
    expect(await errorOf(locked)).toBe("Joining is locked for this session. Ask your teacher to unlock it.");
    await call(`/sessions/${session.sessionId}/lock`, {
      method: "POST",
      headers: bearer,
      body: "locked=false",
    });
    expect((await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "Late" })).status).toBe(201);
  });

  it("turns away the 501st student with a message, while those in it can still rejoin with their PIN", async () => {
    const session = await createSession();
    const first = await joinStudent(session.joinCode, "Ana");
    const fill = env.DB.prepare(
      "insert into participants (id, session_id, nickname, nickname_key, token_digest, pin_digest, seed, joined_at) values (?, ?, ?, ?, 'x', 'x', 1, ?)",
    );
    await env.DB.batch(
      Array.from({ length: 499 }, (_, index) =>
        fill.bind(`filler-${index}`, session.sessionId, `Filler ${index}`, `filler ${index}`, Date.now()),
      ),
    );
    const turnedAway = await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "Late" });
    expect(turnedAway.status).toBe(403);
    expect(await errorOf(turnedAway)).toBe(
      "This session is full (500 students). Ask your teacher for another join code.",
    );
    const rejoined = await postJson(`/api/sessions/${session.joinCode}/join`, {
      nickname: "Ana",
      rejoinPin: first.rejoinPin,
    });
    expect(rejoined.status).toBe(200);
  });

  it("closes answers when the session ends", async () => {
    const session = await createSession();
    const student = await joinStudent(session.joinCode, "Ana");
    await call(`/sessions/${session.sessionId}/end`, {
      method: "POST",
      headers: { authorization: `Bearer ${session.instructorKey}` },
    });
    const question = student.questions[0]?.id ?? "";
    const response = await answer(session.joinCode, student, question, correctOption(question));
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toBe("This session has ended; answers are closed.");
    const status = await (await call(`/api/sessions/${session.joinCode}/status`)).json();
    expect(status).toMatchObject({ ended: true, locked: true });
  });

  it("opens questions one at a time in an instructor-paced session", async () => {
    const session = await createSession({ pacing: "instructor", questionCount: 3 });
    const [ana, bo] = await Promise.all([
      joinStudent(session.joinCode, "Ana"),
      joinStudent(session.joinCode, "Bo"),
    ]);
    expect(ana.questions.map((q) => q.id)).toEqual(bo.questions.map((q) => q.id));
    const first = ana.questions[0]?.id ?? "";
    const early = await answer(session.joinCode, ana, first, correctOption(first));
    expect(early.status).toBe(409);
    expect(await errorOf(early)).toBe(
      "Your teacher has not opened this question yet. Wait for it, then answer.",
    );
    await call(`/sessions/${session.sessionId}/next`, {
      method: "POST",
      headers: { authorization: `Bearer ${session.instructorKey}` },
    });
    expect(await (await call(`/api/sessions/${session.joinCode}/status`)).json()).toMatchObject({
      openCount: 1,
      questionCount: 3,
    });
    expect((await answer(session.joinCode, ana, first, correctOption(first))).status).toBe(200);
    const second = ana.questions[1]?.id ?? "";
    expect((await answer(session.joinCode, ana, second, correctOption(second))).status).toBe(409);
  });
});
