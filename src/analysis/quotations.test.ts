import { describe, expect, it } from "vitest";
import { findQuotations } from "./quotations";
import { splitSentences } from "./sentences";
import type { Attribution, Sentence } from "./types";

function sentencesOf(text: string): Sentence[] {
  return splitSentences(text, [{ start: 0, end: text.length }]);
}

/** Each quotation as [the quoted text with its marks, its kind]. */
function quotesIn(text: string, attributions: Attribution[] = []): [string, string][] {
  return findQuotations(text, sentencesOf(text), attributions).map((quote) => [
    text.slice(quote.start, quote.end),
    quote.kind,
  ]);
}

/** A hand-made attribution: `source` said `claim`, both found in `text`. */
function attribution(text: string, source: string, claim: string): Attribution {
  const sourceStart = text.indexOf(source);
  const claimStart = text.indexOf(claim);
  return {
    source,
    sourceKind: "named-person",
    sourceSpan: { start: sourceStart, end: sourceStart + source.length },
    resolvedSource: source,
    cue: "said",
    cueSpan: { start: sourceStart + source.length + 1, end: sourceStart + source.length + 5 },
    cueTone: "neutral",
    claim,
    claimSpan: { start: claimStart, end: claimStart + claim.length },
    sentence: 0,
    start: sourceStart,
    end: sourceStart + source.length + 5,
  };
}

