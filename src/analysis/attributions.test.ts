import { describe, expect, it } from "vitest";
import { classifySource, findAttributions } from "./attributions";
import { splitSentences } from "./sentences";

function attributionsIn(text: string) {
  const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
  return findAttributions(text, sentences).map((item) => ({
    source: item.source,
    sourceKind: item.sourceKind,
    cue: item.cue,
    cueTone: item.cueTone,
    claim: item.claim,
    resolvedSource: item.resolvedSource,
    ...(item.modality ? { modality: item.modality } : {}),
  }));
}

/** Each attribution as [source, cue] and, when it has one, its modality. */
function pairsIn(text: string) {
  return attributionsIn(text).map((item) =>
    item.modality ? [item.source, item.cue, item.modality] : [item.source, item.cue],
  );
}

/** Each attribution's source and cue, in order: what most source-finding specs compare. */
function pairs(text: string) {
  return attributionsIn(text).map((item) => [item.source, item.cue]);
}

describe("findAttributions", () => {
  it("finds a leading 'according to X, …' with its claim after the comma", () => {
    expect(attributionsIn("According to pro-militant sources, at least 15 rockets were fired.")).toEqual([
      {
        source: "pro-militant sources",
        sourceKind: "partisan-unnamed",
        cue: "According to",
        cueTone: "neutral",
        claim: "at least 15 rockets were fired",
        resolvedSource: "pro-militant sources",
      },
    ]);
  });

  it("finds a trailing '…, according to X' with its claim before it", () => {
    const [found] = attributionsIn(
      "The bridge was destroyed overnight, according to two diplomats familiar with the plans.",
    );
    expect(found).toMatchObject({
      source: "two diplomats familiar with the plans",
      sourceKind: "vague",
      claim: "The bridge was destroyed overnight",
    });
  });

  it("finds 'X said that …' and 'X revealed on <date> that …' with the tone of the verb", () => {
    const found = attributionsIn(
      "The Russian Defense Ministry said that over 200 militants were killed. General Kenneth McKenzie revealed on November 23 that 500 troops remain.",
    );
    expect(found.map((item) => [item.source, item.sourceKind, item.cue, item.cueTone, item.claim])).toEqual([
      ["The Russian Defense Ministry", "organisation", "said", "neutral", "over 200 militants were killed"],
      ["General Kenneth McKenzie", "named-person", "revealed", "presupposing", "500 troops remain"],
    ]);
  });

  it("finds a source after the claim: '…, X added.' and '“…,” said X.'", () => {
    const found = attributionsIn(
      "These troops will soon resume their work, General McKenzie added. “We will hold the line,” said Naji Mustafa.",
    );
    expect(found.map((item) => [item.source, item.cue, item.claim])).toEqual([
      ["General McKenzie", "added", "These troops will soon resume their work"],
      ["Naji Mustafa", "said", "We will hold the line"],
    ]);
  });

  it("takes the name out of an appositive: 'X, a spokesman for Y, said'", () => {
    const [found] = attributionsIn(
      "Naji Mustafa, a spokesman for the National Front for Liberation, said the attack had been repelled.",
    );
    expect(found).toMatchObject({
      source: "Naji Mustafa",
      sourceKind: "named-person",
      claim: "the attack had been repelled",
    });
  });

  it("keeps a long partisan source whole and marks 'claimed' as distancing", () => {
    const [found] = attributionsIn(
      "Media outlets affiliated with Hayat Tahrir al-Sham and the Turkish-backed National Front for Liberation claimed that the army suffered large casualties.",
    );
    expect(found).toMatchObject({
      source:
        "Media outlets affiliated with Hayat Tahrir al-Sham and the Turkish-backed National Front for Liberation",
      sourceKind: "partisan-unnamed",
      cueTone: "distancing",
    });
  });

  it("resolves a pronoun source to the nearest named source before it", () => {
    const found = attributionsIn(
      "Interior Minister Ana Ruiz said the road was open. She added that repairs were done.",
    );
    expect(found[1]).toMatchObject({
      source: "She",
      sourceKind: "pronoun",
      resolvedSource: "Interior Minister Ana Ruiz",
    });
  });

  it("recognises emotive verbs and skips adverbs between source and verb", () => {
    const found = attributionsIn(
      "Senator Lee slammed the plan as reckless. Turkish sources as always accused Kurdish rebels of the attack.",
    );
    expect(found.map((item) => [item.source, item.cue, item.cueTone])).toEqual([
      ["Senator Lee", "slammed", "emotive"],
      ["Turkish sources", "accused", "neutral"],
    ]);
  });

  it("does not mistake nouns, passives or non-sources for attributions", () => {
    expect(
      attributionsIn(
        "No visual evidence to confirm these claims was provided. This move is linked with the escalation. The army advanced and took the hill. The reported figure rose.",
      ),
    ).toEqual([]);
  });

  it("puts the claim before a source that follows a comma: '…, residents said, as …'", () => {
    const [found] = attributionsIn(
      "The truce largely held on Tuesday, residents and officials said, as convoys crossed.",
    );
    expect(found).toMatchObject({
      source: "residents and officials",
      claim: "The truce largely held on Tuesday",
    });
  });

  it("skips a relative clause between source and verb and the object of 'told'", () => {
    const found = attributionsIn(
      "A U.N. official, who spoke on condition of anonymity, told Reuters that more convoys were planned. Defence minister Hulusi Akar told reporters in Ankara that the posts would stay.",
    );
    expect(found.map((item) => [item.source, item.cue, item.claim])).toEqual([
      ["A U.N. official", "told", "more convoys were planned"],
      ["Defence minister Hulusi Akar", "told", "the posts would stay"],
    ]);
  });

  it("leaves an appositive after an 'according to' source out of the claim", () => {
    const [found] = attributionsIn(
      "According to the Syrian Observatory for Human Rights, a Britain-based war monitor, at least 12 civilians were killed.",
    );
    expect(found).toMatchObject({
      source: "the Syrian Observatory for Human Rights",
      sourceKind: "organisation",
      claim: "at least 12 civilians were killed",
    });
  });

  it("reads 'X quoted a source as saying that …' as X's report", () => {
    const [found] = attributionsIn(
      "State news agency RIA quoted a military source as saying that patrols would resume.",
    );
    expect(found).toMatchObject({
      source: "State news agency RIA",
      sourceKind: "media-outlet",
      claim: "patrols would resume",
    });
  });

  it("knows a surname alone refers back to the person named before", () => {
    const found = attributionsIn("Mayor Linda Osei said the budget passed. “It is a good day,” Osei said.");
    expect(found.map((item) => [item.source, item.sourceKind])).toEqual([
      ["Mayor Linda Osei", "named-person"],
      ["Osei", "named-person"],
    ]);
  });

  it("treats unnamed groups such as critics and officials as vague sources", () => {
    const found = attributionsIn(
      "Critics argue that the figure is too low. The library will open in 2027, officials said.",
    );
    expect(found.map((item) => [item.source, item.sourceKind, item.cueTone])).toEqual([
      ["Critics", "vague", "distancing"],
      ["officials", "vague", "neutral"],
    ]);
  });

  it("finds the name beside a job title in an aside, and skips 'for its part'", () => {
    const found = attributionsIn(
      "Councillor Janet Okafor, cabinet member for finance, said the rise was small. The council's finance officer, Helen Brandt, told councillors that reserves were low. The LNA, for its part, announced that a drone was down.",
    );
    expect(found.map((item) => item.source)).toEqual(["Councillor Janet Okafor", "Helen Brandt", "The LNA"]);
  });

  it("does not take a relative pronoun or the 'called' of 'so-called' for a source and cue", () => {
    expect(
      attributionsIn("She blasted the plan, which tells you everything. The so-called experts were wrong."),
    ).toEqual([expect.objectContaining({ source: "She", cue: "blasted" })]);
  });

  it("accepts a lower-case official body after a comma: '…, the ministry added.'", () => {
    const [found] = attributionsIn("Air defences shot down 17 drones overnight, the ministry added.");
    expect(found).toMatchObject({
      source: "the ministry",
      sourceKind: "organisation",
      claim: "Air defences shot down 17 drones overnight",
    });
  });

  it("keeps a leading date out of the claim and accepts an unnamed office holder", () => {
    const found = attributionsIn(
      "On December 22, ISIS claimed that its members had killed two soldiers. The governor said the roads were open.",
    );
    expect(found.map((item) => [item.source, item.claim])).toEqual([
      ["ISIS", "its members had killed two soldiers"],
      ["The governor", "the roads were open"],
    ]);
  });

  it("accepts an unnamed plural group as the subject of a reporting verb", () => {
    const found = attributionsIn(
      "Many shoppers complained that the queues were too long. Commuters waiting at the station on Friday evening said the trains were late. Rumours among local traders suggested that the mayor would resign. Relief workers said the roads were blocked.",
    );
    expect(found.map((item) => [item.source, item.sourceKind, item.cue])).toEqual([
      ["Many shoppers", "vague", "complained"],
      ["Commuters waiting at the station on Friday evening", "vague", "said"],
      ["Rumours among local traders", "vague", "suggested"],
      ["Relief workers", "vague", "said"],
    ]);
  });

  it("accepts an unnamed group after its claim, with an irregular plural, or before a short 'who' clause", () => {
    const found = attributionsIn(
      "Oil prices fell for a third day, traders said. The children, who were unhurt, said the bus had swerved. Villagers who fled the shelling told aid workers that their wells were poisoned.",
    );
    expect(found.map((item) => [item.source, item.cue, item.claim])).toEqual([
      ["traders", "said", "Oil prices fell for a third day"],
      ["The children", "said", "the bus had swerved"],
      ["Villagers", "told", "their wells were poisoned"],
    ]);
  });

  it("reads the claim before a trailing source whose cue ends the sentence with a short adjunct", () => {
    const found = attributionsIn(
      "Reservoirs held 38 per cent of their capacity on Monday, the water authority said in its weekly bulletin. The mayor said in a statement that the bridge would reopen.",
    );
    expect(found.map((item) => [item.source, item.claim])).toEqual([
      ["the water authority", "Reservoirs held 38 per cent of their capacity on Monday"],
      ["The mayor", "the bridge would reopen"],
    ]);
  });

  it("starts a source after an 'and' that joins two clauses, not inside 'residents and officials'", () => {
    const found = attributionsIn(
      "Two men were held after the match and police said both were released. Residents and shopkeepers said the street was calm.",
    );
    expect(found.map((item) => item.source)).toEqual(["police", "Residents and shopkeepers"]);
  });

  it("marks unnamed commentators of one nationality as partisan", () => {
    expect(classifySource("Serbian propagandists")).toBe("partisan-unnamed");
    expect(classifySource("Georgian war correspondents")).toBe("partisan-unnamed");
  });

  it("does not take a plural thing for a source, and flags a negated modal", () => {
    expect(
      pairsIn(
        "Researchers cannot say whether the effect will last. The results were published in March. Several buildings collapsed.",
      ),
    ).toEqual([["Researchers", "say", "negated"]]);
  });

  it("does not read a participle, a passive, an imperative or 'Let's say' as a report", () => {
    expect(
      attributionsIn(
        "Two new rooms added to the school were opened. Let's say the plan works. Drop us a line and say hello. Drop by and say hello. Problems reported by users were fixed within a day.",
      ),
    ).toEqual([]);
  });

  it("finds a cue after an auxiliary or an adverb: 'X had argued', 'X publicly denies'", () => {
    const found = attributionsIn(
      "The regulator had insisted that the fees were fair. Lisbon publicly denies any role in the deal. Italy said the talks would resume.",
    );
    expect(found.map((item) => [item.source, item.sourceKind, item.cue])).toEqual([
      ["The regulator", "organisation", "insisted"],
      ["Lisbon", "organisation", "denies"],
      ["Italy", "organisation", "said"],
    ]);
  });

  it("leaves a leading 'and' out of a source after a scare-quoted word", () => {
    const found = attributionsIn("He called it “madness” and officials said the plan was dead.");
    expect(found.map((item) => item.source)).toEqual(["He", "officials"]);
  });

  it("finds a surname with a particle after a long claim: '…, el-Masri said.'", () => {
    const [, found] = attributionsIn(
      "Karim el-Masri, the city engineer, said the bridge was safe. The bridge will reopen in the spring once the repairs that were delayed by the winter floods are finished and tested, el-Masri said.",
    );
    expect(found).toMatchObject({
      source: "el-Masri",
      sourceKind: "named-person",
      claim:
        "The bridge will reopen in the spring once the repairs that were delayed by the winter floods are finished and tested",
    });
  });

  it("accepts a body named through its country's possessive: 'Norway's coast guard said'", () => {
    const [found] = attributionsIn("Norway's coast guard said it had rescued 12 sailors.");
    expect(found).toMatchObject({ source: "Norway's coast guard", sourceKind: "organisation" });
  });

  it("skips a participle aside between source and verb: 'X, speaking on …, told'", () => {
    const [found] = attributionsIn(
      "A senior police officer, speaking on condition that he not be named, told reporters that two men were held.",
    );
    expect(found).toMatchObject({
      source: "A senior police officer",
      cue: "told",
      claim: "two men were held",
    });
  });

  it("skips two appositives in a row: 'X, a spokeswoman for Y, a group of Z, said'", () => {
    const [found] = attributionsIn(
      "Mira Castell, a spokeswoman for the Harbour Alliance, a network of dock unions, said the strike would go on.",
    );
    expect(found).toMatchObject({ source: "Mira Castell", sourceKind: "named-person" });
  });

  it("gives a cue in a relative clause the pronoun as source, standing for the phrase the clause hangs on", () => {
    const found = attributionsIn(
      "The health ministry, which had denied for weeks that the clinic was closing, confirmed on Friday that it would shut.",
    );
    expect(
      found.map((item) => [item.source, item.sourceKind, item.resolvedSource, item.cue, item.claim]),
    ).toEqual([
      ["The health ministry", "organisation", "The health ministry", "confirmed", "it would shut"],
      ["which", "pronoun", "The health ministry", "denied", "the clinic was closing"],
    ]);
  });

  it("gives 'who' after an object as the source, standing for the unnamed group: 'quoted analysts … who argued'", () => {
    const found = attributionsIn(
      "The newspaper quoted independent analysts at a Geneva institute who argued that the sanctions had failed.",
    ).find((item) => item.cue === "argued");
    expect(found).toMatchObject({
      source: "who",
      sourceKind: "pronoun",
      resolvedSource: "independent analysts at a Geneva institute",
      cue: "argued",
      claim: "the sanctions had failed",
    });
  });

  it("reads 'who said' after any noun, and 'which' after an organisation, as a pronoun standing for it", () => {
    const text =
      "The council still owes money to a plumber who said he was owed for a month of work. In March the Farrow Dock Company, which reported that orders had doubled, hired forty people. A rumour spread about the budget, which said nothing of schools.";
    const found = attributionsIn(text).map((item) => [item.source, item.resolvedSource, item.cue]);
    expect(found).toEqual([
      ["who", "a plumber", "said"],
      ["which", "the Farrow Dock Company", "reported"],
    ]);
    const [plumber] = findAttributions(text, splitSentences(text, [{ start: 0, end: text.length }]));
    expect(text.slice(plumber?.sourceSpan.start, plumber?.sourceSpan.end)).toBe("who");
  });

  it("does not take a relative clause with no reporting verb for an attribution", () => {
    expect(attributionsIn("The answer, which tells you everything, was no.")).toEqual([]);
  });

  it("reads past scare quotes inside a source: 'The so-called \"council\" set up by … said'", () => {
    const [found] = attributionsIn(
      'The so-called "council" set up by the rebels in the northern districts said the vote was valid.',
    );
    expect(found).toMatchObject({
      source: 'The so-called "council" set up by the rebels in the northern districts',
      cue: "said",
      claim: "the vote was valid",
    });
  });

  it("reads a participle after a comma, '…, saying …', as the clause subject's report", () => {
    const [found] = attributionsIn(
      "Shares in Halden Foods fell on Tuesday after the dairy company cut its dividend, saying milk prices had doubled.",
    );
    expect(found).toMatchObject({
      source: "the dairy company",
      sourceKind: "organisation",
      cue: "saying",
      cueTone: "neutral",
      claim: "milk prices had doubled",
    });
  });

  it("does not read other participles, or 'saying nothing', after a comma as reports", () => {
    expect(
      attributionsIn(
        "Prices fell sharply, pushing inflation below target. The storm passed, leaving the town dark. He left the room, saying nothing.",
      ),
    ).toEqual([]);
  });

  it("finds the source named after 'citing' and the subject that the citing phrase interrupts", () => {
    const found = attributionsIn(
      "The broadcaster, citing two people close to the talks, reported that a deal was near. The airport will close for a week, the agency said, citing airport officials. The coach resigned, citing health reasons.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["The broadcaster", "reported"],
      ["two people close to the talks", "citing"],
      ["the agency", "said"],
      ["airport officials", "citing"],
    ]);
  });

  it("gives the second of two coordinated verbs the subject of the first", () => {
    const found = attributionsIn(
      "Organisers put the number at 40,000 and said the festival had raised two million pounds.",
    );
    expect(found.map((item) => [item.source, item.cue, item.claim])).toEqual([
      ["Organisers", "put the number at", "40,000 and said the festival had raised two million pounds"],
      ["Organisers", "said", "the festival had raised two million pounds"],
    ]);
  });

  it("gives offsets into the text for source, cue and claim", () => {
    const text = "Fighting went on. Local sources said the road was cut.";
    const [found] = findAttributions(text, splitSentences(text, [{ start: 0, end: text.length }]));
    expect(found && text.slice(found.sourceSpan.start, found.sourceSpan.end)).toBe("Local sources");
    expect(found && text.slice(found.cueSpan.start, found.cueSpan.end)).toBe("said");
    expect(found && text.slice(found.claimSpan.start, found.claimSpan.end)).toBe("the road was cut");
    expect(found && text.slice(found.start, found.end)).toBe("Local sources said");
  });
});

