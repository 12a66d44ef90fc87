import { describe, expect, it } from "vitest";
import { findAsymmetries } from "./asymmetry";
import { splitSentences } from "./sentences";

function asymmetriesIn(text: string) {
  return findAsymmetries(text, splitSentences(text, [{ start: 0, end: text.length }]));
}

describe("findAsymmetries", () => {
  it("finds the army 'liberating' a town while militants 'capture' villages", () => {
    const text =
      "Army troops liberated the town of Misherfah. A coalition of Turkish-backed militant groups launched an attack. By Sunday, they had captured the villages of Saida and al-Wasta.";
    const [found] = asymmetriesIn(text);
    expect(found?.action).toBe("taking territory");
    expect(found?.sides.map((side) => [side.actor, side.term])).toEqual([
      ["Army troops", "liberated"],
      ["A coalition of Turkish-backed militant groups", "captured"],
    ]);
    for (const side of found?.sides ?? []) expect(text.slice(side.start, side.end)).toBe(side.term);
  });

  it("finds one side's killing 'eliminated' and the other's 'killed'", () => {
    const [found] = asymmetriesIn(
      "Militant shelling killed 37 people. The army eliminated several militants.",
    );
    expect(found?.sides.map((side) => side.term)).toEqual(["killed", "eliminated"]);
  });

  it("finds nothing when both sides get the same plain word", () => {
    expect(asymmetriesIn("Rebels captured two villages. The army captured a hill.")).toEqual([]);
  });

  it("finds nothing when different words describe the same side", () => {
    expect(
      asymmetriesIn("Government forces liberated Luwaybidah. Syrian soldiers took control of Ghadqah."),
    ).toEqual([]);
  });

  it("ignores passive and infinitive uses, whose actor is not named", () => {
    expect(
      asymmetriesIn("Six soldiers were reportedly killed. The army hopes to liberate the valley."),
    ).toEqual([]);
  });
});
