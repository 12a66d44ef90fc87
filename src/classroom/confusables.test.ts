import { describe, expect, it } from "vitest";
import { foldConfusables } from "./confusables";

describe("folding look-alike characters", () => {
  it("folds Greek and Cyrillic letters that look Latin to the Latin letter", () => {
    expect(foldConfusables("B\u03bfb")).toBe("bob"); // Greek small omicron
    expect(foldConfusables("\u0392\u039f\u0392")).toBe("bob"); // Greek capitals
    expect(foldConfusables("\u0412\u041e\u0412")).toBe("bob"); // Cyrillic capitals
    expect(foldConfusables("\u0430\u0440\u0440\u0435\u0455")).toBe("appes"); // Cyrillic small letters
  });

  it("folds full-width and styled letters (NFKC) and case, including ß", () => {
    expect(foldConfusables("\uff22\uff4f\uff42")).toBe("bob");
    expect(foldConfusables("\ud835\udc01\ud835\udc28\ud835\udc1b")).toBe("bob"); // mathematical bold
    expect(foldConfusables("STRASSE")).toBe(foldConfusables("straße"));
  });

  it("removes invisible characters: zero-width space and joiner, soft hyphen, fillers, variation selectors", () => {
    for (const invisible of ["\u200b", "\u200d", "\u00ad", "\u3164", "\ufe0f", "\u2060", "\u034f"]) {
      expect(foldConfusables(`Bo${invisible}b`), JSON.stringify(invisible)).toBe("bob");
    }
  });

  it("keeps accents, so Zoë and Zoe stay two names, and folds a Cyrillic ё like ë", () => {
    expect(foldConfusables("Zo\u00eb")).not.toBe(foldConfusables("Zoe"));
    expect(foldConfusables("Zoe\u0308")).toBe(foldConfusables("Zo\u00eb"));
    expect(foldConfusables("\u0451")).toBe("\u00eb");
  });

  it("keeps Greek and Cyrillic names that look like no Latin name apart from Latin ones", () => {
    expect(foldConfusables("\u041e\u043b\u044c\u0433\u0430")).not.toBe(foldConfusables("Olga"));
    expect(foldConfusables("\u03a3\u03bf\u03c6\u03af\u03b1")).not.toBe(foldConfusables("Sofia"));
    expect(foldConfusables("\u041e\u043b\u044c\u0433\u0430")).toBe("o\u043b\u044c\u0433a");
  });
});
