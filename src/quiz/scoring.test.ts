import { describe, expect, it } from "vitest";
import { isCorrectOption, percent, scoreBySkill } from "./scoring";

describe("checking an answer", () => {
  const question = {
    correctOptionId: "b",
    options: [
      { id: "a", text: "Reuters" },
      { id: "b", text: "SANA" },
    ],
  };

  it("is right for the correct option and wrong for another", () => {
    expect(isCorrectOption(question, "b")).toBe(true);
    expect(isCorrectOption(question, "a")).toBe(false);
  });

  it("is null for an option of another question", () => {
    expect(isCorrectOption(question, "zz")).toBeNull();
  });
});

describe("scores per skill", () => {
  const questions = [
    { id: "s1", skill: "sourcing" as const },
    { id: "s2", skill: "sourcing" as const },
    { id: "s3", skill: "sourcing" as const },
    { id: "l1", skill: "loaded-language" as const },
  ];

  it("counts correct answers out of the skill's questions, unanswered ones counting as not correct", () => {
    const scores = scoreBySkill(questions, [
      { questionId: "s1", correct: true },
      { questionId: "s2", correct: false },
      { questionId: "l1", correct: true },
    ]);
    expect(scores).toEqual([
      { skill: "sourcing", total: 3, answered: 2, correct: 1, percent: 33 },
      { skill: "loaded-language", total: 1, answered: 1, correct: 1, percent: 100 },
    ]);
  });

  it("leaves out skills the quiz does not ask about and ignores answers to other questions", () => {
    const scores = scoreBySkill(questions.slice(3), [{ questionId: "zz", correct: true }]);
    expect(scores).toEqual([{ skill: "loaded-language", total: 1, answered: 0, correct: 0, percent: 0 }]);
  });

  it("rounds percentages to whole numbers and gives null for nothing out of nothing", () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(1, 8)).toBe(13);
    expect(percent(0, 0)).toBeNull();
  });
});
