import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analysis/analyze-article";
import type { ArticleAnalysis, LoadedTerm } from "../src/analysis/types";
import { buildQuestionBank } from "../src/questions/bank";
import { buildAsymmetryQuestions } from "../src/questions/builders/asymmetry";
import { buildClaimMatchQuestions } from "../src/questions/builders/claim-match";
import { buildClaimSourceQuestions } from "../src/questions/builders/claim-source";
import { buildFigureSourcingQuestions } from "../src/questions/builders/figure-sourcing";
import { buildGroupLabelQuestions } from "../src/questions/builders/group-label";
import { buildLateralReadingQuestions } from "../src/questions/builders/lateral-reading";
import { buildLoadedVoiceQuestions } from "../src/questions/builders/loaded-voice";
import { buildLoadedWordQuestions } from "../src/questions/builders/loaded-word";
import { buildNeutralRewriteQuestions } from "../src/questions/builders/neutral-rewrite";
import { buildReportingVerbQuestions } from "../src/questions/builders/reporting-verb";
import { buildScareQuotesQuestions } from "../src/questions/builders/scare-quotes";
import { buildSelectiveVerbsQuestions } from "../src/questions/builders/selective-verbs";
import { buildUnattributedSentenceQuestions } from "../src/questions/builders/unattributed-sentence";
import { buildUnsupportedClaimQuestions } from "../src/questions/builders/unsupported-claim";
import { type BuildInput, tidy } from "../src/questions/draft";
import { statesFigure } from "../src/questions/facts";
import { STANDING_TEXT, standingOptions } from "../src/questions/standing";
import { claimAsOption, excerpt } from "../src/questions/text";
import type { Question } from "../src/questions/types";

/**
 * One spec per fault the fifth and later review rounds found (docs/question-review.md), each on a small
 * article of our own, each failing before its fix in the builders.
 */

function input(text: string, change: (analysis: ArticleAnalysis) => void = () => {}): BuildInput {
  const analysis = analyzeArticle(text);
  change(analysis);
  return { article: { slug: "review", text }, analysis };
}

function keyOf(question: Question): string {
  return question.options.find((option) => option.id === question.correctOptionId)?.text ?? "";
}

function passageTexts(text: string, question: Question): string[] {
  return question.passages.map((passage) => text.slice(passage.start, passage.end));
}

const UTILITY = `Reservoirs fall to a record low

By Ann Writer

Example Wire, 3 March 2026

The Northvale Water Board said its reservoirs held 40 per cent of capacity on Monday. The board said the leakage rate stood at 21 per cent of treated water. An independent regulator, the Office for Water Quality, said in a report that the board had missed its leakage target for two years. Dr Ana Ruiz, a hydrologist at the University of Northvale, said the spring had been dry. She said rising demand from new housing had added to the strain.
`;

describe("review round 5: whose record the story weighs, and who a short name is", () => {
  it("keys a body reporting on its own record as a side when another source judges that record", () => {
    const questions = buildFigureSourcingQuestions(input(UTILITY));
    const leakage = questions.find((question) => question.prompt.includes("leakage rate"));
    expect(leakage && keyOf(leakage)).toBe(STANDING_TEXT["named-interested"].label);
    expect(leakage?.control).toBe(false);
  });

  it("shows the sentence that introduces a source the question names only as 'She'", () => {
    const questions = buildClaimSourceQuestions(input(UTILITY));
    const she = questions.find((question) => question.prompt.includes("rising demand"));
    expect(she).toBeDefined();
    const shown = passageTexts(UTILITY, she as Question).join(" ");
    expect(shown).toContain("Dr Ana Ruiz, a hydrologist at the University of Northvale");
  });

  it("names a source that starts with an article in lower case mid-sentence", () => {
    const questions = buildClaimSourceQuestions(input(UTILITY));
    // "An independent regulator, the Office for Water Quality, said": the key is the name it gives.
    const regulator = questions.find((question) => keyOf(question) === "The Office for Water Quality");
    const feedback = regulator?.options.map((option) => option.feedback).join(" ") ?? "";
    expect(feedback).toContain("gives the Office for Water Quality as the source");
    expect(regulator?.explanation).toContain("whether the Office for Water Quality is well placed");
  });
});