describe("classifySource", () => {
  it.each([
    ["pro-government sources", "partisan-unnamed"],
    ["Turkish sources", "partisan-unnamed"],
    ["HTS-affiliated media", "partisan-unnamed"],
    ["local sources", "vague"],
    ["reports", "vague"],
    ["the Russian Defense Ministry's Zvezda TV", "media-outlet"],
    ["Reuters", "media-outlet"],
    ["the pro-opposition Syrian Observatory for Human Rights", "organisation"],
    ["Russia", "organisation"],
    ["Central Command chief General Kenneth McKenzie", "named-person"],
    ["they", "pronoun"],
    ["Turkish officials", "vague"],
    ["The White Helmets", "organisation"],
    ["Several", "vague"],
    ["Tallis Retail Data", "organisation"],
    ["Northgate Homes", "organisation"],
    ["a report by the charity Screen Aware", "organisation"],
    ["a new study from researchers", "vague"],
  ])("classifies %s as %s", (source, kind) => {
    expect(classifySource(source)).toBe(kind);
  });
});

describe("findAttributions over part-of-speech tags", () => {
  it("takes a common-noun subject with its determiner: 'The senator said'", () => {
    expect(attributionsIn("The senator said the bill would pass next week.")).toEqual([
      expect.objectContaining({ source: "The senator", cue: "said", claim: "the bill would pass next week" }),
    ]);
  });

  it("reads past an aside between commas to the name: 'Ada Brown, her Labour rival, said'", () => {
    expect(attributionsIn("Ada Brown, her Labour rival, said on Friday that the count was wrong.")).toEqual([
      expect.objectContaining({ source: "Ada Brown", cue: "said" }),
    ]);
  });

  it("takes the modifiers of a name after a quotation: '…,' a smiling Okafor said", () => {
    expect(attributionsIn("“We will be back next season,” a smiling Okafor said.")).toEqual([
      expect.objectContaining({
        source: "a smiling Okafor",
        cue: "said",
        claim: "We will be back next season",
      }),
    ]);
  });

  it("finds a cue after an auxiliary by its lemma: 'has said', 'is saying'", () => {
    const found = attributionsIn(
      "The harbour master has said the pier is unsafe. The city council is saying that repairs will start in May.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["The harbour master", "said"],
      ["The city council", "saying"],
    ]);
  });

  it("gives a participle after a comma the subject of the clause: '…, telling', '…, noting', '…, adding'", () => {
    const found = attributionsIn(
      "The coach praised the defence, telling reporters that the team had improved. The mayor opened the bridge, noting that it had come in under budget.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["The coach", "praised"],
      ["The coach", "telling"],
      ["The mayor", "noting"],
    ]);
  });

  it("finds 'asked' and a verb of belief before a clause: 'X believes that …'", () => {
    const found = attributionsIn(
      "A resident asked whether the school would reopen. The inspector believes the fire started in the kitchen.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["A resident", "asked"],
      ["The inspector", "believes"],
    ]);
  });

  it("takes the subject of the first verb for a second one joined by 'and'", () => {
    expect(attributionsIn("Ms. Adeyemi fed the volunteers and said the shelter would stay open.")).toEqual([
      expect.objectContaining({ source: "Ms. Adeyemi", cue: "said" }),
    ]);
  });

  it("does not read a passive, an infinitive, an object or a 'think tank' as a report", () => {
    expect(
      attributionsIn(
        "The keeper is said to want a move. We heard a neighbour say nothing. Experts from a think tank met.",
      ),
    ).toEqual([]);
  });

  it("flags a negated or modal report instead of dropping it: 'would not say', 'did not comment', 'could call on'", () => {
    expect(
      pairsIn(
        "The mayor would not say whether the depot will close. The Harlow Group did not immediately respond to requests for comment. Ms. Oduya could tell the board to resign. Mr. Tan won’t comment on the talks.",
      ),
    ).toEqual([
      ["The mayor", "say", "negated"],
      ["The Harlow Group", "respond", "negated"],
      ["Ms. Oduya", "tell", "modal"],
      ["Mr. Tan", "comment", "negated"],
    ]);
  });

  it("keeps a modal report only for a plain verb of speech and a name or a personal pronoun", () => {
    expect(
      pairsIn(
        "The levy would add a layer of paperwork. It could encourage landlords to sell. The mayor will insist on a vote. She will say more on Friday.",
      ),
    ).toEqual([["She", "say", "modal"]]);
  });

  it("reads 'declined to' and 'refused to' as negated reports, but not shares that declined", () => {
    expect(
      pairsIn(
        "Corrigan declined to comment on the sale. The coach has refused to name his captain. Shares in the firm declined 3 per cent.",
      ),
    ).toEqual([
      ["Corrigan", "declined", "negated"],
      ["The coach", "refused", "negated"],
    ]);
  });

  it("takes the subject through a verb that opens an infinitive: 'continues to insist', 'went on to explain'", () => {
    expect(
      pairsIn(
        "The senator continues to insist that the bill is fair. Ms. Reyes went on to explain that the fund was empty. He appeared to say that the count was rigged.",
      ),
    ).toEqual([
      ["The senator", "insist"],
      ["Ms. Reyes", "explain"],
      ["He", "say", "modal"],
    ]);
  });

  it("reads verbs of intention only before 'to', even when tagged as a noun: 'plans to', 'threatened to'", () => {
    expect(
      pairsIn(
        "The mayor plans to close the depot. The union threatened to strike in May. The council plans the route each spring. The company's plans to cut jobs were shelved.",
      ),
    ).toEqual([
      ["The mayor", "plans"],
      ["The union", "threatened"],
    ]);
  });

  it("reads speech with its topic: 'spoke about', 'talked of', 'referred to', 'railed against', 'continued:'", () => {
    expect(
      pairsIn(
        "She spoke about her childhood in Leeds. The coach talked of a fresh start. The mayor referred to the audit as a whitewash. The pastor railed against the casino. Mr. Lowe continued: “We will win.” He spoke at a rally in Ohio. The ferry continued its route.",
      ),
    ).toEqual([
      ["She", "spoke"],
      ["The coach", "talked"],
      ["The mayor", "referred"],
      ["The pastor", "railed"],
      ["Mr. Lowe", "continued"],
    ]);
  });

  it("reads a verb of sound only beside the words it reports: 'chanted “…”', not 'chanting and banging drums'", () => {
    expect(
      pairsIn(
        "Hundreds of fans chanted “Out, out, out” as the manager left. About forty protesters blocked the road, chanting and banging drums. “Get down,” she yelled. She continued, “We will not move.” The talks continued, and nobody left.",
      ),
    ).toEqual([
      ["Hundreds of fans", "chanted"],
      ["she", "yelled"],
      ["She", "continued"],
    ]);
  });

  it("reads a participle after the main clause and a clause after 'and' or 'but' as reports of their own", () => {
    expect(
      pairsIn(
        "Ms. Lowe said the plan was costly, arguing that the reserves were too thin. The judge struck the rule down, and the council declined to appeal.",
      ),
    ).toEqual([
      ["Ms. Lowe", "said"],
      ["Ms. Lowe", "arguing"],
      ["the council", "declined", "negated"],
    ]);
  });

  it("reads '…, promising to …' as a participle even when tagged as an adjective, not 'a promising start'", () => {
    expect(
      pairsIn(
        "Ms. Lowe embraced the go-it-alone approach, promising to meet the targets. It was a promising start.",
      ),
    ).toEqual([["Ms. Lowe", "promising"]]);
  });

  it("reads an ambiguous verb without 'that' when a name or a pronoun is its subject: 'They described …'", () => {
    expect(
      pairsIn("They described a chaotic night at the depot. Local farmers described losses of a third."),
    ).toEqual([["They", "described"]]);
  });

  it("reads a light verb with a new speech act for its object: 'issued a statement', 'as X put it'", () => {
    expect(
      pairsIn(
        "The ministry issued a short statement on Friday. The city sent a cease-and-desist letter to the club. As Ms. Amari put it, the plan is a gamble. The army made gains near the town. Mr. Tan made the comments at a rally.",
      ),
    ).toEqual([
      ["The ministry", "issued"],
      ["The city", "sent"],
      ["Ms. Amari", "put"],
    ]);
  });

  it("reads any verb of speech before a name that ends the sentence: '…, noted Ana Ruiz.'", () => {
    expect(pairsIn("The debates rarely move the polls, noted Ana Ruiz. Don't blame Okafor.")).toEqual([
      ["Ana Ruiz", "noted"],
    ]);
  });

  it("finds more verbs of speech and stance by lemma: echoed, likened, dismissed, lamented, reiterated", () => {
    expect(
      pairsIn(
        "The union echoed the warning. Ms. Diaz likened the rules to a blindfold. The minister dismissed the criticism as noise. The governor lamented the loss of the mill. Ms. Park reiterated that the fund was safe.",
      ),
    ).toEqual([
      ["The union", "echoed"],
      ["Ms. Diaz", "likened"],
      ["The minister", "dismissed"],
      ["The governor", "lamented"],
      ["Ms. Park", "reiterated"],
    ]);
  });

  it("needs a name or a pronoun before 'indicated': a rise in attacks indicates nothing as a source", () => {
    expect(
      pairsIn(
        "Ms. Ruiz indicated that she would run again. The rise in thefts near the depot indicates that the gang is back.",
      ),
    ).toEqual([["Ms. Ruiz", "indicated"]]);
  });

  it("does not read a heading in capitals, a thing 'called' by name or a participle after 'for' as a report", () => {
    expect(
      pairsIn(
        "FELLOW DOCTORS DON’T WANT TO WORK WITH HIM. The mine sits by a mountain stream called Miracle Run. The panel held Ames in contempt for refusing to testify.",
      ),
    ).toEqual([]);
  });

  it("finds verbs of stance and intention by lemma: 'mentioned', 'criticized', 'wants to', 'vowed to'", () => {
    const found = attributionsIn(
      "The treasurer mentioned that the audit was late. The union criticized the new rota. The mayor wants to close the depot. Ms. Oduya vowed to appeal the ruling.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["The treasurer", "mentioned"],
      ["The union", "criticized"],
      ["The mayor", "wants"],
      ["Ms. Oduya", "vowed"],
    ]);
  });

  it("reads acts that take a side as PolNeAR does: ruled that, backed, weighed in, admires, sees X as", () => {
    expect(
      pairsIn(
        "A county judge ruled that the fence must come down. The union backed Ms. Amadi in the runoff. Two bishops weighed in on the row. Mr. Haddad admires the old mayor. Many tenants see the levy as a tax on renters.",
      ),
    ).toEqual([
      ["A county judge", "ruled"],
      ["The union", "backed"],
      ["Two bishops", "weighed"],
      ["Mr. Haddad", "admires"],
      ["Many tenants", "see"],
    ]);
  });

  it("reads a vote as a stance, with what it was for as its claim, not an opening adverb", () => {
    const [found] = attributionsIn("Instead, the council voted to keep the library open.");
    expect(found).toMatchObject({ source: "the council", cue: "voted", claim: "to keep the library open" });
  });

  it("gives the claim after the cue when the comma before the source closes an opening adverbial", () => {
    expect(
      attributionsIn(
        "At the hearing, Ms. Ruiz cited the rising rents on the quay. Instead, she said the quay would close. Costs will rise, she said on Monday.",
      ).map((item) => [item.source, item.claim]),
    ).toEqual([
      ["Ms. Ruiz", "the rising rents on the quay"],
      ["she", "the quay would close"],
      ["she", "Costs will rise"],
    ]);
  });

  it("gives a quotation closed by its comma before the source as the claim, whatever says where after the cue", () => {
    const [found] = attributionsIn(
      "“We will not move,” Ms. Ruiz said at a rally on the quay after the vote.",
    );
    expect(found).toMatchObject({ source: "Ms. Ruiz", cue: "said", claim: "We will not move" });
  });

  it("reads an attack made in words, not one made with arms, and no retreat for backing", () => {
    expect(
      pairsIn(
        "Senator Kale attacked her rival for the cuts. The governor attacked the plan as reckless in a radio interview. Raiders attacked the depot at dawn. The bank backed out of the deal. Ms. Ito saw the parade from her window.",
      ),
    ).toEqual([
      ["Senator Kale", "attacked"],
      ["The governor", "attacked"],
    ]);
  });

  it("reads an offer, an unveiling or an outburst by what it carries: proof, a plan, tweets", () => {
    expect(
      pairsIn(
        "The minister offered no proof of the leak. The council unveiled a plan for the quay. The candidate unleashed a flurry of tweets about the judge. The shop offered a discount on bread. The mayor unveiled a statue of the founder.",
      ),
    ).toEqual([
      ["The minister", "offered"],
      ["The council", "unveiled"],
      ["The candidate", "unleashed"],
    ]);
  });

  it("reads more speech acts by lemma: cautioned, implored, thanked, exhorted, underscored", () => {
    expect(
      pairsIn(
        "The auditor cautioned that the reserve was thin. Parents implored the board to reopen the pool. Ms. Vale thanked the volunteers. The coach exhorted his players to stay calm. The mayor underscored the cost of delay.",
      ),
    ).toEqual([
      ["The auditor", "cautioned"],
      ["Parents", "implored"],
      ["Ms. Vale", "thanked"],
      ["The coach", "exhorted"],
      ["The mayor", "underscored"],
    ]);
  });

  it("flags a modal question as modal: 'will they say so?', 'would you say it works?'", () => {
    expect(pairsIn("Would you say the pool is safe? Will they say the plan works?")).toEqual([
      ["you", "say", "modal"],
      ["they", "say", "modal"],
    ]);
  });

  it("reads a stance told by an adjective after 'be': was sure that, are afraid that, has been critical of, were willing to", () => {
    expect(
      pairsIn(
        "The coach was sure that the team would win. Many tenants are afraid that rents will rise. Ms. Ortiz has been critical of the plan since May. Two councillors were willing to back the levy. It is certain that the bridge will close. The road was clear of snow.",
      ),
    ).toEqual([
      ["The coach", "sure"],
      ["Many tenants", "afraid"],
      ["Ms. Ortiz", "critical"],
      ["Two councillors", "willing"],
    ]);
  });

  it("reads 'made the case for', 'made it clear' and 'decided against' as reports, not 'made the bed'", () => {
    expect(
      pairsIn(
        "The mayor made the case for a new pool. Ms. Lund made it clear she would stand again. The board decided against a second vote. The porter made the bed.",
      ),
    ).toEqual([
      ["The mayor", "made"],
      ["Ms. Lund", "made"],
      ["The board", "decided"],
    ]);
  });

  it("reads 'in' before a poll as the poll's report: 'In this poll, …', 'gained in two polls'", () => {
    expect(
      pairsIn(
        "In the latest Harbour Gazette poll, Ms. Ruiz leads by five points. Mr. Okafor gained ground in two polls last week. The count was held in the town hall.",
      ),
    ).toEqual([
      ["the latest Harbour Gazette poll", "In"],
      ["two polls", "in"],
    ]);
  });

  it("reads a claim told by a noun after its owner: 'Ms. Cho's conclusion that …', 'his claim that …'", () => {
    expect(
      pairsIn(
        "Ann Lee said the pool leaks. Contrary to his claim that the pool is safe, it was shut. Ms. Cho's conclusion that the pool is safe was wrong. The claim that the pool is safe was wrong.",
      ),
    ).toEqual([
      ["Ann Lee", "said"],
      ["his", "claim"],
      ["Ms. Cho", "conclusion"],
    ]);
  });

  it("reads 'responded to', 'pointed to' and a verb of knowing before a clause", () => {
    const found = attributionsIn(
      "The warden responded to the petition on Monday. The sheriff pointed to a fall in burglaries. Residents know the bridge is closed.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["The warden", "responded"],
      ["The sheriff", "pointed"],
      ["Residents", "know"],
    ]);
  });

  it("finds what a poll, study or report shows or found, and only for such a source", () => {
    const found = attributionsIn(
      "A new poll shows that most voters back the levy. The council study found that traffic fell. The striker found the net twice.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["A new poll", "shows"],
      ["The council study", "found"],
    ]);
  });

  it("reads a verb the tagger took for a plural noun before 'that' or a colon: 'The Gazette reports that …'", () => {
    expect(
      pairsIn(
        "The Northport Gazette reports that the ferry will stop in May. Mayor Okafor claims that rents fell. The council's reports that the pier was safe were wrong.",
      ),
    ).toEqual([
      ["The Northport Gazette", "reports"],
      ["Mayor Okafor", "claims"],
    ]);
  });

  it("reads someone who found that something is so, but not a phrase inside another one", () => {
    expect(
      pairsIn(
        "A county judge found that the levy was lawful. Footage filmed by residents shows that the gate was open. The striker found the net twice.",
      ),
    ).toEqual([
      ["A county judge", "found"],
      ["Footage filmed by residents", "shows"],
    ]);
  });

  it("leaves a bare 'Studies show' alone: it names no study", () => {
    expect(attributionsIn("Studies show that the berry curbs hunger.")).toEqual([]);
  });

  it("reads past an age and a 'who' clause between a name and its verb: 'Ann Lee, 56, who …, told'", () => {
    const found = attributionsIn(
      "Ann Lee, 56, who has chaired the committee for a decade, told reporters the vote would pass.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([["Ann Lee", "told"]]);
  });

  it("keeps a stance inside someone else's reported claim part of that claim", () => {
    const found = attributionsIn("The mayor said residents want a new park.");
    expect(found.map((item) => [item.source, item.cue])).toEqual([["The mayor", "said"]]);
  });

  it("does not read a stance verb without its complement as a report", () => {
    expect(
      attributionsIn(
        "The ferry continued its route. The coach hopes for rain. The rebels attacked the town.",
      ),
    ).toEqual([]);
  });

  it("gives a participle after 'by', 'after' or 'and' the sentence's subject: 'responded by saying'", () => {
    const found = attributionsIn(
      "The minister responded to the petition by saying the depot would stay open. The mayor left early after saying goodbye. During the debate, Ms. Lowe attacked the plan, saying it would cost too much.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["The minister", "responded"],
      ["The minister", "saying"],
      ["Ms. Lowe", "saying"],
      ["Ms. Lowe", "attacked"],
    ]);
  });

  it("gives a participle after '…, she said,' to her, not to the subject the sentence opens with", () => {
    expect(
      pairs("The costs will rise sharply next year, she said, suggesting that the council act now."),
    ).toEqual([
      ["she", "said"],
      ["she", "suggesting"],
    ]);
  });

  it("reads 'called for' and 'agreed to' as reports", () => {
    const found = attributionsIn(
      "The union called for an inquiry into the closure. The landlord agreed to repair the roof.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([
      ["The union", "called"],
      ["The landlord", "agreed"],
    ]);
  });

  it("needs a clause with its own verb after a verb of knowing: 'knows the rules' is no report", () => {
    const found = attributionsIn(
      "The coach knows the new pitch will suit them. The coach knows the rules of the league by heart.",
    );
    expect(found.map((item) => [item.source, item.cue])).toEqual([["The coach", "knows"]]);
  });

  it("finds a speaker named after a quotation and a dash: '“…” ― Ana Ruiz'", () => {
    const found = attributionsIn("“We deserve a council that listens.” ― Ana Ruiz");
    expect(found).toEqual([
      expect.objectContaining({ source: "Ana Ruiz", cue: "―", claim: "We deserve a council that listens" }),
    ]);
  });

  it("finds a transcript's speaker label, but not a heading: 'MORALES: …', 'UPDATE: …'", () => {
    const found = attributionsIn(
      "MORALES: We will publish the figures on Monday. UPDATE: The road has reopened to traffic.",
    );
    expect(found.map((item) => [item.source, item.cue, item.claim])).toEqual([
      ["MORALES", ":", "We will publish the figures on Monday"],
    ]);
  });

  it("finds a speaker after a verb that opens the sentence: 'Said Ellis: …'", () => {
    expect(attributionsIn("Said Ellis: “The budget leaves nothing for the parks.”")).toEqual([
      expect.objectContaining({ source: "Ellis", cue: "Said" }),
    ]);
  });

  it("does not attribute words inside a quotation to a speaker within it", () => {
    expect(attributionsIn("“I think the vote was fair and I say so again,” the chairwoman said.")).toEqual([
      expect.objectContaining({ source: "the chairwoman", cue: "said" }),
    ]);
  });
});

