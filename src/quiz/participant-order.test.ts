import { describe, expect, it } from "vitest";
import { orderOptions, orderQuestionIds } from "./participant-order";

const IDS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"];

function options(...texts: string[]) {
  return texts.map((text, index) => ({ id: `o${index + 1}`, text }));
}

describe("each participant's question order", () => {
  it("is the same for the same seed, so a refresh or a new device shows the same order", () => {
    expect(orderQuestionIds(IDS, 11, true)).toEqual(orderQuestionIds(IDS, 11, true));
  });

  it("differs between participants and holds every question once", () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => orderQuestionIds(IDS, seed, true).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect([...orderQuestionIds(IDS, 3, true)].sort()).toEqual(IDS);
  });

  it("is the session's order when shuffling is off", () => {
    expect(orderQuestionIds(IDS, 11, false)).toEqual(IDS);
  });
});

describe("each participant's option order", () => {
  const four = options("Reuters", "SANA", "The Syrian Observatory", "A Russian ministry");

  it("is stable for a participant and a question", () => {
    expect(orderOptions(four, 5, "q1", true)).toEqual(orderOptions(four, 5, "q1", true));
  });

  it("varies between questions and between participants", () => {
    const byQuestion = new Set(
      IDS.map((id) =>
        orderOptions(four, 5, id, true)
          .map((o) => o.id)
          .join(),
      ),
    );
    const bySeed = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        orderOptions(four, seed, "q1", true)
          .map((o) => o.id)
          .join(),
      ),
    );
    expect(byQuestion.size).toBeGreaterThan(1);
    expect(bySeed.size).toBeGreaterThan(1);
  });

  it("keeps a last-resort option at the end", () => {
    const withFallback = options("Reuters", "SANA", "The Observatory", "The article does not say");
    for (let seed = 0; seed < 20; seed++) {
      expect(orderOptions(withFallback, seed, "q1", true).at(-1)?.text).toBe("The article does not say");
    }
  });

  it("is the question's order when shuffling is off", () => {
    expect(orderOptions(four, 5, "q1", false)).toEqual(four);
  });
});
