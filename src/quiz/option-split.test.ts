import { describe, expect, it } from "vitest";
import { mostTemptingWrongOption, splitByOption } from "./option-split";

const question = {
  id: "q1",
  correctOptionId: "b",
  options: [
    { id: "a", text: "Pro-government sources" },
    { id: "b", text: "The article does not say" },
    { id: "c", text: "A named official" },
  ],
};
const other = { id: "q2", correctOptionId: "x", options: [{ id: "x", text: "Yes" }] };

describe("the split of a class over a question's options", () => {
  it("counts each option in the question's own order, marks the key, and gives each share of the answers", () => {
    const [split] = splitByOption(
      [question],
      [
        { questionId: "q1", optionId: "a" },
        { questionId: "q1", optionId: "a" },
        { questionId: "q1", optionId: "b" },
        { questionId: "q1", optionId: null },
      ],
    );
    expect(split).toEqual({
      questionId: "q1",
      options: [
        { optionId: "a", text: "Pro-government sources", correct: false, count: 2, percent: 50 },
        { optionId: "b", text: "The article does not say", correct: true, count: 1, percent: 25 },
        { optionId: "c", text: "A named official", correct: false, count: 0, percent: 0 },
      ],
      noOption: 1,
      answered: 4,
    });
  });

  it("keeps questions apart and gives null shares while nobody has answered", () => {
    const splits = splitByOption([question, other], [{ questionId: "q2", optionId: "x" }]);
    expect(splits.map((split) => split.answered)).toEqual([0, 1]);
    expect(splits[0]?.options.map((option) => option.percent)).toEqual([null, null, null]);
    expect(splits[1]?.options[0]).toMatchObject({ count: 1, percent: 100, correct: true });
  });

  it("ignores answers to questions that are not asked, and counts an unknown option only as an answer", () => {
    const [split] = splitByOption(
      [question],
      [
        { questionId: "elsewhere", optionId: "a" },
        { questionId: "q1", optionId: "zz" },
        { questionId: "q1", optionId: "c" },
      ],
    );
    expect(split?.answered).toBe(2);
    expect(split?.options.map((option) => option.count)).toEqual([0, 0, 1]);
  });

  it("names the wrong option that tempted most students, the first of a tie, and none when all were right", () => {
    const [tempted] = splitByOption(
      [question],
      ["a", "c", "c", "a", "b", "b", "b"].map((optionId) => ({ questionId: "q1", optionId })),
    );
    expect(tempted && mostTemptingWrongOption(tempted)?.optionId).toBe("a");
    const [allRight] = splitByOption([question], [{ questionId: "q1", optionId: "b" }]);
    expect(allRight && mostTemptingWrongOption(allRight)).toBeUndefined();
  });
});