describe("finding a cue's source", () => {
  it("reads past a time adverbial or 'further' between the source and its verb", () => {
    expect(pairs("The mayor met Ruth Okoye, who in 2019 said the port would close.")).toContainEqual([
      "who",
      "said",
    ]);
    expect(pairs("“The plan is dead,” the paper further wrote.")).toEqual([["the paper", "wrote"]]);
  });

  it("reads 'X said of Y' as X's report", () => {
    expect(
      pairs(
        "“It is a fair deal,” Tom Baxter, director of the Harlow Institute for Transport Studies and a lecturer at the University of Leeds, said of the plan.",
      ),
    ).toEqual([["Tom Baxter", "said"]]);
  });

  it("reads a participle right after a quotation ending in a comma as the subject's report", () => {
    expect(
      pairs(
        'In a statement, the bakery said: "Our bread sold out by noon," adding that it would hire four bakers.',
      ),
    ).toEqual([
      ["the bakery", "said"],
      ["the bakery", "adding"],
    ]);
  });

  it("reads past a relative clause with no 'that': 'the experts I interviewed said'", () => {
    expect(pairs("In the end, all the engineers we interviewed said the bridge was sound.")).toEqual([
      ["all the engineers", "said"],
    ]);
  });

  it("keeps an '-ed' modifier and a plural possessive in the source, not a verb before it", () => {
    expect(
      pairs("Although the vote failed, elected councillors from both wards say the plan will return."),
    ).toEqual([["elected councillors from both wards", "say"]]);
    expect(pairs("Drivers' unions welcomed the fares and warned that rural routes could close.")).toEqual([
      ["Drivers' unions", "warned"],
    ]);
  });

  it("takes 'someone', and a pronoun after a number, as the source", () => {
    expect(pairs("Then someone asked how the fund would be paid for.")).toEqual([["someone", "asked"]]);
    expect(pairs("Even now at 90 she still says the war was avoidable.")).toEqual([["she", "says"]]);
  });

  it("skips a bracket and an aside after a name, and reads no source after the verb that has its own verb", () => {
    expect(
      pairs("Rep. Ada Moss (D-Ohio), chair of the transport panel, said members will fund the new line."),
    ).toEqual([["Rep. Ada Moss", "said"]]);
  });

  it("does not read a clause between commas as an aside: '…, the costs would double, said X'", () => {
    expect(pairs("The levy would rise, but for some, the costs would double, said Okafor.")).toEqual([
      ["Okafor", "said"],
    ]);
  });
});

