import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { findHeadlineAttributions } from "./headline-attributions";
import { HEADLINE_SENTENCE } from "./types";

function headlinePairs(headline: string) {
  return findHeadlineAttributions(headline, { start: 0, end: headline.length }).map((item) =>
    item.modality ? [item.source, item.cue, item.modality] : [item.source, item.cue],
  );
}

describe("findHeadlineAttributions", () => {
  it("reads a speaker before a colon, and a topic after the name: 'Ruiz: …', 'Okafor on Rents: …'", () => {
    expect(headlinePairs("Ruiz: Harbour Levy Won’t Pass Before Spring")).toEqual([["Ruiz", ":"]]);
    expect(headlinePairs("Mayor Okafor on Rents: ‘We Are Out of Time’")).toEqual([
      ["Mayor Okafor", "on Rents:"],
    ]);
  });

  it("does not take a section label or a long phrase before a colon for a speaker", () => {
    expect(headlinePairs("The Latest: Storm closes the coast road")).toEqual([]);
    expect(headlinePairs("Video: Battle for the Bridge: Rebels Advance")).toEqual([]);
    expect(headlinePairs("Northport's New Ferry to the Islands: Five Things to Know")).toEqual([]);
  });

  it("reads a reporting verb in the present, leading or trailing: 'X urges …', '…, X Says.'", () => {
    expect(headlinePairs("The Latest: Senator Vance urges voters to check their polling place")).toEqual([
      ["Senator Vance", "urges"],
    ]);
    expect(headlinePairs("Port Strike Could End by Friday, Union Leader Says.")).toEqual([
      ["Union Leader", "Says"],
    ]);
    expect(headlinePairs("Nurses' union endorses Okafor")).toEqual([["Nurses' union", "endorses"]]);
    expect(headlinePairs("Harlow declines to comment on store closures")).toEqual([
      ["Harlow", "declines", "negated"],
    ]);
  });

  it("needs a source before the verb and the verb's own context: 'Calls grow for …', 'Shares decline 3%'", () => {
    expect(headlinePairs("Calls grow for an inquiry into the fire")).toEqual([]);
    expect(headlinePairs("Harlow shares decline 3% after warning")).toEqual([]);
    expect(headlinePairs("Okafor double sends Rovers into the final")).toEqual([]);
  });

  it("puts headline attributions first in an analysis, where the question bank does not read them", () => {
    const analysis = analyzeArticle(
      "Ferry Talks Will Resume, Union Says\n\nBy A. Writer\n\nThe union said talks would resume on Monday.\n",
    );
    expect(analysis.attributions.map((item) => [item.source, item.cue, item.sentence])).toEqual([
      ["Union", "Says", HEADLINE_SENTENCE],
      ["The union", "said", 0],
    ]);
  });
});
