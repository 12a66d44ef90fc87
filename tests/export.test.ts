import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SKILL_NAMES } from "../src/quiz/scoring";
import { parseCsv } from "./helpers/csv";
import { call, TestBrowser } from "./helpers/http";
import {
  answer,
  type CreatedSession,
  correctOption,
  createSession,
  joinStudent,
  questionFromBank,
  wrongOption,
} from "./helpers/sessions";

interface Stored {
  nickname: string;
  joinedAt: string;
  finishedAt: string;
  answers: {
    questionId: string;
    optionId: string;
    correct: boolean;
    responseMs: number;
    answeredAt: string;
  }[];
}

/**
 * A session of three questions: Ana answers all (the first wrong), "=HYPERLINK(…)" answers one right,
 * "Zoë, the 2nd" has joined but not answered. Returns what D1 holds, to check the exports against.
 */
async function playedSession(): Promise<{
  session: CreatedSession;
  questionIds: string[];
  stored: Stored[];
}> {
  const session = await createSession({ title: "Médias & 9B: week 1", questionCount: 3 });
  const ana = await joinStudent(session.joinCode, "Ana");
  const formula = await joinStudent(session.joinCode, '=HYPERLINK("http://x")');
  await joinStudent(session.joinCode, "Zoë, the 2nd");
  const row = await env.DB.prepare("select question_ids from sessions where id = ?")
    .bind(session.sessionId)
    .first<{ question_ids: string }>();
  const questionIds = JSON.parse(row?.question_ids ?? "[]") as string[];
  const [q1 = "", q2 = "", q3 = ""] = questionIds;
  await answer(session.joinCode, ana, q1, wrongOption(q1));
  await answer(session.joinCode, ana, q2, correctOption(q2));
  await answer(session.joinCode, ana, q3, correctOption(q3));
  await answer(session.joinCode, formula, q2, correctOption(q2));

  const participants = await env.DB.prepare(
    "select id, nickname, joined_at, finished_at from participants where session_id = ? order by joined_at, rowid",
  )
    .bind(session.sessionId)
    .all<{ id: string; nickname: string; joined_at: number; finished_at: number | null }>();
  const answers = await env.DB.prepare("select * from answers where session_id = ? order by id")
    .bind(session.sessionId)
    .all<{
      participant_id: string;
      question_id: string;
      option_id: string;
      correct: number;
      response_ms: number;
      answered_at: number;
    }>();
  const stored = participants.results.map((participant) => ({
    nickname: participant.nickname,
    joinedAt: new Date(participant.joined_at).toISOString(),
    finishedAt: participant.finished_at === null ? "" : new Date(participant.finished_at).toISOString(),
    answers: answers.results
      .filter((row) => row.participant_id === participant.id)
      .map((row) => ({
        questionId: row.question_id,
        optionId: row.option_id,
        correct: row.correct === 1,
        responseMs: row.response_ms,
        answeredAt: new Date(row.answered_at).toISOString(),
      })),
  }));
  return { session, questionIds, stored };
}

/** The CSV text after checking the body starts with the UTF-8 byte order mark (text() would hide it). */
async function csvText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.slice(3));
}

function bearer(session: CreatedSession) {
  return { headers: { authorization: `Bearer ${session.instructorKey}` } };
}

function optionText(questionId: string, optionId: string): string {
  return questionFromBank(questionId).options.find((option) => option.id === optionId)?.text ?? "";
}