describe("finding the source of a participle or an evidence verb", () => {
  it("gives a participle clause that opens the sentence the main clause's subject", () => {
    expect(pairs("Saying the count was rigged, the mayor told reporters he would appeal.")).toEqual([
      ["the mayor", "Saying"],
      ["the mayor", "told"],
    ]);
    expect(
      attributionsIn("After saying the bridge was safe for lorries, the engineer left the meeting.").map(
        (item) => [item.source, item.cue, item.claim],
      ),
    ).toEqual([["the engineer", "saying", "the bridge was safe for lorries"]]);
  });

  it("gives 'footage of X saying' to X, and no other participle after a name", () => {
    expect(pairs("The advert uses footage of Ana Ruiz saying the depot will close.")).toEqual([
      ["Ana Ruiz", "saying"],
    ]);
    expect(pairs("A portrait of Ana Ruiz smiling at the depot hangs in the hall.")).toEqual([]);
  });

  it("takes a slide, an average or footage as the source of an evidence verb", () => {
    expect(pairs("Another slide shows that exports of limes doubled.")).toEqual([["Another slide", "shows"]]);
    expect(pairs("Polling averages show the race is tied in three counties.")).toEqual([
      ["Polling averages", "show"],
    ]);
  });

  it("gives the second verb of a 'who' clause to 'who', even after 'here'", () => {
    const found = attributionsIn(
      "The closed depot has become a rallying point among drivers here, who have marched through the town and called for the depot to reopen.",
    );
    expect(found.map((item) => [item.source, item.resolvedSource, item.cue])).toEqual([
      ["who", "drivers", "called"],
    ]);
  });

  it("keeps a participle phrase after the head in the source, and takes no conjunction for one", () => {
    expect(pairs("Farmers marching through the streets chanted “Fair prices now!” for an hour.")).toEqual([
      ["Farmers marching through the streets", "chanted"],
    ]);
    expect(pairs("As stated in the council's minutes, the depot will close.")).toEqual([]);
  });

  it("reads past an aside holding an apostrophe or a slash", () => {
    expect(
      pairs("The Harlow/Leeds tracking poll, which follows voters’ views every day, showed the race tied."),
    ).toEqual([["The Harlow/Leeds tracking poll", "showed"]]);
  });
});

