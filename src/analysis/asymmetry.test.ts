import { describe, expect, it } from "vitest";
import { findAsymmetries } from "./asymmetry";
import { splitSentences } from "./sentences";

function asymmetriesIn(text: string) {
  return findAsymmetries(text, splitSentences(text, [{ start: 0, end: text.length }]));
}

/** Each asymmetry as its action and [actor, term] per side. */
function summary(text: string): [string, [string, string][]][] {
  return asymmetriesIn(text).map((found) => [
    found.action,
    found.sides.map((side) => [side.actor, side.term]),
  ]);
}

describe("findAsymmetries", () => {
  it("finds the army 'liberating' a town while militants 'capture' villages, reading 'they' as the subject before", () => {
    const text =
      "Army troops liberated the town of Misherfah. A coalition of Turkish-backed militant groups launched an attack. By Sunday, they had captured the villages of Saida and al-Wasta.";
    const [found] = asymmetriesIn(text);
    expect(found?.action).toBe("taking territory");
    expect(found?.sides.map((side) => [side.actor, side.term, side.sentence])).toEqual([
      ["Army troops", "liberated", 0],
      ["A coalition of Turkish-backed militant groups", "captured", 2],
    ]);
    for (const side of found?.sides ?? []) expect(text.slice(side.start, side.end)).toBe(side.term);
  });

  it("finds one side's killing 'eliminated' and the other's 'killed'", () => {
    expect(summary("Militant shelling killed 37 people. The army eliminated several militants.")).toEqual([
      [
        "killing",
        [
          ["Militant shelling", "killed"],
          ["The army", "eliminated"],
        ],
      ],
    ]);
  });

  it("finds a retreat told kindly for one side and as flight for the other", () => {
    expect(
      summary(
        "The army conducted a tactical withdrawal from the hill. The militants fled toward the border.",
      ),
    ).toEqual([
      [
        "withdrawing",
        [
          ["The army", "tactical withdrawal"],
          ["The militants", "fled"],
        ],
      ],
    ]);
  });

  it("takes the actor of a passive from its by-phrase and of 'fell to' from what follows", () => {
    expect(
      summary(
        "The village of Kafr Nabl was liberated by government forces. Then the town of Hish fell to rebels.",
      ),
    ).toEqual([
      [
        "taking territory",
        [
          ["government forces", "liberated"],
          ["rebels", "fell to"],
        ],
      ],
    ]);
  });

  it("reads past a time phrase to the subject and counts a claim reported with 'said' as the outlet's", () => {
    expect(
      summary(
        "Fighters of the revolution liberated the villages of Kafr Halab and Tal Marq, local sources said. Regime forces and Iranian militias seized the town of Maarat al-Numan. On Friday they captured Kafr Roumah.",
      ),
    ).toEqual([
      [
        "taking territory",
        [
          ["Fighters of the revolution", "liberated"],
          ["Regime forces and Iranian militias", "seized"],
          ["Regime forces and Iranian militias", "captured"],
        ],
      ],
    ]);
  });

  it("finds fighters 'massacred' by one side and 'killed' by the other", () => {
    expect(summary("Rebels massacred 40 soldiers at the base. The army killed 12 rebels.")).toEqual([
      [
        "killing",
        [
          ["Rebels", "massacred"],
          ["The army", "killed"],
        ],
      ],
    ]);
  });

  it("tells two armies apart by the names they carry", () => {
    expect(
      summary("Russian troops liberated the village of Pisky. Ukrainian troops occupied the town of Sudzha."),
    ).toEqual([
      [
        "taking territory",
        [
          ["Russian troops", "liberated"],
          ["Ukrainian troops", "occupied"],
        ],
      ],
    ]);
  });

  it("lists each actor and term once, keeping sides that do not contrast out", () => {
    const text =
      "Army troops liberated the town of Misherfah. Army troops liberated the village of Luwaybidah. Rebels captured the hill of Tal Dam. The SDF and the Syrian Army recaptured the villages of Saida.";
    expect(summary(text)).toEqual([
      [
        "taking territory",
        [
          ["Army troops", "liberated"],
          ["Rebels", "captured"],
        ],
      ],
    ]);
  });

  describe("no asymmetry", () => {
    it("when both sides get the same plain word", () => {
      expect(asymmetriesIn("Rebels captured two villages. The army captured a hill.")).toEqual([]);
    });

    it("when the words differ but lean the same way ('captured' and 'recaptured')", () => {
      expect(
        asymmetriesIn("Militants captured the village of Ejaz. The army recaptured the village of Sarjah."),
      ).toEqual([]);
    });

    it("when different words describe the same side", () => {
      expect(
        asymmetriesIn("Government forces liberated Luwaybidah. Syrian soldiers took control of Ghadqah."),
      ).toEqual([]);
    });

    it("when the actor of a passive or an infinitive is not named", () => {
      expect(
        asymmetriesIn(
          "Six soldiers were reportedly killed. The army hopes to liberate the valley. Militants killed two men.",
        ),
      ).toEqual([]);
    });

    it("when the verb is not about territory or people ('captured the imagination', 'captured five soldiers')", () => {
      expect(
        asymmetriesIn(
          "The film captured the imagination of viewers. Rebels captured five soldiers. The army liberated the town of Tah.",
        ),
      ).toEqual([]);
    });

    it("when 'massacred' is about civilians, for whom it is often the plain word", () => {
      expect(asymmetriesIn("Gunmen massacred 30 villagers in the north. The army killed 12 gunmen.")).toEqual(
        [],
      );
    });

    it("when the people who flee are civilians, not a side", () => {
      expect(asymmetriesIn("Civilians fled the fighting. The army conducted a tactical withdrawal.")).toEqual(
        [],
      );
    });

    it("when a sentence holds a claim at arm's length or quotes someone", () => {
      expect(
        asymmetriesIn(
          "Rebels captured the village of Ejaz. State media claimed the army liberated the town of Tah. “We liberated the town of Hish,” a commander told reporters.",
        ),
      ).toEqual([]);
    });
  });
});