/** What a spreadsheet must show for a text cell: text starting with = + - @ TAB CR gets a leading quote. */
function shown(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function today(session: CreatedSession): Promise<string> {
  return env.DB.prepare("select created_at from sessions where id = ?")
    .bind(session.sessionId)
    .first<{ created_at: number }>()
    .then((row) => new Date(row?.created_at ?? 0).toISOString().slice(0, 10));
}

describe("the wide CSV export", () => {
  it("has one row per participant, checked cell by cell", async () => {
    const { session, questionIds, stored } = await playedSession();
    const response = await call(`/api/sessions/${session.sessionId}/export.csv?format=wide`, bearer(session));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="byline-medias-9b-week-1-${await today(session)}-wide.csv"`,
    );
    const body = await csvText(response);
    expect(body.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(body);

    const questions = questionIds.map(questionFromBank);
    const skills = (Object.keys(SKILL_NAMES) as (keyof typeof SKILL_NAMES)[]).filter((skill) =>
      questions.some((question) => question.skill === skill),
    );
    const header = rows[0] ?? [];
    expect(header.slice(0, 4)).toEqual(["nickname", "joined_at", "finished_at", "score"]);
    expect(header.slice(4, 4 + skills.length)).toEqual(skills.map((skill) => `percent_${skill}`));
    const labels = header.slice(4 + skills.length);
    expect(labels).toHaveLength(3);
    labels.forEach((label, index) => {
      expect(label.startsWith(`Q${index + 1} (${SKILL_NAMES[questions[index]?.skill ?? "sourcing"]}) `)).toBe(
        true,
      );
    });

    expect(rows).toHaveLength(1 + stored.length);
    for (const [index, participant] of stored.entries()) {
      const byQuestion = new Map(participant.answers.map((row) => [row.questionId, row.correct]));
      const right = questions.filter((question) => byQuestion.get(question.id) === true).length;
      const percents = skills.map((skill) => {
        const ofSkill = questions.filter((question) => question.skill === skill);
        const rightOfSkill = ofSkill.filter((question) => byQuestion.get(question.id) === true).length;
        return String(Math.round((100 * rightOfSkill) / ofSkill.length));
      });
      const cells = questions.map((question) =>
        byQuestion.has(question.id) ? (byQuestion.get(question.id) ? "1" : "0") : "",
      );
      expect(rows[index + 1]).toEqual([
        shown(participant.nickname),
        participant.joinedAt,
        participant.finishedAt,
        String(right),
        ...percents,
        ...cells,
      ]);
    }
    // The spot checks a teacher would make: Ana 2 right and finished; the formula neutralised; Zoë blank.
    expect(rows[1]?.slice(0, 4)).toEqual(["Ana", stored[0]?.joinedAt, stored[0]?.finishedAt, "2"]);
    expect(rows[1]?.slice(-3)).toEqual(["0", "1", "1"]);
    expect(rows[2]?.[0]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[3]?.[0]).toBe("Zoë, the 2nd");
    expect(rows[3]?.slice(-3)).toEqual(["", "", ""]);
  });
});

describe("the long CSV export", () => {
  it("has one row per answer, checked cell by cell", async () => {
    const { session, stored } = await playedSession();
    const response = await call(`/api/sessions/${session.sessionId}/export.csv?format=long`, bearer(session));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("-long.csv");
    const rows = parseCsv(await csvText(response));
    expect(rows[0]).toEqual([
      "participant",
      "question_id",
      "skill",
      "kind",
      "prompt",
      "chosen_option",
      "correct_option",
      "correct",
      "response_ms",
      "answered_at",
    ]);
    const expected = stored.flatMap((participant) =>
      participant.answers.map((row) => {
        const question = questionFromBank(row.questionId);
        return [
          shown(participant.nickname),
          row.questionId,
          question.skill,
          question.kind,
          shown(question.prompt),
          shown(optionText(row.questionId, row.optionId)),
          shown(optionText(row.questionId, question.correctOptionId)),
          String(row.correct),
          String(row.responseMs),
          row.answeredAt,
        ];
      }),
    );
    expect(rows.slice(1)).toEqual(expected);
    expect(rows).toHaveLength(5);
    expect(rows.slice(1).map((row) => row[7])).toEqual(["false", "true", "true", "true"]);
    for (const row of rows.slice(1)) expect(row[9]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe("the JSON export", () => {
  it("holds the session, its questions with answers, and each participant's score and answers", async () => {
    const { session, questionIds, stored } = await playedSession();
    const response = await call(`/api/sessions/${session.sessionId}/export.json`, bearer(session));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="byline-medias-9b-week-1-${await today(session)}.json"`,
    );
    const body = (await response.json()) as {
      session: { id: string; title: string; joinCode: string };
      questions: { id: string; correctOptionId: string }[];
      participants: {
        nickname: string;
        score: number;
        answers: { questionId: string; optionId: string; correct: boolean }[];
      }[];
    };
    expect(body.session).toMatchObject({
      id: session.sessionId,
      title: "Médias & 9B: week 1",
      joinCode: session.joinCode,
    });
    expect(body.questions.map((question) => [question.id, question.correctOptionId])).toEqual(
      questionIds.map((id) => [id, correctOption(id)]),
    );
    expect(body.participants.map((participant) => [participant.nickname, participant.score])).toEqual([
      ["Ana", 2],
      ['=HYPERLINK("http://x")', 1],
      ["Zoë, the 2nd", 0],
    ]);
    expect(
      body.participants.map((participant) =>
        participant.answers.map(({ questionId, optionId, correct }) => ({ questionId, optionId, correct })),
      ),
    ).toEqual(
      stored.map((participant) =>
        participant.answers.map(({ questionId, optionId, correct }) => ({ questionId, optionId, correct })),
      ),
    );
  });
});

describe("who may export", () => {
  const paths = (session: CreatedSession) => [
    `/api/sessions/${session.sessionId}/export.csv?format=wide`,
    `/api/sessions/${session.sessionId}/export.csv?format=long`,
    `/api/sessions/${session.sessionId}/export.json`,
  ];

  it("answers 401 without a key and 403 with a wrong key or another session's key", async () => {
    const [mine, other] = await Promise.all([createSession(), createSession()]);
    for (const path of paths(mine)) {
      const none = await call(path);
      expect(none.status).toBe(401);
      expect(await none.json()).toEqual({
        error: "This needs the session's instructor key: send Authorization: Bearer <instructorKey>.",
      });
      const wrong = await call(path, { headers: { authorization: `Bearer ${"x".repeat(22)}` } });
      expect(wrong.status).toBe(403);
      expect(await wrong.json()).toEqual({ error: "That instructor key does not open this session." });
      expect((await call(path, bearer(other))).status).toBe(403);
      expect((await call(path, { headers: { authorization: `Basic ${mine.instructorKey}` } })).status).toBe(
        401,
      );
    }
  });

  it("accepts the instructor cookie set when the session was created in the browser", async () => {
    const instructor = new TestBrowser();
    const created = await instructor.postForm("/sessions", {
      title: "Cookie class",
      questionCount: "2",
      shuffle: "on",
    });
    const sessionId = TestBrowser.location(created).split("/")[2] ?? "";
    const response = await instructor.get(`/api/sessions/${sessionId}/export.csv?format=wide`);
    expect(response.status).toBe(200);
    expect(parseCsv(await csvText(response))).toHaveLength(1);
  });

  it("answers 400 for an unknown format and 404 for a session that does not exist", async () => {
    const session = await createSession();
    const badFormat = await call(
      `/api/sessions/${session.sessionId}/export.csv?format=tall`,
      bearer(session),
    );
    expect(badFormat.status).toBe(400);
    expect(await badFormat.json()).toEqual({
      error: 'format: format is "wide" (one row per student) or "long" (one row per answer).',
    });
    const missing = await call(`/api/sessions/${"A".repeat(16)}/export.json`, bearer(session));
    expect(missing.status).toBe(404);
  });
});