describe("finding the source of a second verb, a document or a message", () => {
  it("gives a second verb of the same source its own attribution, but not a verb inside the claim", () => {
    expect(pairs("The union condemned the cuts and vowed to strike in May.")).toEqual([
      ["The union", "condemned"],
      ["The union", "vowed"],
    ]);
    expect(pairs("Police say the driver ignored the signal and refused to stop.")).toEqual([
      ["Police", "say"],
    ]);
  });

  it("gives a verb after 'but' the subject of the first verb, and after ', but' a report of its own", () => {
    expect(pairs("The mayor praised the plan but warned that costs could rise.")).toEqual([
      ["The mayor", "praised"],
      ["The mayor", "warned"],
    ]);
    expect(pairs("Residents said they want a new park, but pledged to keep the old one clean.")).toEqual([
      ["Residents", "said"],
      ["Residents", "pledged"],
    ]);
  });

  it("takes a document with what is said of it as an evidence verb's source", () => {
    expect(pairs("A council report released last spring found that the bridge was unsafe.")).toEqual([
      ["A council report released last spring", "found"],
    ]);
    expect(pairs("Videos from the valley showed that smoke hung over the town.")).toEqual([
      ["Videos from the valley", "showed"],
    ]);
    // Half of a source is none: "videos" alone did not show it.
    expect(pairs("Photos and videos from the valley showed that smoke hung over the town.")).toEqual([]);
  });

  it("gives a participle after a statement or posts to whoever issued them", () => {
    expect(pairs("The ministry posted a statement calling the strike illegal.")).toEqual([
      ["The ministry", "calling"],
    ]);
    // A light verb that reports with its message is the one report: "issued a statement calling".
    expect(pairs("The ministry issued a statement calling the strike illegal.")).toEqual([
      ["The ministry", "issued"],
    ]);
    expect(pairs("Ruiz's posts accusing the mayor of lying were deleted.")).toEqual([["Ruiz", "accusing"]]);
  });

  it("keeps 'close to' and 'familiar with' inside an unnamed source", () => {
    expect(pairs("Those close to her say she will run again.")).toEqual([["Those close to her", "say"]]);
    expect(pairs("Bankers familiar with the talks warned that a deal was far off.")).toEqual([
      ["Bankers familiar with the talks", "warned"],
    ]);
  });
});

describe("finding a source with a relative clause of its own", () => {
  it("keeps a 'that' clause whose verb follows 'that' in the source", () => {
    expect(pairs("Companies that had insured the mine said the money was safe.")).toEqual([
      ["Companies that had insured the mine", "said"],
    ]);
    expect(pairs("A study that appeared in a medical journal last year found that sleep matters.")).toEqual([
      ["A study that appeared in a medical journal last year", "found"],
    ]);
    expect(pairs("A study that appeared in a medical journal last year said sleep matters.")).toEqual([
      ["A study that appeared in a medical journal last year", "said"],
    ]);
  });

  it("leaves a 'that' clause with its own subject out: 'the report that the mayor said so'", () => {
    expect(pairs("He denied the report that the mayor said so.")).toEqual([
      ["He", "denied"],
      ["the mayor", "said"],
    ]);
  });
});

describe("finding the agent of a passive report", () => {
  it("takes the agent after 'by' as the source", () => {
    expect(pairs("The leak was first reported by the Harbour Gazette on Monday.")).toEqual([
      ["the Harbour Gazette", "reported"],
    ]);
    expect(pairs("The mayor has been endorsed by dozens of papers.")).toEqual([
      ["dozens of papers", "endorsed"],
    ]);
  });

  it("leaves 'by' with a means, a gerund or another sense alone", () => {
    expect(pairs("The fine was reported by telephone.")).toEqual([]);
    expect(pairs("Troops supported by artillery advanced on the town.")).toEqual([]);
    expect(pairs("Two rooms were added by the school last year.")).toEqual([]);
  });
});

describe("finding the source of a topic or of a participle after an inverted speaker", () => {
  it("reads 'recalled of', 'joked of' like 'said of'", () => {
    expect(pairs("“They rushed it all through,” Ms. Adeyemi recalled of the hearing.")).toEqual([
      ["Ms. Adeyemi", "recalled"],
    ]);
  });

  it("gives a participle after '“…,” said X,' to X", () => {
    expect(pairs("“The tide has turned,” said Okafor, speaking of the vote count in the north.")).toEqual([
      ["Okafor", "said"],
      ["Okafor", "speaking"],
    ]);
  });
});

describe("finding a quantifier as the source", () => {
  it("takes 'Some' that opens a clause as the source, not one inside a phrase", () => {
    expect(pairs("Some believe the late surge in turnout will favour the incumbent.")).toEqual([
      ["Some", "believe"],
    ]);
    expect(pairs("The tickets of some believe nothing.")).toEqual([]);
  });
});

describe("reading a name that looks like a modal", () => {
  it("keeps 'May' and 'Will' in a name, not as a modal before the cue", () => {
    const found = attributionsIn(
      "Prime Minister Theresa May said the talks would resume. Senator Will Hurd said so too.",
    );
    expect(found.map((item) => [item.source, item.cue, item.modality])).toEqual([
      ["Prime Minister Theresa May", "said", undefined],
      ["Senator Will Hurd", "said", undefined],
    ]);
  });
});

describe("finding the source past an aside, an opening phrase or a tagger's slip", () => {
  it("skips an aside between dashes, and names the person before an appositive the dash ends", () => {
    expect(
      pairs(
        "Mr. Stone, the head of the firm -- a small company that makes boats -- told me the deal was done.",
      ),
    ).toEqual([["Mr. Stone", "told"]]);
    expect(
      pairs("The film ― which weaves together the voices of historians ― explains how the law changed."),
    ).toEqual([["The film", "explains"]]);
  });

  it("gives a participle the subject after an opening prepositional phrase with a verb of its own", () => {
    expect(
      pairs(
        "In a statement announcing the pick, the union called the mayor a champion, citing her work on pay.",
      ),
    ).toEqual([
      ["the union", "called"],
      ["the union", "citing"],
    ]);
  });

  it("keeps 'not' in 'Not everyone' and 'Not all'", () => {
    expect(pairs("Not everyone agrees that the tax is fair.")).toEqual([["Not everyone", "agrees"]]);
    expect(pairs("Not all agree that the tax is fair.")).toEqual([["Not all", "agree"]]);
  });

  it("reads a capitalised word that opens the sentence right before a verb as a name: 'Lynch agreed'", () => {
    expect(pairs("Lynch agreed that the case was closed.")).toEqual([["Lynch", "agreed"]]);
  });

  it("reads '…, The Wall Street Journal reports.' as a report, not 'annual reports'", () => {
    expect(pairs("Bonuses were paid every three months, The Wall Street Journal reports.")).toEqual([
      ["The Wall Street Journal", "reports"],
    ]);
    expect(pairs("The firm filed its accounts, tax returns and annual reports.")).toEqual([]);
  });

  it("starts a new phrase at a determiner after a noun or an adjective", () => {
    expect(
      pairs(
        "In the next eight weeks the campaign would do well to target voters, emphasizing the basics of the plan.",
      ),
    ).toEqual([["the campaign", "emphasizing"]]);
    expect(pairs("By now it should be obvious that voters want to know what is in the returns.")).toEqual([
      ["voters", "want"],
    ]);
  });

  it("gives an opening participle the subject after a quotation that ends the clause", () => {
    expect(
      pairs(
        'After saying her foot was "so swollen I could barely walk," she was taken to a hospital for tests.',
      ),
    ).toEqual([["she", "saying"]]);
    expect(
      pairs('Claiming the race was "rigged, stolen and bought", Trump told a rally it was over.'),
    ).toEqual([
      ["Trump", "Claiming"],
      ["Trump", "told"],
    ]);
    expect(pairs("Reporting losses for a third year, the firm said it would cut jobs.")).toEqual([
      ["the firm", "said"],
    ]);
  });

  it("reads a long source that a comma closes after 'According to'", () => {
    expect(
      pairs(
        "According to a civil complaint filed by the federal regulator in March and a second complaint by the state attorney general, the developers misused the money.",
      ),
    ).toEqual([
      [
        "a civil complaint filed by the federal regulator in March and a second complaint by the state attorney general",
        "According to",
      ],
    ]);
  });

  it("takes a share of people for a verb that needs a person ('Twelve percent indicated'), and countries for 'which'", () => {
    expect(pairs("Twelve percent indicated that they were not sure.")).toEqual([
      ["Twelve percent", "indicated"],
    ]);
    expect(pairs("The rise in attacks indicates that the truce failed.")).toEqual([]);
    expect(pairs("The two countries, which together vowed to cut emissions, met again.")).toEqual([
      ["which", "vowed"],
    ]);
  });

  it("takes no clause with a verb of speech for a source ('Both … say the board has never told')", () => {
    expect(pairs("Both Ms. Ruiz and Mr. Lee say the board has never told them what to say.")).toEqual([
      ["Both Ms. Ruiz and Mr. Lee", "say"],
    ]);
    expect(
      pairs(
        "His aides say it's too early to discuss plans for a Senate run but noted that Scott won easily.",
      ),
    ).toEqual([["His aides", "say"]]);
  });
});

describe("finding a document or a supporter as the source", () => {
  it("takes a document made by someone, or one the tagger reads as an adjective, for an evidence verb", () => {
    expect(pairs("Research conducted by the institute found that sleep matters.")).toEqual([
      ["Research conducted by the institute", "found"],
    ]);
    expect(pairs("The state's polling average shows the race is close.")).toEqual([
      ["The state's polling average", "shows"],
    ]);
    expect(pairs("The average said nothing.")).toEqual([]);
  });

  it("reads a passive 'supported by' people as their report, not 'supported by artillery'", () => {
    expect(pairs("The bill is supported by 42 percent of voters.")).toEqual([
      ["42 percent of voters", "supported"],
    ]);
    expect(pairs("The advance was supported by artillery.")).toEqual([]);
  });
});

