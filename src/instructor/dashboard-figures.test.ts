import { describe, expect, it } from "vitest";
import { summariseSession } from "./dashboard-figures";
import { ANSWERS, PARTICIPANTS, QUESTIONS } from "./results-fixture";

describe("the dashboard figures", () => {
  const figures = summariseSession({ questions: QUESTIONS, participants: PARTICIPANTS, answers: ANSWERS });

  it("lists each participant's progress and score", () => {
    expect(
      figures.roster.map(({ nickname, answered, correct, total, finished }) => [
        nickname,
        answered,
        correct,
        total,
        finished,
      ]),
    ).toEqual([
      ["Ana", 3, 2, 3, true],
      ['Bo, the "second"', 1, 0, 3, false],
      ["Cy", 0, 0, 3, false],
    ]);
  });

  it("gives each question's accuracy among those who answered it", () => {
    expect(
      figures.questions.map(({ position, answered, correct, percent }) => [
        position,
        answered,
        correct,
        percent,
      ]),
    ).toEqual([
      [1, 2, 1, 50],
      [2, 1, 0, 0],
      [3, 1, 1, 100],
    ]);
  });

  it("splits each question's answers over its options, the key marked", () => {
    expect(
      figures.questions.map(({ split }) => split.options.map((option) => [option.count, option.correct])),
    ).toEqual([
      [
        [1, false],
        [1, true],
      ],
      [
        [1, false],
        [0, true],
      ],
      [
        [0, false],
        [1, true],
      ],
    ]);
  });

  it("labels questions with their number, skill and the start of the prompt", () => {
    expect(figures.questions[0]?.label).toBe("Q1 (Sourcing) Who produced this piece?");
    expect(figures.questions[2]?.label).toBe("Q3 (Sourcing) What kind of source does the casualty…");
  });

  it("gives the class's mastery per skill: correct out of answered", () => {
    expect(figures.skills).toEqual([
      { skill: "sourcing", answered: 3, correct: 2, percent: 67 },
      { skill: "loaded-language", answered: 1, correct: 0, percent: 0 },
    ]);
  });

  it("shows no percentage for a question nobody has answered", () => {
    const empty = summariseSession({ questions: QUESTIONS, participants: PARTICIPANTS, answers: [] });
    expect(empty.questions.map((q) => q.percent)).toEqual([null, null, null]);
    expect(empty.skills.map((s) => s.percent)).toEqual([null, null]);
  });

  it("ranks the leaderboard by correct answers first", () => {
    expect(figures.leaderboard.map((row) => row.nickname)).toEqual(["Ana", 'Bo, the "second"', "Cy"]);
  });

  it("breaks a tie on correct answers by the time taken over the correct answers", () => {
    const tied = summariseSession({
      questions: QUESTIONS,
      participants: PARTICIPANTS.slice(0, 2),
      answers: [
        { ...ANSWERS[0], participantId: "p-ana", responseMs: 9000 } as (typeof ANSWERS)[number],
        { ...ANSWERS[0], participantId: "p-bo", responseMs: 2000 } as (typeof ANSWERS)[number],
      ],
    });
    expect(tied.leaderboard.map((row) => row.nickname)).toEqual(['Bo, the "second"', "Ana"]);
  });
});