const COUNCIL = `Council backs new homes

By Ann Writer

Example Gazette, 3 March 2026

Councillor Jo Bell, who chairs the committee, said the plan would bring new homes to the town. "People here are waiting years for somewhere to live. We cannot keep saying no," she said. Councillor Tom Hale said the roads could not take more traffic.
`;

describe("review round 5: the passage shown while answering", () => {
  it("starts a passage where the quotation it ends opened, and shows who 'she' is", () => {
    const question = buildClaimSourceQuestions(input(COUNCIL)).find((item) =>
      item.prompt.includes("We cannot keep saying no"),
    );
    expect(question).toBeDefined();
    const shown = passageTexts(COUNCIL, question as Question);
    expect(shown.some((passage) => passage.startsWith('"People here are waiting'))).toBe(true);
    expect(shown.some((passage) => passage.startsWith("Councillor Jo Bell"))).toBe(true);
  });

  it("shows every sentence an unsupported-claim question offers, not only the key's", () => {
    const text = `Strikes reported

By Ann Writer

Example Wire, 3 March 2026

The ministry said its forces hit 20 targets. The governor said the bridge had reopened. Activists claimed that a school was hit. The claim could not be independently verified. The mayor said the curfew would end on Friday.
`;
    const [question] = buildUnsupportedClaimQuestions(input(text));
    expect(question).toBeDefined();
    const shown = passageTexts(text, question as Question).join(" ");
    for (const option of (question as Question).options) {
      expect(shown).toContain(option.text.replace(/…$/, ""));
    }
  });

  it("starts a cut excerpt at a clause, not in the middle of one", () => {
    const text =
      "The strike came in response to the November 21 incident, when militant shelling killed or injured at least 37 people in the city of Aleppo.";
    const focus = text.indexOf("killed");
    const shown = excerpt(text, { start: 0, end: text.length }, { start: focus, end: focus + 6 }, 90);
    expect(shown).toMatch(/^…when militant shelling killed/);
  });
});

