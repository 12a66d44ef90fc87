import { describe, expect, it } from "vitest";
import { findAttributions } from "./attributions";
import { findHedges, findUnsupportedClaimMarkers } from "./hedges";
import { splitSentences } from "./sentences";

function analyse(text: string) {
  const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
  return { sentences, attributions: findAttributions(text, sentences) };
}

function hedgesIn(text: string): string[] {
  const { sentences, attributions } = analyse(text);
  return findHedges(sentences, attributions).map((hedge) => hedge.cue);
}

function markersIn(text: string): string[] {
  return findUnsupportedClaimMarkers(analyse(text).sentences).map((marker) => marker.text);
}

describe("findHedges", () => {
  it("finds claims that float free of any source", () => {
    expect(
      hedgesIn(
        "Six soldiers were reportedly killed. It's expected that the army will continue. The commander is said to have fled. Earlier reports appeared that a base was planned. The site was allegedly used as an academy.",
      ),
    ).toEqual(["reportedly", "It's expected", "is said to", "Earlier reports appeared", "allegedly"]);
  });

  it("keeps a hedge in a sentence whose only attribution is a stance: nobody named says it", () => {
    expect(hedgesIn("The governor is reportedly planning to sign the bill on Friday.")).toEqual([
      "reportedly",
    ]);
  });

  it("finds an expectation that nobody is named as holding", () => {
    expect(hedgesIn("The truce is expected to be reviewed on Friday.")).toEqual(["is expected to"]);
  });

  it("ignores a hedge in a sentence that names its source, even a vague one", () => {
    expect(hedgesIn("The ministry said the convoy was reportedly hit twice.")).toEqual([]);
    expect(hedgesIn("The library is expected to open in 2027, officials said.")).toEqual([]);
  });

  it("finds nothing in plain attributed reporting", () => {
    expect(hedgesIn("The mayor said the library would open in May. Work began last year.")).toEqual([]);
  });

  it("gives offsets of the cue words", () => {
    const text = "Two villages were reportedly shelled.";
    const { sentences, attributions } = analyse(text);
    const [hedge] = findHedges(sentences, attributions);
    expect(hedge && text.slice(hedge.start, hedge.end)).toBe("reportedly");
  });
});

describe("findUnsupportedClaimMarkers", () => {
  it.each([
    ["However, no evidence was provided.", "no evidence was provided"],
    [
      "In this case, no visual evidence to confirm these claims was provided.",
      "no visual evidence to confirm these claims was provided",
    ],
    ["The figures could not be independently verified.", "could not be independently verified"],
    ["The ministry did not provide evidence for the claim.", "did not provide evidence"],
    ["He made the claim without offering any proof.", "without offering any proof"],
    ["Syria Free Voice could not independently confirm the account.", "could not independently confirm"],
    ["Her office has not provided evidence for that number.", "has not provided evidence"],
  ])("finds the marker in %j", (text, marker) => {
    expect(markersIn(text)).toEqual([marker]);
  });

  it("finds nothing when evidence was given", () => {
    expect(markersIn("The ministry published photos as evidence. Inspectors verified the site.")).toEqual([]);
  });
});
