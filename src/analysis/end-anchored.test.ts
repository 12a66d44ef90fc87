import { describe, expect, it } from "vitest";
import { endAnchored } from "./end-anchored";

describe("endAnchored", () => {
  const verbBefore = /(?<!\bso-)\b(?:\p{L}{3,}ed|took)\s+$/iu;
  const fromEnd = endAnchored(verbBefore);
  const texts = [
    "the army had suffered ",
    "what he so-called ",
    "the army took ",
    "the army took",
    "",
    "Reported ",
    "the minister told reporters in the capital on Friday that the plan ",
  ];

  it("says yes or no as the pattern does", () => {
    for (const text of texts) expect(fromEnd.test(text), text).toBe(verbBefore.test(text));
  });

  it("gives the pattern's own match, groups and index", () => {
    const aside = /,\s+([^,]{2,80}),\s*$/;
    const text = "The spokesman, Ann Lee, ";
    expect(endAnchored(aside).exec(text)).toEqual(aside.exec(text));
    expect(endAnchored(aside).exec(text)?.[1]).toBe("Ann Lee");
    expect(endAnchored(aside).exec("no aside here")).toBeNull();
  });

  it("refuses a pattern whose $ ends only one of its branches, or that is not anchored at the end", () => {
    expect(() => endAnchored(/said|told$/)).toThrow();
    expect(() => endAnchored(/said/)).toThrow();
    expect(() => endAnchored(/said$/g)).toThrow();
    expect(() => endAnchored(/(?:said|told)$/)).not.toThrow();
    expect(() => endAnchored(/[|]said$/)).not.toThrow();
  });
});
