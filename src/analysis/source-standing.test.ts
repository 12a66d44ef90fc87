import { describe, expect, it } from "vitest";
import { attributionStanding, saysWho, standingOfSource } from "./source-standing";

describe("where a source stands (docs/sourcing-model.md)", () => {
  it("counts a named monitor, agency or person with no part in the fighting as named and accountable", () => {
    expect(
      standingOfSource("the pro-opposition Syrian Observatory for Human Rights", "organisation", null),
    ).toBe("named-accountable");
    expect(standingOfSource("a UN spokesperson", "named-person", null)).toBe("named-accountable");
    expect(standingOfSource("Jane Roe", "named-person", null)).toBe("named-accountable");
  });

  it("counts a party to the conflict, its ministries, officers and media as named but interested", () => {
    for (const source of [
      "The Russian Defense Ministry",
      "the Russian Defense Ministry's Zvezda TV",
      "ISIS",
      "Central Command chief General Kenneth McKenzie",
      "Russia",
      "the US military",
    ]) {
      expect(standingOfSource(source, "organisation", null), source).toBe("named-interested");
    }
  });

  it("counts reports, sources, local or partisan sources and activists as vague, whatever the detector called them", () => {
    expect(standingOfSource("reports", "vague", null)).toBe("vague");
    expect(standingOfSource("Local sources", "vague", null)).toBe("vague");
    expect(standingOfSource("pro-militant sources", "partisan-unnamed", null)).toBe("vague");
    expect(standingOfSource("activists", "organisation", null)).toBe("vague");
    expect(standingOfSource("pro-government media", "media-outlet", null)).toBe("vague");
  });

  it("reads a pronoun as its referent: vague when the referent is unnamed sources or unknown", () => {
    expect(standingOfSource("them", "pronoun", "Media outlets affiliated with Hayat Tahrir al-Sham")).toBe(
      "vague",
    );
    expect(standingOfSource("they", "pronoun", null)).toBe("vague");
    expect(standingOfSource("it", "pronoun", "The Russian Defense Ministry")).toBe("named-interested");
    expect(
      attributionStanding({
        source: "he",
        sourceKind: "pronoun",
        resolvedSource: "General Kenneth McKenzie",
      }),
    ).toBe("named-interested");
  });

  it("never lets a vague source or no source count as saying who", () => {
    expect(saysWho("vague")).toBe(false);
    expect(saysWho("none")).toBe(false);
    expect(saysWho("named-interested")).toBe(true);
    expect(saysWho("named-accountable")).toBe(true);
  });
});