describe("findQuotations", () => {
  it("takes a short phrase that nobody is quoted as saying for a scare quote, with curly or straight marks", () => {
    expect(quotesIn("According to them, the “moderate opposition” just conducted a retreat.")).toEqual([
      ["“moderate opposition”", "scare"],
    ]);
    expect(quotesIn('The "Assad regime" suffered losses.')).toEqual([['"Assad regime"', "scare"]]);
  });

  it("keeps a scare quote inside a reported claim a scare quote", () => {
    expect(quotesIn("Rebel media claimed that the “Assad regime” suffered large casualties.")).toEqual([
      ["“Assad regime”", "scare"],
    ]);
  });

  it("takes words right after a reporting verb or before one, with their punctuation, for speech", () => {
    expect(
      quotesIn('“We will hold the line,” said the mayor. He said “never again”. "Enough," she added.'),
    ).toEqual([
      ["“We will hold the line,”", "speech"],
      ["“never again”", "speech"],
      ['"Enough,"', "speech"],
    ]);
  });

  it("takes words after 'told' and whoever was told for speech, whatever letter the name ends in", () => {
    expect(quotesIn("Ana told Zoë “a sham” at the meeting. Ben told reporters “a farce” too.")).toEqual([
      ["“a sham”", "speech"],
      ["“a farce”", "speech"],
    ]);
  });

  it("takes a partial quotation after a naming or promising verb for speech", () => {
    expect(
      quotesIn(
        "The minister called the strike “a crime”. Residents described the situation as “catastrophic”. The group vowed to “crush the enemy”. The opposition slammed the plan as “economic vandalism”.",
      ),
    ).toEqual([
      ["“a crime”", "speech"],
      ["“catastrophic”", "speech"],
      ["“crush the enemy”", "speech"],
      ["“economic vandalism”", "speech"],
    ]);
  });

  it("takes a quoted verb phrase for a partial quotation, not a scare quote", () => {
    expect(quotesIn("The army said it had “repelled attacks” overnight.")).toEqual([
      ["“repelled attacks”", "speech"],
    ]);
  });

  it("takes a quotation right after a verb for its object, someone's words", () => {
    expect(quotesIn('Kiev claimed that Russian units had suffered "heavy losses" in the fighting.')).toEqual([
      ['"heavy losses"', "speech"],
    ]);
  });

  it("takes every short piece of a sentence that quotes someone in pieces for speech", () => {
    expect(
      quotesIn('Pro-regime media claimed that the army had "cleansed" the villages of "terrorists".'),
    ).toEqual([
      ['"cleansed"', "speech"],
      ['"terrorists"', "speech"],
    ]);
  });

  it("takes a long passage or one in the first person for speech", () => {
    expect(
      quotesIn("The statement spoke of “a long and bloody night for the town”. It promised “our victory”."),
    ).toEqual([
      ["“a long and bloody night for the town”", "speech"],
      ["“our victory”", "speech"],
    ]);
  });

  it("takes names and words talked about for mentions", () => {
    expect(
      quotesIn(
        "The unit is known as the “Tiger Forces”. Turkey launched Operation “Peace Spring”. The word “regime” is loaded.",
      ),
    ).toEqual([
      ["“Tiger Forces”", "mention"],
      ["“Peace Spring”", "mention"],
      ["“regime”", "mention"],
    ]);
  });

  it("gives the words after 'X calls it' to X", () => {
    const text = 'Russia calls its invasion a "special military operation".';
    expect(findQuotations(text, sentencesOf(text), [])).toEqual([
      expect.objectContaining({ kind: "speech", speaker: "Russia" }),
    ]);
  });

  it("takes the words on a sign for a mention", () => {
    expect(quotesIn('Protesters carried signs reading "No more delays".')).toEqual([
      ['"No more delays"', "mention"],
    ]);
  });

  it("takes the term for what is learned or practised for a mention, but one doubted word for a scare quote", () => {
    expect(quotesIn('Pupils learn the "times tables" by heart.')).toEqual([['"times tables"', "mention"]]);
    expect(quotesIn('Children practise their "number bonds" daily.')).toEqual([
      ['"number bonds"', "mention"],
    ]);
    expect(quotesIn('Students learn the "facts" by rote.')).toEqual([['"facts"', "scare"]]);
  });

  it("gives what X calls “…” to X", () => {
    const [quote] = findQuotations(
      "Troops crossed the border in what Moscow calls a “special military operation”.",
      sentencesOf("Troops crossed the border in what Moscow calls a “special military operation”."),
      [],
    );
    expect(quote).toMatchObject({ kind: "speech", speaker: "Moscow" });
  });

  it("names the speaker from the attribution whose claim holds the quotation", () => {
    const text = "“These terrorists will pay,” said General Ivanov.";
    const [quote] = findQuotations(text, sentencesOf(text), [
      attribution(text, "General Ivanov", "These terrorists will pay"),
    ]);
    expect(quote).toMatchObject({ kind: "speech", speaker: "General Ivanov" });
  });

  it("follows a quotation across sentences of one paragraph", () => {
    expect(quotesIn("“We took the hill. The enemy ran,” he said.")).toEqual([
      ["“We took the hill. The enemy ran,”", "speech"],
    ]);
  });

  it("reads single quotation marks but never an apostrophe as one", () => {
    expect(quotesIn("Ma’ar Shimmareen fell; the militants’ lines broke and it’s over at Mu'laq.")).toEqual(
      [],
    );
    expect(quotesIn("The ‘moderate’ rebels withdrew. The 'liberated' town was empty.")).toEqual([
      ["‘moderate’", "scare"],
      ["'liberated'", "scare"],
    ]);
  });

  it("runs a quotation left open at the end of a paragraph to its end, as in a quotation of several paragraphs", () => {
    const text =
      "“The terrorists attacked at dawn. We lost three men.\n\n“We will hold the line,” the commander said.";
    const sentences = splitSentences(text, [
      { start: 0, end: text.indexOf("\n") },
      { start: text.lastIndexOf("“"), end: text.length },
    ]);
    expect(
      findQuotations(text, sentences, []).map((quote) => [
        text.slice(quote.inner.start, quote.inner.end),
        quote.kind,
      ]),
    ).toEqual([
      ["The terrorists attacked at dawn. We lost three men.", "speech"],
      ["We will hold the line,", "speech"],
    ]);
  });

  it("leaves a closing mark without its partner and an inch mark alone", () => {
    expect(quotesIn('The commander said we advance at dawn.” The 12" pipe burst.')).toEqual([]);
  });

  describe("names, terms and speech are not scare quotes", () => {
    it("takes a title in title case, a nickname and anything with a figure for a mention", () => {
      expect(
        quotesIn(
          "She wrote for “Morning Harbour Live” for years. Jonas “Jojo” Verbeek left. They met at “Gate 14” at dawn.",
        ),
      ).toEqual([
        ["“Morning Harbour Live”", "mention"],
        ["“Jojo”", "mention"],
        ["“Gate 14”", "mention"],
      ]);
    });

    it("takes a term followed by what it names, or by its definition, for a mention", () => {
      expect(
        quotesIn(
          'The “fair rent” scheme ends in May. The town banned "leaf blowers" - machines that blast air. Critics of the "right to roam," the old walking law, spoke up.',
        ),
      ).toEqual([
        ["“fair rent”", "mention"],
        ['"leaf blowers"', "mention"],
        ['"right to roam,"', "mention"],
      ]);
    });

    it("takes a term before the kind of attack, ritual or video it names, or after 'speak of', for a mention", () => {
      expect(
        quotesIn(
          "Police ruled out a “copycat” attack. Villagers keep the “first furrow” ritual. Editors prefer to speak of the “draft” plan.",
        ),
      ).toEqual([
        ["“copycat”", "mention"],
        ["“first furrow”", "mention"],
        ["“draft”", "mention"],
      ]);
    });

    it("takes a term introduced as a name or a short form for a mention", () => {
      expect(
        quotesIn(
          "The group, short for “Friends of the Canal”, met. Residents pay a levy, or a “bin tax”, each year.",
        ),
      ).toEqual([
        ["“Friends of the Canal”", "mention"],
        ["“bin tax”", "mention"],
      ]);
    });

    it("takes a short quotation inside a claim a named source reports with a plain verb for that source's words", () => {
      const text = "Mayor Ines Ruiz said on Monday that “outside troublemakers” had joined the march.";
      const [quote] = findQuotations(text, sentencesOf(text), [
        attribution(text, "Mayor Ines Ruiz", "“outside troublemakers” had joined the march"),
      ]);
      expect(quote).toMatchObject({ kind: "speech", speaker: "Mayor Ines Ruiz" });
    });

    it("keeps a scare quote in a claim put 'according to' someone or held at arm's length", () => {
      const text = "According to them, the “moderate opposition” just conducted a retreat.";
      const according = {
        ...attribution(text, "them", "the “moderate opposition” just conducted a retreat"),
        cue: "According to",
      };
      expect(findQuotations(text, sentencesOf(text), [according])).toEqual([
        expect.objectContaining({ kind: "scare" }),
      ]);
    });

    it("takes a phrase quoted as speech elsewhere in the article for speech when it comes back", () => {
      expect(
        quotesIn(
          "The letter said: “Every parish must show a generous response to the poor.” Nobody knows what a “generous response” costs.",
        ),
      ).toEqual([
        ["“Every parish must show a generous response to the poor.”", "speech"],
        ["“generous response”", "speech"],
      ]);
    });

    it("takes words after a verb of shouting or claiming, after a contracted 'is', or before their speaker for speech", () => {
      expect(
        quotesIn(
          "Fans kept shouting “out, out”. A leaflet claiming “rigged tests” circulated. She said it’s “careless” to wait. “Too slow,” Dr. Amal Idris added.",
        ),
      ).toEqual([
        ["“out, out”", "speech"],
        ["“rigged tests”", "speech"],
        ["“careless”", "speech"],
        ["“Too slow,”", "speech"],
      ]);
    });

    it("keeps a short quotation before 'the X said' speech, though a comma and 'the' follow it", () => {
      expect(quotesIn("“Enough,” the mayor said.")).toEqual([["“Enough,”", "speech"]]);
    });

    it("keeps a long quotation with a figure in it speech, not a mention", () => {
      expect(quotesIn("“We lost 3 boats and our whole season to the storm,” the skipper said.")).toEqual([
        ["“We lost 3 boats and our whole season to the storm,”", "speech"],
      ]);
    });

    it("always takes the quoted name after 'so-called' for a scare quote, even a title or a term", () => {
      expect(quotesIn('Troops fought for the so-called "Council of National Unity" in the east.')).toEqual([
        ['"Council of National Unity"', "scare"],
      ]);
    });

    it("takes a quotation before its speaker and a verb in the present tense for speech", () => {
      expect(
        quotesIn("“Hypocrisy,” the campaigners insist, is the real issue. “Reckless,” she argues."),
      ).toEqual([
        ["“Hypocrisy,”", "speech"],
        ["“Reckless,”", "speech"],
      ]);
    });

    it("gives the word after 'what X has described as an impending …' to X", () => {
      expect(
        quotesIn(
          "Troops gathered at the river to meet what the senator has described as an impending border “invasion.”",
        ),
      ).toEqual([["“invasion.”", "speech"]]);
    });

    it("takes a term followed by 'as defined by' for a mention", () => {
      expect(quotesIn("The drone flight did not count as a “search” as defined by the statute.")).toEqual([
        ["“search”", "mention"],
      ]);
    });

    it("takes a piece of someone's sentence, opening with a preposition or holding a modal or 'not', for speech", () => {
      expect(quotesIn("The guidance now allows communion “in special cases” for some couples.")).toEqual([
        ["“in special cases”", "speech"],
      ]);
      expect(quotesIn("Under the new guidance “one must welcome everyone” at the door.")).toEqual([
        ["“one must welcome everyone”", "speech"],
      ]);
      expect(quotesIn("The board found the old text “not a good translation” of the law.")).toEqual([
        ["“not a good translation”", "speech"],
      ]);
    });

    it("takes a quotation after a linking verb or a degree word for a piece of someone's sentence", () => {
      expect(
        quotesIn(
          "Neighbours heard the sirens get “louder and louder”. The cuts would see the clinic become “less useful”. Nobody wants to be too “soft”.",
        ),
      ).toEqual([
        ["“louder and louder”", "speech"],
        ["“less useful”", "speech"],
        ["“soft”", "speech"],
      ]);
    });

    it("gives a quotation joined to another in a list or a pair that one's kind", () => {
      expect(
        quotesIn(
          "The memo speaks of the “draft” budget rather than the “revised” budget, as the board asked.",
        ),
      ).toEqual([
        ["“draft”", "mention"],
        ["“revised”", "mention"],
      ]);
      expect(
        quotesIn("The chart lists “Blue Harbor,” “Night Train” and “Sparrows,” among the hits."),
      ).toEqual([
        ["“Blue Harbor,”", "mention"],
        ["“Night Train”", "mention"],
        ["“Sparrows,”", "mention"],
      ]);
    });

    it("keeps a quotation that only sits next to a mention, as a stacked word, a scare quote", () => {
      expect(quotesIn("He hates the nickname “Bulldozer” “critics” gave him.")).toEqual([
        ["“Bulldozer”", "mention"],
        ["“critics”", "scare"],
      ]);
    });

    it("takes a quotation that closes a named source's plain claim on its full stop for that source's words", () => {
      const text = "Chief Ann Lee said the driver had been speeding and “a danger to everyone.”";
      const [quote] = findQuotations(text, sentencesOf(text), [
        attribution(text, "Chief Ann Lee", "the driver had been speeding and “a danger to everyone"),
      ]);
      expect(quote).toMatchObject({ kind: "speech", speaker: "Chief Ann Lee" });
    });

    it("keeps a scare quote in a claim the writer reports in the first person", () => {
      const text = "I argued last week that the “reforms” would fail.";
      const writer = {
        ...attribution(text, "I", "the “reforms” would fail"),
        sourceKind: "pronoun" as const,
        cue: "argued",
      };
      expect(findQuotations(text, sentencesOf(text), [writer])).toEqual([
        expect.objectContaining({ kind: "scare" }),
      ]);
    });

    it("gives what someone's claim says a thing is, quoted, to the claimant", () => {
      const text = "Some commentators insist that the governor is a “sellout” at heart.";
      const claim = {
        ...attribution(text, "Some commentators", "the governor is a “sellout” at heart"),
        sourceKind: "vague" as const,
        cue: "insist",
        cueTone: "distancing" as const,
      };
      expect(findQuotations(text, sentencesOf(text), [claim])).toEqual([
        expect.objectContaining({ kind: "speech", speaker: "Some commentators" }),
      ]);
    });

    it("takes the object of a vow, or what someone is faulted or blamed for, for their words", () => {
      expect(
        quotesIn(
          "The senator vowed to defeat the “radical fringe”. The union criticised the board – and its chair, Ann Lee – for the “cuts”. Officials blamed the fire on “arsonists”.",
        ),
      ).toEqual([
        ["“radical fringe”", "speech"],
        ["“cuts”", "speech"],
        ["“arsonists”", "speech"],
      ]);
    });

    it("takes words repeated, invoked or cited, or whose speaker a clause after them names, for speech", () => {
      expect(
        quotesIn(
          "The minister reiterated at least twice the “national effort”. The mayor invoked the “spirit of the harbour” to defend the plan. Planners fear the “perfect storm” of which Dr. Ruiz warned.",
        ),
      ).toEqual([
        ["“national effort”", "speech"],
        ["“spirit of the harbour”", "speech"],
        ["“perfect storm”", "speech"],
      ]);
    });

    it("takes what someone views a thing as, or the words a text refers to, for speech", () => {
      expect(
        quotesIn(
          "Ms. Ruiz views the levy as a “stealth tax”. The report refers to the city’s “growth corridor” twice.",
        ),
      ).toEqual([
        ["“stealth tax”", "speech"],
        ["“growth corridor”", "speech"],
      ]);
    });

    it("takes a name something is known by, a title published, or a setting of an app for a mention", () => {
      expect(
        quotesIn(
          "Sailors know the reef only as “the Teeth”. The board will publish its annual “blue book” in May. Turn on the “quiet hours” option.",
        ),
      ).toEqual([
        ["“the Teeth”", "mention"],
        ["“blue book”", "mention"],
        ["“quiet hours”", "mention"],
      ]);
    });

    it("takes what a promise, a demand or a call is for, after an article, for speech", () => {
      expect(
        quotesIn("The union called for a “fair deal”. The rebels demanded the “return” of the valley."),
      ).toEqual([
        ["“fair deal”", "speech"],
        ["“return”", "speech"],
      ]);
    });

    it("takes words talked about as words for mentions", () => {
      expect(
        quotesIn(
          "Nobody knows what the managers mean by “flexible hours”. The slogan of “fair fares” spread. Voters who identify as “independent” were polled. He made a comment about the “harbour question”. The dictionary chose “doomscroll” as its word of the year.",
        ),
      ).toEqual([
        ["“flexible hours”", "mention"],
        ["“fair fares”", "mention"],
        ["“independent”", "mention"],
        ["“harbour question”", "mention"],
        ["“doomscroll”", "mention"],
      ]);
    });

    it("takes a quoted phrase holding 'no' for a piece of someone's sentence", () => {
      expect(quotesIn("The panel's talk of “no easy fixes” irritated farmers.")).toEqual([
        ["“no easy fixes”", "speech"],
      ]);
    });

    it("takes a phrase lifted whole with its article for someone's words, without making its neighbours speech", () => {
      expect(quotesIn("The board will reconsider the wisdom of “the chosen course” next year.")).toEqual([
        ["“the chosen course”", "speech"],
      ]);
      expect(quotesIn("The “solution” was to build “an entirely fresh framework” in town.")).toEqual([
        ["“solution”", "scare"],
        ["“an entirely fresh framework”", "speech"],
      ]);
    });

    it("takes a term before the kind of course or class it names, or glossed in square brackets, for a mention", () => {
      expect(quotesIn("Nuns now attend “shared formation” courses each spring.")).toEqual([
        ["“shared formation”", "mention"],
      ]);
      expect(quotesIn("As the “small council” [the 2010 meeting] showed, nothing changes.")).toEqual([
        ["“small council”", "mention"],
      ]);
    });

    it("takes words followed by the text that documents them for speech", () => {
      expect(
        quotesIn("Donors are said to feel “buyer's regret,” as documented in a new biography of the chair."),
      ).toEqual([["“buyer's regret,”", "speech"]]);
      expect(quotesIn("Her “crusade,” as reported by the Gazette, cost the town dearly.")).toEqual([
        ["“crusade,”", "speech"],
      ]);
    });

    it("takes a short quotation in the claim of one person described or of a document for their words", () => {
      const said = (text: string, source: string, claim: string, cue = "said") => ({
        ...attribution(text, source, claim),
        sourceKind: "vague" as const,
        cue,
      });
      const cardinal = "Later the cardinal said that older members' “needs” had changed.";
      expect(
        findQuotations(cardinal, sentencesOf(cardinal), [
          said(cardinal, "the cardinal", "older members' “needs” had changed"),
        ]),
      ).toEqual([expect.objectContaining({ kind: "speech", speaker: "the cardinal" })]);
      const report = "The report shows that “care circles” were set up in every town.";
      expect(
        findQuotations(report, sentencesOf(report), [
          said(report, "The report", "“care circles” were set up in every town", "shows"),
        ]),
      ).toEqual([expect.objectContaining({ kind: "speech" })]);
      // Unnamed officials, and a described person's wish, still leave the writer's doubt a scare quote.
      const officials = "Officials said that the “reforms” had worked.";
      expect(
        findQuotations(officials, sentencesOf(officials), [
          said(officials, "Officials", "the “reforms” had worked"),
        ]),
      ).toEqual([expect.objectContaining({ kind: "scare" })]);
      const wants = "The minister wants the “reforms” to pass.";
      expect(
        findQuotations(wants, sentencesOf(wants), [
          said(wants, "The minister", "the “reforms” to pass", "wants"),
        ]),
      ).toEqual([expect.objectContaining({ kind: "scare" })]);
    });

    it("takes a phrase the article gave as a term for a mention when it comes back, but not one word of it", () => {
      expect(
        quotesIn(
          "Staff take “active listening” courses. Nobody knows what is gained by “active listening” there.",
        ),
      ).toEqual([
        ["“active listening”", "mention"],
        ["“active listening”", "mention"],
      ]);
      expect(quotesIn("She dislikes the label “moderate”. Her “moderate” friends disagree.")).toEqual([
        ["“moderate”", "mention"],
        ["“moderate”", "scare"],
      ]);
    });

    it("takes a short quotation in a sentence a report between commas interrupts for that source's words", () => {
      const text = "That rule, declared the Harbour Council, covers only “seasonal” berths.";
      expect(findQuotations(text, sentencesOf(text), [])).toEqual([
        expect.objectContaining({ kind: "speech", speaker: "the Harbour Council" }),
      ]);
      expect(
        quotesIn(
          "Safety, Dr. Ruiz explained, comes first; that is why any talk of “acceptable losses” fails.",
        ),
      ).toEqual([["“acceptable losses”", "speech"]]);
      expect(
        quotesIn("The judge showed his hand, Lee writes — he will lean on “narrow readings” of the rule."),
      ).toEqual([["“narrow readings”", "speech"]]);
      // The writer's own aside, or an aside with no verb of saying, leaves the writer's doubt a scare quote.
      expect(quotesIn("The plan, I wrote, is a bold “reform” in name only.")).toEqual([
        ["“reform”", "scare"],
      ]);
      expect(quotesIn("The mayor, in a rare move, cut the “reforms” at once.")).toEqual([
        ["“reforms”", "scare"],
      ]);
    });

    it("takes the verb of a clause whose subject is a document for the document's words", () => {
      expect(quotesIn("The council passed a resolution that simply “urges” restraint.")).toEqual([
        ["“urges”", "speech"],
      ]);
      expect(quotesIn("He named bishops who “scandalize” the faithful.")).toEqual([
        ["“scandalize”", "scare"],
      ]);
    });

    it("takes a value in markup, a pronoun alone, names listed 'like' one, or a strategy's name for a mention", () => {
      expect(
        quotesIn('The post read: <embed pic="pic.example/x" author="harbourwatch"> Ferries ran late.'),
      ).toEqual([
        ['"pic.example/x"', "mention"],
        ['"harbourwatch"', "mention"],
      ]);
      expect(quotesIn("Nobody asks whether “she” is a “he” in that race.")).toEqual([
        ["“she”", "mention"],
        ["“he”", "mention"],
      ]);
      expect(quotesIn("He calls rivals names, like “weasels,” and moves on.")).toEqual([
        ["“weasels,”", "mention"],
      ]);
      expect(quotesIn("The senator's strategy of “patient pressure” failed.")).toEqual([
        ["“patient pressure”", "mention"],
      ]);
    });

    it("takes a quotation after 'being' for a piece of someone's sentence, as after 'be'", () => {
      expect(quotesIn("She scolded the press for being “shockingly lazy.”")).toEqual([
        ["“shockingly lazy.”", "speech"],
      ]);
    });

    it("carries a speech left open across paragraphs without marks to its closing mark, and no further", () => {
      const text =
        "The nurse said: “We were never told a thing.\n\nNobody came to the ward for days.\n\nIt was a cruel joke.”\n\nThe board met on Friday.";
      const paragraphs = text.split("\n\n").map((part) => {
        const start = text.indexOf(part);
        return { start, end: start + part.length };
      });
      expect(
        findQuotations(text, splitSentences(text, paragraphs), []).map((quote) => [
          text.slice(quote.start, quote.end),
          quote.kind,
        ]),
      ).toEqual([
        ["“We were never told a thing.", "speech"],
        ["Nobody came to the ward for days.", "speech"],
        ["It was a cruel joke.”", "speech"],
      ]);
    });

    it("still takes a short distancing phrase nobody is quoted as saying for a scare quote", () => {
      expect(quotesIn("The council hired more “experts” to study the bridge.")).toEqual([
        ["“experts”", "scare"],
      ]);
    });
  });
});
