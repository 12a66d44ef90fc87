import { describe, expect, it } from "vitest";
import { parseCsv } from "../../tests/helpers/csv";
import { toCsv } from "./csv-export";
import { exportDocument, exportFilename, longRows, wideRows } from "./export-tables";
import { ANSWERS, PARTICIPANTS, QUESTIONS } from "./results-fixture";

const INPUT = { questions: QUESTIONS, participants: PARTICIPANTS, answers: ANSWERS };

describe("the wide export", () => {
  const rows = parseCsv(toCsv(wideRows(INPUT)));

  it("has a header with the fixed columns, a percent per skill and a label per question", () => {
    expect(rows[0]).toEqual([
      "nickname",
      "joined_at",
      "finished_at",
      "score",
      "percent_sourcing",
      "percent_loaded-language",
      "Q1 (Sourcing) Who produced this piece?",
      'Q2 (Loaded language) Which word in "the terrorists were…',
      "Q3 (Sourcing) What kind of source does the casualty…",
    ]);
  });

  it("has one row per participant with 1, 0 or blank per question", () => {
    expect(rows.slice(1)).toEqual([
      ["Ana", "2026-11-20T09:00:00.000Z", "2026-11-20T09:05:00.000Z", "2", "100", "0", "1", "0", "1"],
      ['Bo, the "second"', "2026-11-20T09:01:00.000Z", "", "0", "0", "0", "0", "", ""],
      ["Cy", "2026-11-20T09:02:00.000Z", "", "0", "0", "0", "", "", ""],
    ]);
  });
});

describe("the long export", () => {
  const rows = parseCsv(toCsv(longRows(INPUT)));

  it("has one row per answer with the question, both options and the timing", () => {
    expect(rows).toEqual([
      [
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
      ],
      [
        "Ana",
        "q-src-1",
        "sourcing",
        "sourcing-kind",
        "Who produced this piece?",
        "SANA, the state news agency",
        "SANA, the state news agency",
        "true",
        "3000",
        "2026-11-20T09:03:00.000Z",
      ],
      [
        "Ana",
        "q-load-1",
        "loaded-language",
        "loaded-language-kind",
        'Which word in "the terrorists were liberated" takes sides?',
        "'=SUM(A1)",
        "SANA, the state news agency",
        "false",
        "4000",
        "2026-11-20T09:04:00.000Z",
      ],
      [
        "Ana",
        "q-src-2",
        "sourcing",
        "sourcing-kind",
        "What kind of source does the casualty figure rest on, according to the article?",
        "SANA, the state news agency",
        "SANA, the state news agency",
        "true",
        "5000",
        "2026-11-20T09:05:00.000Z",
      ],
      [
        'Bo, the "second"',
        "q-src-1",
        "sourcing",
        "sourcing-kind",
        "Who produced this piece?",
        "'=SUM(A1)",
        "SANA, the state news agency",
        "false",
        "3000",
        "2026-11-20T09:03:00.000Z",
      ],
    ]);
  });
});

describe("the JSON export", () => {
  const document = exportDocument({
    ...INPUT,
    session: {
      id: "s1",
      title: "Media week",
      joinCode: "K7QM4X",
      createdAt: new Date(Date.UTC(2026, 10, 20)),
      endedAt: null,
    },
  });

  it("describes the session and its questions with their answers", () => {
    expect(document.session).toMatchObject({
      id: "s1",
      title: "Media week",
      joinCode: "K7QM4X",
      endedAt: null,
    });
    expect(document.questions.map((q) => [q.position, q.id, q.correctOptionId])).toEqual([
      [1, "q-src-1", "q-src-1-b"],
      [2, "q-load-1", "q-load-1-b"],
      [3, "q-src-2", "q-src-2-b"],
    ]);
  });

  it("gives each participant's score, percent per skill and answers", () => {
    expect(document.participants[0]).toEqual({
      nickname: "Ana",
      joinedAt: "2026-11-20T09:00:00.000Z",
      finishedAt: "2026-11-20T09:05:00.000Z",
      score: 2,
      percentBySkill: { sourcing: 100, "loaded-language": 0 },
      answers: [
        {
          questionId: "q-src-1",
          optionId: "q-src-1-b",
          correct: true,
          timedOut: false,
          responseMs: 3000,
          answeredAt: "2026-11-20T09:03:00.000Z",
        },
        {
          questionId: "q-load-1",
          optionId: "q-load-1-a",
          correct: false,
          timedOut: false,
          responseMs: 4000,
          answeredAt: "2026-11-20T09:04:00.000Z",
        },
        {
          questionId: "q-src-2",
          optionId: "q-src-2-b",
          correct: true,
          timedOut: false,
          responseMs: 5000,
          answeredAt: "2026-11-20T09:05:00.000Z",
        },
      ],
    });
    expect(document.participants[2]?.answers).toEqual([]);
  });
});

describe("export file names", () => {
  const date = new Date(Date.UTC(2026, 10, 20, 23, 59));

  it("holds the session title and the date in UTC", () => {
    expect(exportFilename("Media Week: 9B", date, "wide", "csv")).toBe(
      "byline-media-week-9b-2026-11-20-wide.csv",
    );
  });

  it("keeps only ASCII letters and digits, folding accents", () => {
    expect(exportFilename("Éducation aux médias / Q&A", date, "", "json")).toBe(
      "byline-education-aux-medias-q-a-2026-11-20.json",
    );
  });

  it("falls back to 'session' for a title with no Latin letters", () => {
    expect(exportFilename("إعلام", date, "long", "csv")).toBe("byline-session-2026-11-20-long.csv");
  });
});