describe("finding the source of an ambiguous verb, a quantity or a possessive", () => {
  it("reads an ambiguous verb with a clause after it as a report, not 'reporting losses'", () => {
    expect(
      pairs(
        "The nominee complained about his microphone after the debate, even suggesting he may have been sabotaged.",
      ),
    ).toEqual([
      ["The nominee", "complained"],
      ["The nominee", "suggesting"],
    ]);
    expect(pairs("The leaked memos suggest the plan may fail.")).toEqual([["The leaked memos", "suggest"]]);
    expect(pairs("The firm cut its dividend, reporting losses for a third year.")).toEqual([]);
  });

  it("takes a document for 'indicates' and a quantifier before 'note that'", () => {
    expect(pairs("The poll indicates that voters are tired.")).toEqual([["The poll", "indicates"]]);
    expect(pairs("Some note that the rule was never used.")).toEqual([["Some", "note"]]);
  });

  it("keeps a possessive and 'Many of' or 'One of' in the source", () => {
    expect(pairs("Many of his supporters believe the election was stolen.")).toEqual([
      ["Many of his supporters", "believe"],
    ]);
    expect(pairs("His aides say it is too early.")).toEqual([["His aides", "say"]]);
  });
});

describe("finding no source where there is none", () => {
  it("takes no preposition, gerund or idiom for a source", () => {
    expect(pairs("Having said that, the plan is fine.")).toEqual([]);
    expect(pairs("Let's say the plan fails.")).toEqual([]);
    expect(
      pairs(
        "The judge may not enforce it because of her Fifth Amendment claims, and prosecutors rarely act.",
      ),
    ).toEqual([]);
  });

  it("reads no heading in capitals and no clause before a spaced dash as a report", () => {
    expect(pairs("QUESTIONABLE MEDICAL CLAIMS — For years, he has been dogged by charges.")).toEqual([]);
    expect(
      pairs("The plan includes an aggressive - some say unrealistic - pledge to cut emissions."),
    ).toEqual([]);
  });

  it("leaves a leading weekday out of the source: 'On Monday Trump said'", () => {
    expect(pairs("On Monday Trump said the deal was bad.")).toEqual([["Trump", "said"]]);
  });
});

describe("finding a second verb past an infinitive", () => {
  it("gives a second verb the first one's subject past an infinitive, not past a verb of the claim", () => {
    expect(
      pairs(
        "The family has called on police to release the videos and called on people to protest peacefully.",
      ),
    ).toEqual([
      ["The family", "called"],
      ["The family", "called"],
    ]);
    expect(pairs("Police say the driver tried to flee and refused to stop.")).toEqual([["Police", "say"]]);
  });
});

describe("trimming the start of a source", () => {
  it("leaves 'Even' out of the source", () => {
    expect(pairs("Even China, the country's only ally, said it was opposed to the test.")).toEqual([
      ["China", "said"],
    ]);
  });
});

describe("reading hyphenated names and a leading 'When'", () => {
  it("keeps a hyphenated name or number whole and leaves 'When' out", () => {
    expect(pairs("UN Secretary-General Ban Ki-moon condemned the test.")).toEqual([
      ["UN Secretary-General Ban Ki-moon", "condemned"],
    ]);
    expect(pairs("Sixty-two percent of Republicans agreed that the rule should go.")).toEqual([
      ["Sixty-two percent of Republicans", "agreed"],
    ]);
    expect(pairs("When Clinton noted that the plan failed, the room fell silent.")).toEqual([
      ["Clinton", "noted"],
    ]);
  });
});

describe("finding the subject of a second verb or a participle past an opening clause or an aside", () => {
  it("gives a verb after 'and' in the first verb's tense to the first verb's source, not to its claim", () => {
    expect(
      pairs("The mayor said the city would review its budget and urged residents to stay calm."),
    ).toEqual([
      ["The mayor", "said"],
      ["The mayor", "urged"],
    ]);
    // "ignored" has the tense of "refused": the second verb may be the claim's own, so it stays there.
    expect(pairs("Police said the driver ignored the signal and refused to stop.")).toEqual([
      ["Police", "said"],
    ]);
  });

  it("reads the main clause's subject past a participle between commas", () => {
    expect(
      pairs("The minister, speaking at a rally in the north, praised the nurses and promised to hire more."),
    ).toEqual([
      ["The minister", "praised"],
      ["The minister", "promised"],
    ]);
  });

  it("reads the main clause's subject after an opening 'When' clause or participle clause", () => {
    expect(pairs("When the plant closed, the mayor blamed the owners and accused them of lying.")).toEqual([
      ["the mayor", "accused"],
      ["the mayor", "blamed"],
    ]);
    expect(
      pairs("Stung by the report, the minister changed her plan, promising to hire more nurses."),
    ).toEqual([["the minister", "promising"]]);
  });
});

describe("finding more cues: stance participles, verbs read as nouns, purposes", () => {
  it("reads a participle after 'be' as a stance adjective, not a passive: 'are convinced', 'is also determined to'", () => {
    expect(
      pairs(
        "Residents are convinced the plant will close. The mayor is also determined to act. Dock workers were worried about the vote. The plan was opposed by residents.",
      ),
    ).toEqual([
      ["Residents", "convinced"],
      ["The mayor", "determined"],
      ["Dock workers", "worried"],
      ["residents", "opposed"],
    ]);
  });

  it("reads a verb the tagger took for a noun between its subject and its object: 'Many shippers support the quay', 'Ms. Lee notes they …'", () => {
    expect(
      pairs(
        "Many shippers support the new quay. Ms. Lee notes they were never asked. The harbour board references two earlier reports. Their support for the quay grew. Harbour town Dover is busy. Rates fell four percentage points each year until they hit a floor.",
      ),
    ).toEqual([
      ["Many shippers", "support"],
      ["Ms. Lee", "notes"],
      ["The harbour board", "references"],
    ]);
  });

  it("reads a report that is the purpose of a meeting or a trip, but not one its object is urged to make", () => {
    expect(
      pairs(
        "The council met on Monday with the port's owners to discuss the new fees. The union urged its members to discuss the offer.",
      ),
    ).toEqual([
      ["The council", "discuss"],
      ["The union", "urged"],
    ]);
  });

  it("reads a verb of knowing that ends the sentence after its source: '…, the Gazette has learned.'", () => {
    const found = attributionsIn(
      "The minister was taken to hospital, the Gazette has learned. I do not know.",
    );
    expect(found.map((item) => [item.source, item.cue, item.claim])).toEqual([
      ["the Gazette", "learned", "The minister was taken to hospital"],
    ]);
  });
});

describe("finding more sources: a month, a 'who' clause, a claim after a second verb", () => {
  it("reads past a month between a relative pronoun and its verb, and ends the relative clause's claim at its comma", () => {
    const found = attributionsIn(
      "The board, which in March imposed new fees, said the quay would stay open.",
    );
    expect(found.map((item) => [item.source, item.cue, item.claim])).toEqual([
      ["The board", "said", "the quay would stay open"],
      ["which", "imposed", "new fees"],
    ]);
  });

  it("reads past a 'who' clause between a source and its verb: 'One of the doctors who sent the letter called …'", () => {
    expect(pairs("One of the doctors who sent the letter called Dr. Oz a quack.")).toEqual([
      ["One of the doctors who sent the letter", "called"],
    ]);
  });

  it("looks for 'that' after a cue only over words with no auxiliary: 'said the port would reopen and warned that …'", () => {
    const found = attributionsIn(
      "Ms. Ruiz said the port would reopen soon and warned that fares would rise.",
    );
    expect(found.map((item) => [item.source, item.cue, item.claim.slice(0, 26)])).toEqual([
      ["Ms. Ruiz", "said", "the port would reopen soon"],
      ["Ms. Ruiz", "warned", "fares would rise"],
    ]);
  });

  it("takes a document with an '-ed' modifier, or one inside a longer source, for an evidence verb", () => {
    expect(
      pairs(
        "The gap grew after leaked documents from his tax return show he took a loss. The average of polls taken over the past two weeks shows Ms. Lee ahead.",
      ),
    ).toEqual([
      ["leaked documents from his tax return", "show"],
      ["The average of polls taken over the past two weeks", "shows"],
    ]);
  });

  it("reads a topic after an adverb ('spoke warmly of') and a poll that asked, but not shares that declined sharply to a price", () => {
    expect(
      pairs(
        "Ms. Ruiz spoke warmly of her rival. Shares declined sharply to $5. When the poll asked about both candidates, Ms. Lee led.",
      ),
    ).toEqual([
      ["Ms. Ruiz", "spoke"],
      ["the poll", "asked"],
    ]);
  });
});

describe("finding the source of an infinitive or a gerund that another verb governs", () => {
  it("gives an infinitive the subject of the verb that governs it, as a modal report", () => {
    expect(pairsIn("The mayor tried on Monday to make the case that the depot should close.")).toEqual([
      ["The mayor", "make", "modal"],
    ]);
    expect(pairsIn("The senator needs to tell voters where the money went.")).toEqual([
      ["The senator", "tell", "modal"],
    ]);
    expect(pairsIn("She was able to tout her record on housing.")).toEqual([["She", "tout", "modal"]]);
  });

  it("gives an infinitive after 'force' and the like to their object", () => {
    expect(pairsIn("The panel forced the director to admit that the figures were wrong.")).toEqual([
      ["the director", "admit", "modal"],
    ]);
  });

  it("reads no source for an infinitive after a reporting verb, 'be', a passive, a question word or 'it'", () => {
    expect(pairsIn("He refused to say whether he would run.")).toEqual([["He", "refused", "negated"]]);
    expect(pairs("It is hard to say whether the plan will work.")).toEqual([]);
    expect(pairs("The aim is to tell the story of the strike.")).toEqual([]);
    expect(pairs("The question is how to make the case for the levy.")).toEqual([]);
    // "determined" is the minister's stance (a stance adjective); "warn" gets no source of its own.
    expect(pairs("The minister is determined to warn the banks about the rules.")).toEqual([
      ["The minister", "determined"],
    ]);
    // The infinitive is part of what Lee said, not a report of its own.
    expect(pairs("Lee said he went to the town hall to tell residents the news.")).toEqual([["Lee", "said"]]);
  });

  it("gives a gerund the subject of the verb that governs it, past 'of' and after 'but'", () => {
    expect(pairsIn("The mayor avoids condemning the strike by bus drivers.")).toEqual([
      ["The mayor", "condemning", "modal"],
    ]);
    expect(pairsIn("Ms. Lee praised the drivers but stopped short of calling the strike fair.")).toEqual([
      ["Ms. Lee", "praised"],
      ["Ms. Lee", "calling", "modal"],
    ]);
  });

  it("reads the speaker after 'with' as the source of its participle, not a message", () => {
    expect(pairs("Fares rose again, with commuters blaming the new levy.")).toEqual([
      ["commuters", "blaming"],
    ]);
    expect(pairs("The plan was rewritten, with softer language calling for talks.")).toEqual([]);
  });
});