describe("review round 5: feedback and explanations that teach the method", () => {
  it("tells a student who took a vague source for a named one that it names no one, not that it is a side", () => {
    const options = standingOptions("vague", "pro-militant sources");
    const accountable = options.find((option) => option.text === STANDING_TEXT["named-accountable"].label);
    expect(accountable?.feedback).toContain("names no one");
    expect(accountable?.feedback).not.toMatch(/one of the sides/);
  });

  it("tells a student who took a side for an outsider what the stake is, without calling a person 'it'", () => {
    const options = standingOptions("named-interested", "Councillor Peter Haines");
    const accountable = options.find((option) => option.text === STANDING_TEXT["named-accountable"].label);
    expect(accountable?.feedback).toContain("stake");
    expect(accountable?.feedback).not.toMatch(/“Councillor Peter Haines” is not an outsider/);
    const right = options.find((option) => option.text === STANDING_TEXT["named-interested"].label);
    expect(right?.feedback).not.toMatch(/\bit has a stake\b/);
  });

  it("explains a hedged sentence as passed on without a source, not as the outlet's own word", () => {
    const text = `Berry pills sell out

By Ann Writer

Example Daily, 3 March 2026

Women who took the capsule reportedly lost two dress sizes in four weeks. Dr Ana Ruiz said the trial was too small. Simon Day said the results were remarkable. Tom Hale said stocks had run out.
`;
    const question = buildUnattributedSentenceQuestions(input(text)).find((item) => !item.control);
    expect(question?.explanation).toContain("“reportedly” passes the claim on without saying who");
    expect(question?.explanation).not.toContain("outlet's word");
  });

  it("capitalises a figure explanation that has no source to name", () => {
    const text = `Clashes in the north

By Ann Writer

Example Wire, 3 March 2026

6 soldiers were reportedly killed near the border. The ministry said 20 fighters were killed.
`;
    for (const question of buildFigureSourcingQuestions(input(text))) {
      expect(question.explanation).toMatch(/^[A-Z“]/);
    }
  });

  it("explains scare quotes once, and never tells the writer to use the doubted label plainly", () => {
    const text = `Offensive resumes

By Ann Writer

Example Wire, 3 March 2026

The “moderate opposition” withdrew from the town on Monday after heavy shelling.
`;
    const [question] = buildScareQuotesQuestions(input(text));
    expect(question).toBeDefined();
    const explanation = question?.explanation ?? "";
    expect(explanation).not.toMatch(/plain term|without the marks/);
    expect(explanation.match(/Quotation marks/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("writes the possessive of a plural source with an apostrophe only", () => {
    const text = `March in the capital

By Ann Writer

Example Wire, 3 March 2026

Opposition websites claimed that thousands had joined the march. The ministry said that 300 people took part.
`;
    const [question] = buildSelectiveVerbsQuestions(input(text));
    expect(question?.explanation).toContain("opposition websites' claim");
    expect(question?.explanation).not.toContain("websites's");
  });

  it("offers the lexicon's advice ('the group's name') as advice, never as a quoted word", () => {
    const text = `Army advances

By Ann Writer

Example Wire, 3 March 2026

Government troops shelled positions of radicals near the town on Monday.
`;
    const questions = buildGroupLabelQuestions(input(text));
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.explanation).not.toContain("“the group's name”");
  });
});

describe("the explanation rule: never recommend a word the lexicon flags", () => {
  const text = `Army advances

By Ann Writer

Example Wire, 3 March 2026

Government troops shelled positions of radicals near the town on Monday.
`;
  /** The engine's term for "radicals", its neutral list changed to put a flagged word first. */
  const withFlaggedNeutral = (analysis: ArticleAnalysis) => {
    for (const term of analysis.loaded as LoadedTerm[]) term.neutral = ["terrorists", "militants"];
  };

  it("skips a neutral alternative the lexicon itself flags, in the loaded-word explanation", () => {
    const questions = buildLoadedWordQuestions(input(text, withFlaggedNeutral));
    const radicals = questions.find((question) => keyOf(question) === "radicals");
    expect(radicals?.explanation).toContain("might say “militants”");
    expect(radicals?.explanation).not.toContain("“terrorists”");
  });

  it("skips it in the group-label key and explanation too", () => {
    for (const question of buildGroupLabelQuestions(input(text, withFlaggedNeutral))) {
      expect(question.explanation).not.toMatch(/Neutral words:[^.]*“terrorists”/);
      if (question.prompt.includes("neutral word")) expect(keyOf(question)).not.toBe("terrorists");
    }
  });
});

const WIRE = `Clashes near the border

By Ann Writer

Example Wire, 3 March 2026

The Syrian Observatory for Human Rights said that 25 fighters were killed near the border. The defence ministry said its troops had taken two villages. Pro-government sources claimed that rebels shelled a school. Two bridges were reportedly destroyed. 6 soldiers were killed in an ambush on Monday.
`;

describe("attribution breadth: which claim the article hands to whom (claim-match)", () => {
  const questions = buildClaimMatchQuestions(input(WIRE));

  it("asks once per source, named or vague, with that source's claim as the key", () => {
    const prompts = questions.map((question) => question.prompt);
    expect(prompts).toContain(
      "Which of these claims does the article hand to “the Syrian Observatory for Human Rights”?",
    );
    expect(prompts).toContain("Which of these claims does the article hand to “pro-government sources”?");
    const vague = questions.find((question) => question.prompt.includes("pro-government sources"));
    expect(vague && keyOf(vague)).toBe("Rebels shelled a school");
    expect(vague?.explanation).toContain("names no one you could ask");
  });

  it("offers other sources' claims, hedged claims and the outlet's own as wrong answers, each saying why", () => {
    const feedback = questions.flatMap((question) => question.options.map((option) => option.feedback ?? ""));
    expect(feedback.some((text) => /hands this one to/.test(text))).toBe(true);
    expect(feedback.some((text) => /“reportedly” passes it on without naming any source/.test(text))).toBe(
      true,
    );
    expect(feedback.some((text) => /states it itself, with no source/.test(text))).toBe(true);
  });

  it("shows every offered claim's sentence, the asked-about one first, and keeps 3 or 4 options", () => {
    for (const question of questions) {
      expect(question.options.length).toBeGreaterThanOrEqual(3);
      expect(question.options.length).toBeLessThanOrEqual(4);
      expect(question.passages.length).toBe(question.options.length);
      const [first] = question.evidence;
      const main = passageTexts(WIRE, question).find((passage) => first && passage.includes(first.text));
      expect(main).toBeDefined();
    }
  });
});

describe("which sentence has no source: 'None of these' is offered whether or not it is right", () => {
  it("offers 'None of these' as a wrong answer when one sentence names no source", () => {
    const text = `Berry pills sell out

By Ann Writer

Example Daily, 3 March 2026

Women who took the capsule reportedly lost two dress sizes in four weeks. Dr Ana Ruiz said the trial was too small. Simon Day said the results were remarkable. Tom Hale said stocks had run out.
`;
    const question = buildUnattributedSentenceQuestions(input(text)).find((item) => !item.control);
    const none = question?.options.find((option) => option.text.startsWith("None of these"));
    expect(none).toBeDefined();
    expect(none?.id).not.toBe(question?.correctOptionId);
  });
});

describe("review round 6", () => {
  it("asks nothing that hands a claim to a source the article only says 'expects' something (the outlet's inference)", () => {
    const text = `Tension in the north

By Ann Writer

Example Wire, 3 March 2026

This indicates that both Moscow and Damascus expect that foreign powers may stage a provocation. The Russian Defense Ministry said 20 militants were killed. ISIS claimed that its members had killed 2 soldiers. A day earlier, a cell killed 3 troops near the town.
`;
    const bank = buildQuestionBank({ slug: "review", text }, analyzeArticle(text));
    expect(bank.length).toBeGreaterThan(0);
    for (const question of bank) {
      const words = [
        question.prompt,
        ...question.options.map((option) => `${option.text} ${option.feedback}`),
      ].join(" ");
      expect(words, question.id).not.toMatch(/\bDamascus\b(?! expect)/);
    }
  });

  it("never calls a named person 'it' in the feedback of a sourcing option", () => {
    for (const right of ["named-interested", "vague", "none"] as const) {
      for (const option of standingOptions(right, "Anton Veselin")) {
        expect(option.feedback).not.toMatch(/“Anton Veselin” is named, but it is/);
      }
    }
  });

  it("names a pronoun source by what it stands for in claim-match, and vague sources in lower case", () => {
    const text = `Retreat reported

By Ann Writer

Example Wire, 3 March 2026

Media outlets affiliated with the rebels claimed that the army suffered heavy losses. According to them, the rebels conducted a tactical retreat. Experts say the front will hold until spring. Two bridges were reportedly destroyed. 6 soldiers were killed in an ambush on Monday.
`;
    const questions = buildClaimMatchQuestions(input(text));
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question.prompt).not.toContain("“them”");
      expect(question.options.map((option) => option.feedback).join(" ")).not.toMatch(
        /hands this one to Experts/,
      );
    }
  });

  it("closes a quotation an option's claim opens", () => {
    expect(claimAsOption('no more than 300 people took part in the so-called "march for fair wages')).toBe(
      'No more than 300 people took part in the so-called "march for fair wages"',
    );
  });

  it("does not offer a body's director's claim beside the body's own in claim-match", () => {
    const text = `Reservoirs fall

By Ann Writer

Example Wire, 3 March 2026

The Northvale Water Board said the reservoirs held 40 per cent of capacity. Its director of operations, Jo Bell, said a hosepipe ban would begin in May. Dr Ana Ruiz, a hydrologist, said the spring had been dry. Two pumps were reportedly damaged. 6 farms were closed on Monday. The river level dropped sharply during the long dry spell in April.
`;
    const board = buildClaimMatchQuestions(input(text)).find((question) =>
      question.prompt.includes("Water Board"),
    );
    expect(board).toBeDefined();
    expect(board?.options.map((option) => option.text)).not.toContain("A hosepipe ban would begin in May");
  });

  it("shows the sentence before a side whose own sentence calls the actor 'they'", () => {
    const text = `Front line moves

By Ann Writer

Example Wire, 3 March 2026

Army troops liberated the town of Amra on Monday. A coalition of rebel groups attacked the east. By Tuesday, they had captured the villages of Sela and Dor.
`;
    const at = (word: string) => text.indexOf(word);
    const questions = buildAsymmetryQuestions(
      input(text, (analysis) => {
        analysis.asymmetries = [
          {
            action: "taking territory",
            sides: [
              {
                actor: "army troops",
                term: "liberated",
                sentence: 0,
                start: at("liberated"),
                end: at("liberated") + 9,
              },
              {
                actor: "a coalition of rebel groups",
                term: "captured",
                sentence: 2,
                start: at("captured"),
                end: at("captured") + 8,
              },
            ],
          },
        ];
      }),
    );
    const shown = passageTexts(text, questions[0] as Question).join(" ");
    expect(shown).toContain("A coalition of rebel groups attacked the east.");
  });

  it("offers unsupported-claim options in the key's form: claims beside a claim, not whole sentences", () => {
    const text = `Berry pills sell out

By Ann Writer

Example Daily, 3 March 2026

Simon Day said the shop would open a second branch in May. Dr Ana Ruiz said the county had too few dietitians for its size. The company did not say what the volunteers ate, and no evidence was provided that the capsules caused the weight loss.
`;
    const [question] = buildUnsupportedClaimQuestions(input(text));
    expect(question && keyOf(question)).toBe("The capsules caused the weight loss");
    for (const option of question?.options ?? []) expect(option.text, option.text).not.toMatch(/\bsaid\b/);
  });

  it("keeps hype ('powerful', 'discovered', 'understands') out of the 'no loaded word' controls", () => {
    const text = `Berry pills sell out

By Ann Writer

Example Daily, 3 March 2026

Scientists have discovered that the fruit contains a powerful compound that switches off the fat-storing hormone, the Daily Example understands. The capsules went on sale in twelve shops across the county on Monday morning.
`;
    const controls = buildLoadedWordQuestions(input(text)).filter((question) => question.control);
    for (const question of controls) expect(question.prompt).not.toContain("powerful compound");
  });

  it("writes a reported speaker in lower case mid-sentence in loaded-voice feedback", () => {
    const text = `Heavy losses

By Ann Writer

Example Wire, 3 March 2026

Media outlets affiliated with the rebels claimed that the regime suffered heavy losses near the town. The Russian Defense Ministry said 20 militants were killed. ISIS claimed that its members had killed 2 soldiers.
`;
    for (const question of buildLoadedVoiceQuestions(input(text))) {
      expect(question.explanation).not.toMatch(/what Media outlets/);
    }
  });
});

describe("review round 7", () => {
  it("answers a student who took a labelled monitor for a side by naming the label as the outlet's framing", () => {
    const options = standingOptions(
      "named-accountable",
      "the pro-opposition Syrian Observatory for Human Rights",
    );
    const side = options.find((option) => option.text === STANDING_TEXT["named-interested"].label);
    expect(side?.feedback).toContain("labels it pro-opposition");
    expect(side?.feedback).toContain("framing");
  });

  it("never says a named person 'has no obvious stake' as 'it'", () => {
    const options = standingOptions("named-accountable", "Dr Lena Whitcombe");
    expect(options.map((option) => option.feedback).join(" ")).not.toMatch(/so it has/);
  });

  it("does not take model names ('Mi-8', 'HY-12') for figures", () => {
    expect(statesFigure("The military has deployed Mi-8 and Mi-35 helicopters at the airbase")).toBe(false);
    expect(statesFigure("6 soldiers were killed")).toBe(true);
  });

  it("asks no 'who is the source' of a hedged claim whose own sentence hints who made it", () => {
    const text = `March in the capital

By Ann Writer

Example Wire, 3 March 2026

The ministry said that 300 people took part. It is said that organisers paid participants to take part, although the ministry did not provide evidence for this. Anton Veselin said the government would not give way.
`;
    const questions = buildClaimSourceQuestions(input(text));
    expect(questions.some((question) => question.prompt.includes("organisers paid"))).toBe(false);
  });

  it("quotes an attribution from the sentence's start when an appositive comes before the source", () => {
    const text = `Berry pills sell out

By Ann Writer

Example Daily, 3 March 2026

Its founder, Simon Day, said the results were "nothing short of a revolution". Dr Ana Ruiz said the trial was too small. Tom Hale said stocks had run out.
`;
    const question = buildClaimSourceQuestions(input(text)).find((item) => keyOf(item) === "Simon Day");
    expect(question?.explanation).toContain("“Its founder, Simon Day, said");
    expect(question?.explanation).not.toMatch(/“Simon Day, said/);
  });

  it("writes the claim of a long-named source with 'of', not a possessive on its last word", () => {
    const text = `Heavy losses

By Ann Writer

Example Wire, 3 March 2026

Media outlets affiliated with the rebels and their allies claimed that the army suffered heavy losses. The Russian Defense Ministry said that 200 militants were killed.
`;
    const [question] = buildSelectiveVerbsQuestions(input(text));
    expect(question?.explanation).toContain(
      "the claim of media outlets affiliated with the rebels and their allies",
    );
  });
});

describe("review round 8", () => {
  const FIGHTING = `Army advances in the south

By Ann Writer

Example Wire, 3 March 2026

On Monday, militant shelling killed or injured at least 37 people in the city of Harran. On Tuesday, the army eliminated several militants near the al-Nar hilltop. Then, militants attacked and captured the villages of Sarjah and Ejaz. Army troops liberated the town of Misherfah and secured several positions around it. 6 soldiers were reportedly killed and 5 others were captured. Pro-militant sources claimed that at least 2 army vehicles were destroyed there. The point is located in a building that has been reportedly used as a military academy. A day earlier, a militant cell killed 3 soldiers near Khanasir. So-called experts and the so-called Kurdish question were discussed in the capital on Sunday evening. Pro-government sources speculate that this move is linked with the fighting in the south.
`;

  it("does not compare 'killed or injured' with 'eliminated' as the same act, and answers the 'different acts' option honestly", () => {
    const questions = buildAsymmetryQuestions(input(FIGHTING));
    expect(questions.some((question) => question.prompt.includes("killed or injured"))).toBe(false);
    const territory = questions.find((question) => question.prompt.includes("liberated"));
    const different = territory?.options.find((option) =>
      option.text.startsWith("The two acts were different"),
    );
    expect(different?.feedback).toContain("“captured” would describe both acts");
  });

  it("offers claim-match four options with at most one hedged claim, so 'reportedly' does not point at the key", () => {
    const questions = buildClaimMatchQuestions(input(FIGHTING));
    const militant = questions.find((question) => question.prompt.includes("pro-militant sources"));
    expect(militant?.options).toHaveLength(4);
    const hedged = militant?.options.filter((option) => /reportedly/.test(option.text)) ?? [];
    expect(hedged.length).toBeLessThanOrEqual(1);
  });

  it("explains a figure the outlet states as fact as its own word, not as a hedge", () => {
    const questions = buildFigureSourcingQuestions(input(FIGHTING));
    const bare = questions.find((question) => question.prompt.includes("killed or injured"));
    const hedged = questions.find((question) => question.prompt.includes("reportedly killed"));
    expect(bare?.explanation).toContain("states it as fact");
    expect(bare?.explanation).not.toMatch(/hedge|reportedly/);
    const right = bare?.options.find((option) => option.id === bare.correctOptionId);
    expect(right?.feedback).not.toMatch(/hedge|reportedly/);
    expect(hedged?.explanation).toContain("reportedly");
  });

  it("asks for a word that 'also judges' a group, never one that judges it 'just as much'", () => {
    const text = `Strikes in the south

By Ann Writer

Example Wire, 3 March 2026

On Monday, the army resumed its ground operation against Hayat Tahrir al-Sham and other radical groups in the south.
`;
    const asked = ["a", "b", "c", "d", "e", "f", "g", "h"].flatMap((slug) =>
      buildGroupLabelQuestions({ ...input(text), article: { slug, text } }),
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const question of asked) expect(question.prompt).not.toContain("just as much");
    expect(asked.some((question) => question.prompt.endsWith("Which of these words also judges them?"))).toBe(
      true,
    );
  });

  it("starts a cut excerpt at the sentence's start when the focus fits, not in the middle of a clause", () => {
    const sentence =
      "The main reason of the inability to provide proper security in these areas is that its proxy groups, with their criminal behavior, are among the key sources of instability in the whole region.";
    const focus = sentence.indexOf("proxy groups");
    const shown = excerpt(
      sentence,
      { start: 0, end: sentence.length },
      { start: focus, end: focus + 12 },
      140,
    );
    expect(shown.startsWith("The main reason")).toBe(true);
    expect(shown).toContain("proxy groups");
  });

  it("never says the byline and the 'original source' line contradict each other", () => {
    const text = `Army advances

By [South Front](#)

Global Research, November 26, 2019

The army advanced on Monday. Video: https://southfront.org/video.mp4

The original source of this article is Global Research
`;
    const question = buildLateralReadingQuestions(input(text)).find((item) =>
      item.prompt.includes("first published"),
    );
    const said = [question?.explanation, ...(question?.options.map((option) => option.feedback) ?? [])].join(
      " ",
    );
    expect(question).toBeDefined();
    expect(said).not.toMatch(/contradicts itself|one of them is wrong/);
    expect(said).toContain("southfront.org");
  });

  it("recommends no neutral word that adds a claim of its own ('foreign fighters' for 'mercenaries')", () => {
    const text = `Army Repels Attack by Mercenaries

By Ann Writer

Example Wire, 3 March 2026

The army repelled an attack on Monday near the town.
`;
    for (const question of buildLoadedWordQuestions(input(text))) {
      expect(question.explanation).not.toContain("foreign fighters");
    }
  });

  it("rewrites 'cleaning' an area with a phrase of the same form, not 'attacking' a whole region", () => {
    const text = `Army advances

By Ann Writer

Example Wire, 3 March 2026

It's expected that the army and its allies will continue their efforts and further steadily cleaning southern Idlib in the war.
`;
    const [question] = buildNeutralRewriteQuestions(input(text));
    expect(question && keyOf(question)).toMatch(/taking control of|fighting in|advancing in/);
  });

  it("explains 'speculate' as the sources guessing, not as doubt 'without saying why'", () => {
    const question = buildReportingVerbQuestions(input(FIGHTING)).find((item) =>
      item.prompt.includes("speculate"),
    );
    expect(question?.explanation).toContain("guessing");
    expect(question?.explanation).not.toContain("without saying why");
  });

  it("asks 'why so-called' only before a label in quotation marks, in grammatical English", () => {
    const text = `Policy kept

By Ann Writer

Example Post, 3 March 2026

The committee voted to keep its so-called "flexible" phone policy for another year. The talks avoided the so-called Kurdish question on Monday evening.
`;
    const questions = buildScareQuotesQuestions(input(text));
    const soCalled = questions.filter((question) => question.prompt.includes("use “so-called”"));
    expect(soCalled.map((question) => question.prompt.includes("flexible"))).toEqual([true]);
    for (const question of questions) {
      expect(question.explanation).not.toMatch(/“so-called” before a (?:name|label)[^:]* hold\b/);
      if (question.prompt.includes("use “so-called”")) expect(question.explanation).toContain("holds it");
      expect(question.options.map((option) => option.text)).not.toContain("It is the group's official name");
    }
  });

  it("words the standings so an unnamed outlet of a named side fits only 'unnamed', by the options' own text", () => {
    const side = STANDING_TEXT["named-interested"].label;
    const vague = STANDING_TEXT.vague.label;
    expect(side).toMatch(/by name/);
    expect(vague).toMatch(/unnamed/i);
    expect(vague).toMatch(/side/);
  });
});

describe("review round 9", () => {
  it("says 'a loaded word' when the sentence holds another, and gives no neutral word that is part of the term", () => {
    const text = `Front about to fall

By Ann Writer

Example Wire, 3 March 2026

The fall of the town will sign the total collapse of the militants' defense and open a road to liberate the entire area along the highway.
`;
    const question = buildLoadedWordQuestions(input(text)).find((item) => keyOf(item) === "total collapse");
    expect(question).toBeDefined();
    const feedback = question?.options.map((option) => option.feedback).join(" ") ?? "";
    expect(feedback).not.toContain("The loaded word is");
    expect(question?.explanation).not.toContain("might say “collapse”");
  });

  it("does not key a label some groups use for themselves ('Jihadi') as taking sides", () => {
    const text = `Attack repelled

By Ann Writer

Example Wire, 3 March 2026

On Monday, several foreign Jihadi groups, including the Turkistan Islamic Party, launched a major attack on army positions in the south.
`;
    for (const question of [
      ...buildLoadedWordQuestions(input(text)),
      ...buildGroupLabelQuestions(input(text)),
    ]) {
      expect(keyOf(question).toLowerCase()).not.toMatch(/^jihad/);
    }
  });

  it("offers no fragment of 'accused X of Y' or 'link X with Y' as a claim", () => {
    const text = `Attack in the north

By Ann Writer

Example Wire, 3 March 2026

Warplanes carried out over 30 airstrikes on militants' positions across the province. Local sources link the soft Russian reaction to these actions with the diplomatic effort of Moscow. Turkish sources as always accused Kurdish rebels of the attack. According to reports, over 30 militants were killed or injured. Pro-government sources speculate that this move is linked with the escalation in the south.
`;
    const options = buildClaimMatchQuestions(input(text)).flatMap((question) =>
      question.options.map((option) => option.text),
    );
    expect(options).not.toContain("Kurdish rebels of the attack");
    expect(options.some((option) => option.startsWith("The soft Russian reaction"))).toBe(false);
    const prompts = buildClaimSourceQuestions(input(text)).map((question) => question.prompt);
    expect(prompts.some((prompt) => prompt.includes("Kurdish rebels of the attack"))).toBe(false);
  });

  it("reads 'According to them' as the outlets 'them' stands for, and shows the sentence that names them", () => {
    const text = `Heavy fighting

By Ann Writer

Example Wire, 3 March 2026

The Russian Defense Ministry said that over 200 militants were killed. Media outlets affiliated with the rebels claimed that the army suffered large casualties. According to them, the opposition just conducted a tactical retreat.
`;
    const question = buildClaimSourceQuestions(input(text)).find((item) =>
      item.prompt.includes("tactical retreat"),
    );
    expect(question).toBeDefined();
    const feedback = question?.options.map((option) => option.feedback).join(" ") ?? "";
    expect(feedback).not.toContain("“them” names no one");
    expect(feedback).toContain("Media outlets affiliated with the rebels");
    expect(passageTexts(text, question as Question).join(" ")).toContain(
      "Media outlets affiliated with the rebels",
    );
  });

  it("says of plain 'reports' that it names no one, side or otherwise, not that it 'may point to a side'", () => {
    const options = standingOptions("vague", "reports");
    const side = options.find((option) => option.text === STANDING_TEXT["named-interested"].label);
    expect(side?.feedback).not.toContain("may point to a side");
    const partisan = standingOptions("vague", "pro-militant sources").find(
      (option) => option.text === STANDING_TEXT["named-interested"].label,
    );
    expect(partisan?.feedback).toContain("may point to a side");
  });

  it("ends a sentence that closes on a quoted sentence with one full stop, not '.”.'", () => {
    const text = `Claims in the south

By Ann Writer

Example Wire, 3 March 2026

The ministry said that 300 people took part. The army said 20 militants were killed. On Monday, ISIS claimed that its members had killed 2 soldiers in the south. However, no evidence was provided.
`;
    for (const question of buildUnsupportedClaimQuestions(input(text))) {
      expect(question.explanation).not.toMatch(/[.!?]”\./);
    }
  });

  it("keeps the full stop after a quotation cut with an ellipsis (final round nit)", () => {
    expect(tidy("The article says “around 500 US troops remain…”. Keeping track")).toBe(
      "The article says “around 500 US troops remain…”. Keeping track",
    );
    expect(tidy("the article says “However, no evidence was provided.”.")).toBe(
      "the article says “However, no evidence was provided.”",
    );
  });
});
