import { describe, expect, it } from "vitest";
import {
  attributionStanding,
  roleAround,
  saysWho,
  standingOfRole,
  standingOfSource,
} from "./source-standing";

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

  it("counts the committee whose decision the story is about, and its own survey, as a side (review round 6)", () => {
    expect(standingOfSource("The committee's own survey", "organisation", null)).toBe("named-interested");
    expect(standingOfSource("the planning committee", "organisation", null)).toBe("named-interested");
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

  it("reads a report credited to a named body as named, whatever the detector called it", () => {
    expect(standingOfSource("a report by the charity Screen Aware", "vague", null)).toBe("named-accountable");
    expect(standingOfSource("a report by the Defence Ministry", "vague", null)).toBe("named-interested");
    expect(standingOfSource("reports", "vague", null)).toBe("vague");
  });

  it("never lets a vague source or no source count as saying who", () => {
    expect(saysWho("vague")).toBe(false);
    expect(saysWho("none")).toBe(false);
    expect(saysWho("named-interested")).toBe(true);
    expect(saysWho("named-accountable")).toBe(true);
  });
});

describe("the role that introduces a named person", () => {
  it("reads the appositive before the name and the one between the name and its cue", () => {
    const sentence = { start: 0, text: "The mayor's spokesperson, Ivo Penn, said the road would reopen." };
    const at = (name: string, cue: string) => ({
      sourceKind: "named-person" as const,
      sourceSpan: { start: sentence.text.indexOf(name), end: sentence.text.indexOf(name) + name.length },
      cueSpan: { start: sentence.text.indexOf(cue), end: sentence.text.indexOf(cue) + cue.length },
    });
    expect(roleAround(at("Ivo Penn", "said"), sentence)).toBe("The mayor's spokesperson");
    const after = { start: 0, text: "Ada Moss, a nurse at Elden General Hospital, said beds were full." };
    const name = "Ada Moss";
    expect(
      roleAround(
        {
          sourceKind: "named-person",
          sourceSpan: { start: 0, end: name.length },
          cueSpan: { start: after.text.indexOf("said"), end: after.text.indexOf("said") + 4 },
        },
        after,
      ),
    ).toBe("a nurse at Elden General Hospital");
  });

  it("gives a side to a party's or a speaking role, none to an outsider's, and says nothing for a plain job", () => {
    expect(standingOfRole("The President's spokesperson")).toBe("named-interested");
    expect(standingOfRole("Its founder")).toBe("named-interested");
    expect(standingOfRole("a spokesperson for the Harbour Workers' Union")).toBe("named-interested");
    expect(standingOfRole("A UN spokesperson")).toBe("named-accountable");
    expect(standingOfRole("a nurse at Elden General Hospital")).toBeNull();
    expect(standingOfRole("a transport researcher at Elden University")).toBeNull();
  });

  it("gives a side to the business the story is about: 'the operator', 'the company', 'the developer'", () => {
    expect(standingOfRole("the operator")).toBe("named-interested");
    expect(standingOfRole("the ferry operator")).toBe("named-interested");
    expect(standingOfRole("the developer")).toBe("named-interested");
    expect(standingOfRole("an analyst at the broker Calder & Finch")).toBeNull();
  });
});