describe("finding the source of a verb that closes the sentence, or after a relative 'which' and a month", () => {
  it("reads a verb of knowing or hoping that ends the sentence after a comma or 'what' as a report of what came first", () => {
    expect(attributionsIn("The mayor will resign next week, the Gazette has learned.")).toMatchObject([
      { source: "the Gazette", cue: "learned", claim: "The mayor will resign next week" },
    ]);
    expect(pairs("At least that is what the campaign now hopes.")).toEqual([["the campaign", "hopes"]]);
    expect(pairs("He thinks.")).toEqual([]);
  });

  it("reads a relative pronoun past a month between it and its verb", () => {
    expect(
      pairs("The council, which in March imposed new fines on landlords, said rents would fall."),
    ).toEqual([
      ["The council", "said"],
      ["which", "imposed"],
    ]);
  });
});

describe("finding a source with a 'who' clause, a title read as an adjective, or a survey that asks", () => {
  it("keeps a 'who' clause with no comma before it in the source", () => {
    expect(pairs("One of the nurses who signed the letter called the plan a disgrace.")).toEqual([
      ["One of the nurses who signed the letter", "called"],
    ]);
    expect(pairs("The mayor, who signed the letter, called the plan a disgrace.")).toEqual([
      ["The mayor", "called"],
    ]);
  });

  it("reads 'general' after a title as the head of the source", () => {
    expect(pairs("The state attorney general is confirming that the charity was never registered.")).toEqual([
      ["The state attorney general", "confirming"],
    ]);
  });

  it("lets a poll or a survey ask, as it may say", () => {
    expect(pairs("When the survey asked about the four candidates, the mayor led.")).toEqual([
      ["the survey", "asked"],
    ]);
  });

  it("reads no report in a verb followed at once by 'and' or 'or'", () => {
    expect(pairs("Would you vote for a man who said and did the same things as the mayor?")).toEqual([]);
    expect(pairs("Then state and local leaders could call on their help.")).toEqual([]);
  });
});

describe("finding the subject of a verb after 'and' in the clause whose verb has its tense", () => {
  it("gives a verb after 'and' the subject of the nearest verb in its tense, inside a subordinate clause too", () => {
    expect(pairs("The board met late after she questioned the figures and demanded an audit.")).toEqual([
      ["she", "questioned"],
      ["she", "demanded"],
    ]);
  });
});

describe("finding the speaker of a participle after 'each', 'had' or 'left', or of 'going on to say'", () => {
  it("reads 'each' after a comma as the source of its participle", () => {
    expect(pairs("The two leaders met on Friday, each praising the courage of the other.")).toEqual([
      ["each", "praising"],
    ]);
  });

  it("reads the people that 'had' or 'left' something doing as the source of its participle", () => {
    expect(pairs("The storm had residents calling for new levees.")).toEqual([["residents", "calling"]]);
    expect(pairs("The vote left analysts wondering whether the deal would hold.")).toEqual([
      ["analysts", "wondering"],
    ]);
  });

  it("reads a clause after 'whether' as what a verb of thinking reports", () => {
    expect(pairs("The mayor has wondered whether the board will be fair to him.")).toEqual([
      ["The mayor", "wondered"],
    ]);
  });

  it("gives 'going on to say' after a comma the reporter before it", () => {
    expect(
      pairs("Costs will rise next year, the mayor said, going on to say that the levy would stay."),
    ).toEqual([
      ["the mayor", "said"],
      ["the mayor", "say"],
    ]);
  });
});

describe("reading a time between a verb and the infinitive it governs", () => {
  it("reads 'Friday' after 'met' as a time, not as the object that would do what the infinitive says", () => {
    expect(pairsIn("Union leaders met Friday to discuss the offer from the company.")).toEqual([
      ["Union leaders", "discuss", "modal"],
    ]);
  });
});

describe("finding a source that ends in a number after 'of'", () => {
  it("keeps 'of three' in the source", () => {
    expect(
      pairs("Asked about the plan, the 34-year-old mother of three replied that it was too late."),
    ).toEqual([["the 34-year-old mother of three", "replied"]]);
  });
});

describe("finding who sends a message a participle reports for", () => {
  it("reads a quantity of messages as the light verb's object", () => {
    expect(pairs("The mayor unleashed a series of tweets attacking the council.")).toEqual([
      ["The mayor", "unleashed"],
    ]);
  });

  it("gives the participle to the sender when the light verb does not report", () => {
    expect(
      pairs(
        "The mayor unleashed a very long early-morning volley of angry tweets saying the vote was rigged.",
      ),
    ).toEqual([["The mayor", "saying"]]);
  });
});

describe("finding the agent of a reduced passive that takes a side", () => {
  it("reads the agent of 'imposed by' or 'endorsed by' with no 'be' as the source", () => {
    expect(pairs("The fine, imposed by the regulator last week, was the largest yet.")).toEqual([
      ["the regulator", "imposed"],
    ]);
    // Reporting and publishing without "be" stay no report: the report is no claim of the agent's here.
    expect(pairs("Problems reported by users were fixed.")).toEqual([]);
  });
});

describe("finding a cue past a phrase, a day or a contracted 'has'", () => {
  it("reads a verb of knowing before 'that' past a short phrase: 'We know from his filings that …'", () => {
    expect(pairs("We know from his filings that the firm lost money.")).toEqual([["We", "know"]]);
  });

  it("reads 'that' past an adverb and a phrase ('learned again during the debate that') and 'and plans to' read as a noun", () => {
    expect(pairs("Republicans learned again during the debate that the nominee would not change.")).toEqual([
      ["Republicans", "learned"],
    ]);
    expect(pairs("He proposes new rules, and plans to reduce the cost of insurance.")).toEqual([
      ["He", "proposes"],
      ["He", "plans"],
    ]);
  });

  it("reads a clause after a year: 'hope in 2027 the council will reopen the pool'", () => {
    expect(pairs("Many residents hope in 2027 the council will reopen the pool.")).toEqual([
      ["Many residents", "hope"],
    ]);
  });

  it("reads a day between a verb and the word it needs: 'ruled Friday against'", () => {
    expect(pairs("A federal court ruled Friday against the levy.")).toEqual([["A federal court", "ruled"]]);
  });

  it("reads a contracted 'has' before the word a verb needs as no passive: 'he's sought to'", () => {
    expect(pairs("Since the vote, he's sought to cut the fares.")).toEqual([["he", "sought"]]);
  });

  it("gives a participle after a news conference to whoever held it", () => {
    expect(pairs("The mayor spoke at a news conference announcing that the port would close.")).toEqual([
      ["The mayor", "announcing"],
    ]);
  });
});

describe("finding a progressive read as an adjective, and questions raised", () => {
  it("reads 'is promising to' as a report, not 'a promising start' or 'the outlook is promising'", () => {
    expect(
      pairs("Ms. Ruiz is promising to reopen the pool. It was a promising start. The outlook is promising."),
    ).toEqual([["Ms. Ruiz", "promising"]]);
  });

  it("reads 'raised questions about' as a stance, not 'raised the fares'", () => {
    expect(pairs("The auditor raised questions about the fund. The company raised the fares.")).toEqual([
      ["The auditor", "raised"],
    ]);
  });
});

describe("reading a cue form in another sense", () => {
  it("leaves 'called into a radio show' and 'called off' alone in the character rules too", () => {
    expect(pairs("She called into a radio show on Friday. Fans called off the march.")).toEqual([]);
  });
});

describe("reading a clause that opens with a bare noun phrase", () => {
  it("reads a noun phrase with no determiner before an auxiliary as a clause a verb of thinking reports", () => {
    expect(pairs("The mayor hoped local firms would hire more staff.")).toEqual([["The mayor", "hoped"]]);
    expect(pairs("Many voters believe taxes are too high.")).toEqual([["Many voters", "believe"]]);
    expect(pairs("The officials felt comfortable with the plan because it could pass.")).toEqual([]);
    // "where" ends the search for a source: the war zones know nothing.
    expect(pairs("Aid goes to war zones where known militants are active.")).toEqual([]);
  });
});

describe("reading the source of a verb inside a clause of thinking", () => {
  it("gives 'says' after 'hope' its own subject, with or without a year between", () => {
    expect(pairs("Many residents hope in 2027 the council says yes.")).toEqual([
      ["Many residents", "hope"],
      ["the council", "says"],
    ]);
    expect(pairs("Many residents hope the council says yes.")).toEqual([
      ["Many residents", "hope"],
      ["the council", "says"],
    ]);
  });

  it("takes what follows a source that opens a clause as its claim: 'hope that the council says yes'", () => {
    const says = attributionsIn("Many residents hope that the council says yes.").find(
      (item) => item.cue === "says",
    );
    expect(says).toMatchObject({ source: "the council", claim: "yes" });
  });

  it("starts a claim at a verb of the present before 'that': 'said Obama hopes that …'", () => {
    expect(
      attributionsIn("He said Obama hopes that his successor will push for the same goals."),
    ).toMatchObject([
      { source: "He", cue: "said", claim: "Obama hopes that his successor will push for the same goals" },
    ]);
    // A source after its cue ("According to reports, …") keeps the claim after the source.
    expect(attributionsIn("According to reports, over 30 militants were killed.")).toMatchObject([
      { source: "reports", claim: "over 30 militants were killed" },
    ]);
  });

  it("keeps a verb form that opens or heads the source: 'show insiders', 'newly filed reports shows'", () => {
    expect(pairs("The host was rude to the staff, according to show insiders.")).toEqual([
      ["show insiders", "according to"],
    ]);
    expect(pairs("Donations rose in August, an analysis of newly filed reports shows.")).toEqual([
      ["an analysis of newly filed reports", "shows"],
    ]);
  });
});

describe("reading a verb the tagger takes for a noun after a relative, a surname or a document", () => {
  it("reads a verb after a relative 'that' or 'which' read as a determiner", () => {
    expect(pairs("Several cities that support the rules joined the suit.")).toEqual([["that", "support"]]);
    expect(pairs("The study -- which notes that most firms pay little -- was long.")).toEqual([
      ["which", "notes"],
    ]);
    // "that support" after a verb is a determiner and a noun.
    expect(pairs("The plan that support built was dropped.")).toEqual([]);
  });

  it("reads a surname the tagger takes for a verb after a conjunction: 'though Lynch notes they …'", () => {
    expect(pairs("Few women hold the post, though Lynch notes they were named before she came.")).toEqual([
      ["Lynch", "notes"],
    ]);
  });

  it("lets a document note or state what it holds: 'The report notes that …'", () => {
    expect(pairs("The report notes that most firms pay little.")).toEqual([["The report", "notes"]]);
    expect(pairs("The audit states that the fund lost money.")).toEqual([["The audit", "states"]]);
  });
});

