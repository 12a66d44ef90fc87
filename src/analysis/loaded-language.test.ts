import { describe, expect, it } from "vitest";
import { findAttributions } from "./attributions";
import { findLoadedTerms } from "./loaded-language";
import { splitSentences } from "./sentences";

function loadedIn(text: string) {
  const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
  return findLoadedTerms(text, sentences, findAttributions(text, sentences));
}

function termsIn(text: string): string[] {
  return loadedIn(text).map((term) => term.text);
}

describe("findLoadedTerms", () => {
  it("flags 'liberated' for a village taken by the army, with 'took control of' as the neutral wording", () => {
    const [term] = loadedIn("Army troops liberated the town of Misherfah.");
    expect(term).toMatchObject({
      text: "liberated",
      category: "positive-framing",
      voice: "author",
      neutral: expect.arrayContaining(["took control of"]),
    });
    expect(term?.explanation).toMatch(/side/);
  });

  it.each([
    ["Two weapon depots belonging to radicals were hit.", "radicals", "label"],
    ["The army eliminated several militants.", "eliminated", "euphemism"],
    ["The army continued steadily cleaning southern Idlib.", "cleaning", "euphemism"],
    ["The allies delivered a devastating blow to the rebels.", "devastating blow", "intensifier"],
    ["Air strikes pulverized fortified positions.", "pulverized", "intensifier"],
    ["Turkish proxies cannot act without Ankara.", "proxies", "label"],
    ["The commander called them vermin.", "vermin", "dehumanising"],
    ["Regime forces seized the town.", "Regime", "label"],
    ["The so-called Kurdish question was left open.", "so-called Kurdish question", "so-called"],
  ])("flags the loaded wording in %j", (text, words, category) => {
    expect(loadedIn(text)).toEqual([expect.objectContaining({ text: words, category })]);
  });

  it("never flags plain words such as said, civilians, fighters, troops, offensive or government forces", () => {
    expect(
      termsIn(
        "Government forces began an offensive, officials said. Fighters and troops clashed. Civilians fled the militants.",
      ),
    ).toEqual([]);
  });

  it("leaves innocent senses alone: diets, funds, sports, chemistry, cleaning crews, free radicals", () => {
    expect(
      termsIn(
        "Her dietary regime is strict. The deal liberated funds for schools. The team was eliminated from the cup. The base neutralised the acid. Cleaning crews cleared the street. Free radicals damage cells. The reform eliminated the need for permits.",
      ),
    ).toEqual([]);
  });

  it("does not flag a word inside a proper name", () => {
    expect(
      termsIn("He was charged under the Prevention of Terrorism Act and the Terrorist Finance Unit."),
    ).toEqual([]);
  });

  it("gives a quoted speaker's words the speaker's voice", () => {
    const [term] = loadedIn("“These terrorists will pay for every village,” said General Ivanov.");
    expect(term).toMatchObject({ text: "terrorists", voice: "quoted", speaker: "General Ivanov" });
  });

  it("gives words in a claim reported with 'claimed' to the claimant", () => {
    const [term] = loadedIn("Rebel media claimed that all reports of the advance were just propaganda.");
    expect(term).toMatchObject({ text: "propaganda", voice: "quoted", speaker: "Rebel media" });
  });

  it("flags scare quotes around a short phrase nobody is quoted as saying, as the author's device", () => {
    const terms = loadedIn("According to them, the “moderate opposition” just conducted a retreat.");
    expect(terms).toEqual([
      expect.objectContaining({ text: "“moderate opposition”", category: "scare-quotes", voice: "author" }),
    ]);
  });

  it("does not take a real quotation, a partial quotation or a name for scare quotes", () => {
    expect(
      termsIn(
        "“We will hold the line,” said the mayor. The army said it had “repelled attacks” overnight. The unit is known as the “Tiger Forces”.",
      ),
    ).toEqual([]);
  });

  it("puts offsets on the exact words of the text", () => {
    const text =
      "Intro sentence here. Then troops liberated al-Tah and the so-called “moderate opposition” fled.";
    for (const term of loadedIn(text)) expect(text.slice(term.start, term.end)).toBe(term.text);
  });
});
