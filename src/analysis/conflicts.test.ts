import { describe, expect, it } from "vitest";
import { findAttributions } from "./attributions";
import { findFigureConflicts } from "./conflicts";
import { splitSentences } from "./sentences";

function conflictsIn(text: string) {
  const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
  return findFigureConflicts(sentences, findAttributions(text, sentences));
}

describe("findFigureConflicts", () => {
  it("finds the same casualty count given differently by two sources", () => {
    const conflicts = conflictsIn(
      "According to the Syrian Observatory for Human Rights, over 100 members of militant groups were killed in clashes. The Russian Defense Ministry said that over 200 militants were killed or injured.",
    );
    expect(conflicts).toEqual([
      expect.objectContaining({
        about: "militants killed or injured",
        figures: [
          expect.objectContaining({ value: "over 100", source: "the Syrian Observatory for Human Rights" }),
          expect.objectContaining({ value: "over 200", source: "The Russian Defense Ministry" }),
        ],
      }),
    ]);
  });

  it("reads a count that follows its verb: 'killed 40 fighters'", () => {
    const conflicts = conflictsIn(
      "The army claimed that it killed 40 fighters. The Syrian Observatory for Human Rights said at least 15 rebels were killed.",
    );
    expect(conflicts[0]?.figures.map((figure) => [figure.value, figure.source])).toEqual([
      ["40", "The army"],
      ["at least 15", "The Syrian Observatory for Human Rights"],
    ]);
  });

  it("finds a figure restated by another source: 'the real number was', 'put the figure at', 'its share was'", () => {
    const figures = (text: string) =>
      conflictsIn(text).map((conflict) => conflict.figures.map((figure) => [figure.value, figure.source]));
    expect(
      figures(
        "At least 2,000 fighters have been flown to Tripoli, the Observatory reported. The LNA claimed the real number was more than 4,000.",
      ),
    ).toEqual([
      [
        ["At least 2,000", "the Observatory"],
        ["more than 4,000", "The LNA"],
      ],
    ]);
    expect(figures("The club said 9,412 supporters attended. Police put the figure at about 8,000.")).toEqual(
      [
        [
          ["9,412", "The club"],
          ["about 8,000", "Police"],
        ],
      ],
    );
  });

  it("pairs two sources' figures for the same named quantity", () => {
    const [conflict] = conflictsIn(
      "The finance officer, Helen Brandt, told councillors that general reserves stood at £11.2 million. Mr Ellison said the accounts showed general reserves of £12.4 million.",
    );
    expect(conflict?.about).toBe("reserve");
    expect(conflict?.figures.map((figure) => figure.value)).toEqual(["£11.2 million", "£12.4 million"]);
  });

  it("pairs the article's own casualty count with a source's count for the same place", () => {
    const conflicts = conflictsIn(
      "Shelling killed 9 civilians in the village of Ras Hamra on Sunday. Aid groups were kept away. Local officials said 15 civilians were killed in the Ras Hamra shelling.",
    );
    expect(conflicts).toEqual([
      expect.objectContaining({
        about: "civilians killed or injured in Ras Hamra",
        figures: [
          expect.objectContaining({ value: "9", source: "the article itself" }),
          expect.objectContaining({ value: "15", source: "Local officials" }),
        ],
      }),
    ]);
  });

  it("reports the article's own count against a source's once, however often the article repeats it", () => {
    const conflicts = conflictsIn(
      "Shelling killed 9 civilians in Ras Hamra. Local officials said 15 civilians were killed in Ras Hamra. The strike that killed 9 civilians in Ras Hamra was the worst this year.",
    );
    expect(conflicts.map((conflict) => conflict.figures.map((figure) => figure.value))).toEqual([
      ["9", "15"],
    ]);
  });

  it("does not pair the article's own count with a source's count for another place or day", () => {
    expect(
      conflictsIn(
        "Shelling killed 9 civilians in Ras Hamra on Sunday. Local officials said 15 civilians were killed in Kafr Nabl.",
      ),
    ).toEqual([]);
    expect(
      conflictsIn(
        "Shelling killed 9 civilians in Ras Hamra on Sunday. Local officials said 15 civilians were killed in Ras Hamra on Friday.",
      ),
    ).toEqual([]);
  });

  it("does not pair figures about different groups", () => {
    expect(
      conflictsIn("Police said 12 civilians were injured. The army said that 3 soldiers were killed."),
    ).toEqual([]);
  });

  it("does not report agreement as a conflict, nor figures without a source", () => {
    expect(
      conflictsIn(
        "Police said 12 civilians were injured. Medics said 12 civilians were injured. 40 civilians were killed.",
      ),
    ).toEqual([]);
  });
});