describe("reading a bare noun of evidence that points to the story's own", () => {
  it("reads 'Polls show', 'Video shows that', 'Records show' with no modifier as sources", () => {
    expect(pairs("Polls show the race tightening in Ohio.")).toEqual([["Polls", "show"]]);
    expect(pairs("Video shows that the driver braked.")).toEqual([["Video", "shows"]]);
    expect(pairs("Records show the firm paid no tax.")).toEqual([["Records", "show"]]);
  });

  it("still leaves a bare 'Studies show' or 'Research shows' alone", () => {
    expect(pairs("Studies show the berry curbs hunger. Research shows that sleep helps.")).toEqual([]);
  });
});

describe("reading a gerund after a preposition that takes one", () => {
  it("gives a gerund after 'despite' or 'aside from' the subject of its clause, its claim ending at the comma", () => {
    expect(attributionsIn("Ryan, despite admitting that he had doubts, backed the bill.")).toMatchObject([
      { source: "Ryan", cue: "admitting", claim: "he had doubts" },
      { source: "Ryan", cue: "backed" },
    ]);
    expect(
      pairs("Speaker Ann Ryan, R-Wis., despite admitting that she had doubts, signed it."),
    ).toContainEqual(["Speaker Ann Ryan", "admitting"]);
    expect(pairs("Despite saying the plan would fail, Lee voted for it.")).toEqual([
      ["Lee", "saying"],
      ["Lee", "voted"],
    ]);
    expect(
      pairs(
        "Ms. Ruiz likes the seat, but she refuses to discuss names, aside from saying she wants a mixed team.",
      ),
    ).toContainEqual(["she", "saying"]);
  });

  it("gives a gerund after 'for' the subject of the verb before it, or the object between", () => {
    expect(pairs("She apologized for saying the vote was rigged.")).toEqual([["She", "saying"]]);
    expect(pairs("Trump was criticized for saying that the election was rigged.")).toEqual([
      ["Trump", "saying"],
    ]);
    expect(pairs("Lee praised Kim for saying the plan would fail.")).toEqual([
      ["Lee", "praised"],
      ["Kim", "saying"],
    ]);
    // A gerund after a noun's "for" names a use, not a report.
    expect(pairs("It is a tool for saying things fast.")).toEqual([]);
  });
});

describe("reading a past form the tagger takes for an adjective", () => {
  it("reads '-ed' after 'has' or right after its subject, before its object, as the verb", () => {
    expect(pairs("Ms. Lee has articulated these themes before.")).toEqual([["Ms. Lee", "articulated"]]);
    expect(pairs("The newspaper has also detailed foundation spending that broke the rules.")).toEqual([
      ["The newspaper", "detailed"],
    ]);
    expect(pairs('In a short note, it referenced "political tensions" in the region.')).toEqual([
      ["it", "referenced"],
    ]);
  });

  it("leaves an '-ed' adjective after a determiner or in a passive alone", () => {
    expect(pairs("The detailed plan was long. The plan was referenced in the report.")).toEqual([]);
  });
});

describe("reading a song's words as a report beside their quotation", () => {
  it("reads 'sings' or 'singing' next to a quotation, not singing alone", () => {
    expect(pairs("“Keep your hands in sight,” Blige sings to her.")).toEqual([["Blige", "sings"]]);
    expect(pairs("The band leader waved, singing “It is our time.”")).toEqual([
      ["The band leader", "singing"],
    ]);
    expect(pairs("She sang to the crowd for an hour.")).toEqual([]);
  });
});

describe("reading a second verb past a report left inside the first one's claim", () => {
  it("keeps 'and suggested' the speaker's when a verb of the claim ('declare') reports nothing of its own", () => {
    expect(
      pairs(
        "The prime minister said this week that the country would formally declare its plan to leave by March and suggested that it would quit the market.",
      ),
    ).toEqual([
      ["The prime minister", "said"],
      ["The prime minister", "suggested"],
    ]);
  });
});

describe("reading a verb the tagger takes for a noun past an aside or after a share of people", () => {
  it("reads the verb after a subject and its aside: 'Some Democrats, however, question …', 'Ann Lee, …, plans to'", () => {
    expect(pairs("Some Democrats, however, question the wisdom of the plan.")).toEqual([
      ["Some Democrats", "question"],
    ]);
    expect(
      pairs("The governor's running mate, Ohio Sen. Ann Lee, plans to release her own returns."),
    ).toEqual([["The governor's running mate", "plans"]]);
  });

  it("reads the plain form after a share of people: '1 percent support the Green Party'", () => {
    expect(pairs("Of those asked, 1 percent support the Green Party.")).toEqual([["1 percent", "support"]]);
    expect(pairs("Prices rose 4 percent, plans to expand were shelved.")).toEqual([]);
  });
});

describe("reading a text's words and an emotive verb by the tagger's lemma", () => {
  it("reads 'the letter reads' beside its quotation, not 'read the letter'", () => {
    expect(pairs("“We will win,” the letter reads.")).toEqual([["the letter", "reads"]]);
    expect(pairs("He read the letter twice.")).toEqual([]);
  });

  it("reads 'lambasted' and 'lambasting', whose lemma the tagger gives as 'lambast'", () => {
    expect(pairs("The mayor lambasted the board for the delay.")).toEqual([["The mayor", "lambasted"]]);
  });
});

describe("finding the claim of a source that trails an opening phrase or a clause", () => {
  it("takes the words after the cue when only an opening phrase with no verb comes before the source", () => {
    expect(
      attributionsIn(
        "During his years in office, the mayor said, most residents have come to trust the police.",
      ),
    ).toMatchObject([{ source: "the mayor", claim: "most residents have come to trust the police" }]);
    // A clause before the source is still its claim.
    expect(attributionsIn("In the end the plan failed, the mayor said.")).toMatchObject([
      { source: "the mayor", claim: "In the end the plan failed" },
    ]);
  });

  it("gives a document that ends the sentence after a comma the clause before it", () => {
    expect(
      attributionsIn("Donations rose by a third in August, an analysis of newly filed reports shows."),
    ).toMatchObject([
      { source: "an analysis of newly filed reports", claim: "Donations rose by a third in August" },
    ]);
  });
});

describe("keeping the readings of this stop to their words", () => {
  it("reads a gerund after 'for' only with a subject right before the verb, and not inside a name", () => {
    expect(pairs("Any observer could be forgiven for believing that both sides won.")).toEqual([
      ["Any observer", "believing"],
    ]);
    expect(pairs("He is secretary of the Council for Promoting Church Unity.")).toEqual([]);
  });

  it("starts a claim at a verb of the present only after its subject, not at a noun read as a verb", () => {
    expect(
      attributionsIn("Ms. Lee reported to church authorities as early as 2002 that the priest had lied."),
    ).toMatchObject([{ cue: "reported", claim: "the priest had lied" }]);
  });
});

describe("reading evidence that came to light and a report in brackets", () => {
  it("gives 'showing' after 'Video surfaced' or 'a photo emerged' to the evidence", () => {
    expect(pairs("Video surfaced showing the senator stumbling to a van.")).toEqual([["Video", "showing"]]);
    expect(pairs("A photo emerged on Friday showing the two men together.")).toEqual([
      ["A photo", "showing"],
    ]);
  });

  it("reads a report in brackets as an aside of its own, not part of the claim before them", () => {
    expect(
      pairs(
        "Video surfaced showing her stumbling to a van (her campaign later disclosed that she has pneumonia).",
      ),
    ).toEqual([
      ["Video", "showing"],
      ["her campaign", "disclosed"],
    ]);
  });
});

describe("reading a second participle that shares 'each'", () => {
  it("gives 'and saying' after ', each touting …' to 'each'", () => {
    expect(
      pairs(
        "The two candidates met on Wednesday, each touting their own record and saying the other lacks judgment.",
      ),
    ).toEqual([
      ["each", "touting"],
      ["each", "saying"],
    ]);
  });
});

describe("reading quotation marks printed as two apostrophes", () => {
  it("reads ''…'' as a quotation: no report inside it, and the speaker after it without the marks", () => {
    expect(
      attributionsIn("''I think all candidates should do so,'' Ann Lee told me this week."),
    ).toMatchObject([{ source: "Ann Lee", cue: "told", claim: "I think all candidates should do so" }]);
    expect(pairs("''A museum alone will not end poverty,'' he said.")).toEqual([["he", "said"]]);
  });
});

describe("reading a participle the tagger takes for a noun after a comma", () => {
  it("reads '…, warning that …' as a report, not 'repeated warnings from his lawyer that …'", () => {
    expect(pairs("The leaders backed a joint force, warning that the exit will weaken the bloc.")).toEqual([
      ["The leaders", "backed"],
      ["The leaders", "warning"],
    ]);
    expect(
      pairs("The vote went ahead despite repeated warnings from his lawyer that it was futile."),
    ).toEqual([]);
  });
});

describe("reading 'X branded Y Z' as 'X calls Y Z'", () => {
  it("reads 'branded' before an object and a label, not 'branded goods'", () => {
    expect(attributionsIn("Japan branded North Korea a threat.")).toMatchObject([
      { source: "Japan", cue: "branded", cueTone: "emotive", claim: "North Korea a threat" },
    ]);
    expect(pairs("The branded goods sold well.")).toEqual([]);
  });

  it("reads 'brand' only with the label it gives ('a', 'an', 'as' after it), not the mark on cattle or goods", () => {
    expect(pairs("The minister branded the strike an act of sabotage.")).toEqual([
      ["The minister", "branded"],
    ]);
    expect(pairs("Critics branded the deal as a giveaway.")).toEqual([["Critics", "branded"]]);
    expect(pairs("Ranchers brand their calves every spring before the sale.")).toEqual([]);
    expect(pairs("Growers brand their apples with the farm's name.")).toEqual([]);
  });
});

describe("reading a contracted 'has' and a relative clause between dashes", () => {
  it("reads 'who's called for' as 'who has called for', not 'he's said to be ill'", () => {
    expect(pairs("Ms. Lee, who’s called for tax hikes, spoke first.")).toEqual([["who", "called"]]);
    expect(pairs("He's said that the plan will fail. He's said to be ill.")).toEqual([["He", "said"]]);
    // An impersonal subject makes it "is": a hedge, nobody's report.
    expect(pairs("It's expected that the army will go on.")).toEqual([]);
  });

  it("ends a relative clause's claim at its closing dash, so the report after it stands", () => {
    expect(
      attributionsIn(
        "It is a big issue, with Ann Lee — who’s called for higher taxes on the rich — lambasting the plan as unfair.",
      ),
    ).toMatchObject([
      { source: "Ann Lee", cue: "lambasting" },
      { source: "who", cue: "called", claim: "for higher taxes on the rich" },
    ]);
  });
});
