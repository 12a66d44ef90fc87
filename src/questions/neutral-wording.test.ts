import { describe, expect, it } from "vitest";
import { recommendedWordings, takesSides } from "./neutral-wording";

describe("the wording a question may recommend", () => {
  it("knows a flagged label from a plain one", () => {
    expect(takesSides("terrorists")).toBe(true);
    expect(takesSides("militants")).toBe(false);
  });

  it("reads a word in the place it would go, where the lexicon's context rules decide", () => {
    const text = "On Monday the army killed several militants near the town.";
    const at = text.indexOf("killed");
    expect(takesSides("eliminated", { text, replaces: { start: at, end: at + 6 } })).toBe(true);
    expect(takesSides("killed", { text, replaces: { start: at, end: at + 6 } })).toBe(false);
  });

  it("reads back every phrasing the builders recommend with", () => {
    expect(recommendedWordings("A neutral writer might say “militants”.")).toEqual(["militants"]);
    expect(
      recommendedWordings("Neutral words: “militants”, “armed groups” or the group's own name."),
    ).toEqual(["militants", "armed groups"]);
    expect(recommendedWordings("Right: “allied groups” describes them without judging.")).toEqual([
      "allied groups",
    ]);
    expect(recommendedWordings("“took control of” keeps the facts and drops the judgement.")).toEqual([
      "took control of",
    ]);
    expect(recommendedWordings("“killed” says what happened without judging it.")).toEqual(["killed"]);
  });
});
