import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analysis/analyze-article";
import type { ArticleAnalysis, LoadedTerm } from "../src/analysis/types";
import { buildQuestionBank } from "../src/questions/bank";
import { buildAsymmetryQuestions } from "../src/questions/builders/asymmetry";
import { buildClaimSourceQuestions } from "../src/questions/builders/claim-source";
import { buildConflictingFiguresQuestions } from "../src/questions/builders/conflicting-figures";
import { buildFigureSourcingQuestions } from "../src/questions/builders/figure-sourcing";
import { buildGroupLabelQuestions } from "../src/questions/builders/group-label";
import { buildLoadedVoiceQuestions } from "../src/questions/builders/loaded-voice";
import { buildLoadedWordQuestions } from "../src/questions/builders/loaded-word";
import { buildMissingDateQuestions } from "../src/questions/builders/missing-date";
import { buildNeutralRewriteQuestions } from "../src/questions/builders/neutral-rewrite";
import { buildOriginalSourceQuestions } from "../src/questions/builders/original-source";
import { buildProducerPublisherQuestions } from "../src/questions/builders/producer-publisher";
import {
  buildDisclaimerQuestions,
  buildDonationAppealQuestions,
} from "../src/questions/builders/publisher-notes";
import { buildReportingVerbQuestions } from "../src/questions/builders/reporting-verb";
import { buildScareQuotesQuestions } from "../src/questions/builders/scare-quotes";
import { buildSourceKindQuestions } from "../src/questions/builders/source-kind";
import { buildUnattributedSentenceQuestions } from "../src/questions/builders/unattributed-sentence";
import { buildUnsupportedClaimQuestions } from "../src/questions/builders/unsupported-claim";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../src/questions/draft";
import { findQuestionProblems, promptGivesAwayAnswer } from "../src/questions/invariants";
import { LOADED_ALTERNATIVES } from "../src/questions/loaded-facts";
import { STANDING_TEXT, standingOf } from "../src/questions/standing";
import type { Question } from "../src/questions/types";

/** A small article of our own, analysed by the real engine: a wire-style report with varied sourcing. */
const WIRE = `Army Takes Saraqib

By Jane Roe

Example Wire, March 3, 2021

Government troops took control of Saraqib on Monday, the defence ministry said. The Syrian Observatory for Human Rights said that 25 fighters were killed. Regional officials said that 60 fighters were killed. Pro-government sources claimed that rebels shelled a school. No evidence was provided. According to reports, 12 civilians were injured. Two bridges were reportedly destroyed. It is expected that the army will advance further. Defence Minister Ali Khan revealed that new units had arrived.
`;

function input(
  text: string,
  slug = "fixture",
  change: (analysis: ArticleAnalysis) => ArticleAnalysis = (a) => a,
) {
  return { article: { slug, text }, analysis: change(analyzeArticle(text)) } satisfies BuildInput;
}

function correctText(question: Question): string {
  return question.options.find((option) => option.id === question.correctOptionId)?.text ?? "";
}

function optionTexts(question: Question): string[] {
  return question.options.map((option) => option.text);
}

function expectSound(questions: readonly Question[], text: string) {
  for (const question of questions) expect(findQuestionProblems(question, text), question.prompt).toEqual([]);
}

/** A hand-made loaded term at the first occurrence of `phrase` (after `from`). */
function term(
  text: string,
  phrase: string,
  props: Partial<LoadedTerm> & Pick<LoadedTerm, "category">,
  from = 0,
) {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`no "${phrase}" in the fixture`);
  const analysis = analyzeArticle(text);
  const sentence = analysis.sentences.find((s) => s.start <= start && start < s.end)?.index ?? -1;
  return {
    text: phrase,
    neutral: [],
    explanation: "It judges.",
    voice: "author",
    speaker: null,
    sentence,
    start,
    end: start + phrase.length,
    ...props,
  } satisfies LoadedTerm;
}

/** The sourcing model's options (docs/sourcing-model.md), as the sourcing questions word them. */
const ACCOUNTABLE = STANDING_TEXT["named-accountable"].label;
const INTERESTED = STANDING_TEXT["named-interested"].label;
const VAGUE = STANDING_TEXT.vague.label;
const NONE = STANDING_TEXT.none.label;

describe("who is the source of this claim (claim-source), by the sourcing model", () => {
  const fixture = input(WIRE);
  const questions = buildClaimSourceQuestions(fixture);
  const about = (words: string) => questions.find((question) => question.prompt.includes(words));

  it("offers the named source as the right answer, other named sources of the article as wrong ones", () => {
    const question = about("25 fighters were killed");
    expect(question && correctText(question)).toBe("The Syrian Observatory for Human Rights");
    expect(question && optionTexts(question)).toContain("Nobody named: the article does not say who");
    expect(question?.control).toBe(true);
  });

  it("names the company the headline is about for 'the company', never offering both as two sources", () => {
    const text = `Brightway profits rise

By Jane Roe

Example Wire, 4 June 2027

Brightway said its new stores had opened on time in every region. The company reported that its profit for the year was £40 million. Dr Ada Moss, an economist at Elden University, said the gains would not last. The Shoppers' Forum said prices had risen twice since March.
`;
    const question = buildClaimSourceQuestions(input(text)).find((item) =>
      item.prompt.includes("£40 million"),
    );
    expect(question && correctText(question)).toBe("Brightway");
    expect(question && optionTexts(question)).not.toContain("The company");
  });

  it("answers 'Nobody named' for a vague source and for a hedge alike: a vague source never says who", () => {
    expect(correctText(about("12 civilians were injured") as Question)).toBe(
      "Nobody named: the article does not say who",
    );
    expect(correctText(about("Two bridges were reportedly destroyed") as Question)).toBe(
      "Nobody named: the article does not say who",
    );
  });

  it("never offers a vague or partisan unnamed source ('Reports', 'Pro-government sources') as an option", () => {
    for (const question of questions) {
      for (const text of optionTexts(question)) expect(text).not.toMatch(/^(reports|pro-[\w-]+ sources)$/i);
    }
  });

  it("keys a count the outlet states in its own voice to the outlet itself", () => {
    const text = WIRE.replace(
      "Two bridges were reportedly destroyed.",
      "4 people were killed when two bridges fell.",
    );
    const own = buildClaimSourceQuestions(input(text)).find((question) =>
      question.prompt.includes("4 people"),
    );
    expect(own && correctText(own)).toBe("The writer, stating it as fact");
  });

  it("gives every question at least three options", () => {
    for (const question of questions) expect(question.options.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps evidence equal to the article text", () => expectSound(questions, WIRE));
});

describe("what the reporting verb signals (reporting-verb)", () => {
  const questions = buildReportingVerbQuestions(input(WIRE));
  const about = (cue: string) => questions.find((question) => question.prompt.includes(`word “${cue}”`));

  it("reads 'claimed' as distancing and 'revealed' as presupposing", () => {
    expect(correctText(about("claimed") as Question)).toBe("It hints that the claim may not be true");
    expect(correctText(about("revealed") as Question)).toBe("It treats the claim as an established fact");
  });

  it("makes plain 'said' a control item and asks once per verb", () => {
    const said = questions.filter((question) => question.prompt.includes("word “said”"));
    expect(said).toHaveLength(1);
    expect(said[0]?.control).toBe(true);
  });

  it("offers the same three readings every time, so no option is there only to be wrong", () => {
    for (const question of questions) expect(question.options).toHaveLength(3);
  });

  it("does not tell the student that a neutral verb says who said it", () => {
    for (const question of questions) expect(question.explanation).not.toContain("tells you who said it");
  });
});

describe("who stands behind a claim (source-kind), by the sourcing model", () => {
  const questions = buildSourceKindQuestions(input(WIRE));
  const about = (words: string) => questions.find((question) => question.prompt.includes(words));

  it("puts a partisan unnamed source with the vague ones, and a hedge under no source", () => {
    expect(correctText(about("Pro-government sources") as Question)).toBe(VAGUE);
    expect(correctText(about("reportedly") as Question)).toBe(NONE);
  });

  it("puts a government ministry under the named parties to the fighting", () => {
    expect(correctText(about("defence ministry") as Question)).toBe(INTERESTED);
  });

  it("always offers the four standings", () => {
    for (const question of questions)
      expect(optionTexts(question).sort()).toEqual([ACCOUNTABLE, INTERESTED, VAGUE, NONE].sort());
  });
});

describe("who stands behind a claim: the role around a named person", () => {
  const STORY = `Ferry fares rise

By Jane Roe

Example Wire, 4 June 2027

Bay Ferries will raise fares by 9 per cent in July. Ann Lee, a spokesperson for the Harbour Workers' Union, said crews had not been consulted. A UN spokesperson, Omar Diaz, said the island's ferry was its only link for medicine. Tom Reed, a transport researcher at Elden University, said fares had risen faster than wages. The ferry firm said it would freeze fares for pensioners. Its founder, Mark Hale, said the rise covered fuel.
`;
  const { analysis } = input(STORY);
  const standingAbout = (claim: string) => {
    const attribution = analysis.attributions.find((item) => item.claim.includes(claim));
    return attribution && STANDING_TEXT[standingOf(attribution, analysis)].label;
  };

  it("keys a person introduced after the name as a spokesperson for a union as a side", () => {
    expect(standingAbout("crews had not been consulted")).toBe(INTERESTED);
    const [question] = buildSourceKindQuestions(input(STORY));
    expect(question?.prompt).toContain("crews had not been consulted");
    expect(question && correctText(question)).toBe(INTERESTED);
  });

  it("keys a UN spokesperson as a named source with no side, whatever the word spokesperson", () => {
    expect(standingAbout("only link for medicine")).toBe(ACCOUNTABLE);
  });

  it("keys a researcher at a university as a named source with no side", () => {
    expect(standingAbout("faster than wages")).toBe(ACCOUNTABLE);
  });

  it("keys the founder of a firm in the story as a side", () => {
    expect(standingAbout("the rise covered fuel")).toBe(INTERESTED);
  });

  it("keys a body that reports on itself as a side in every question about it", () => {
    const text = STORY.replace(
      "Its founder, Mark Hale, said the rise covered fuel.",
      "The ferry firm said 4,000 people used the crossing each week.",
    );
    const figures = buildFigureSourcingQuestions(input(text));
    const crossing = figures.find((question) => question.prompt.includes("4,000 people"));
    expect(correctText(crossing as Question)).toBe(INTERESTED);
    expect(crossing?.control).toBe(false);
  });
});

describe("who stands behind a figure (figure-sourcing), by the sourcing model", () => {
  const questions = buildFigureSourcingQuestions(input(WIRE));
  const about = (words: string) => questions.find((question) => question.prompt.includes(words));

  it("keys a monitor's count to a named source outside the fighting, as a control item", () => {
    const named = about("25 fighters");
    expect(correctText(named as Question)).toBe(ACCOUNTABLE);
    expect(named?.control).toBe(true);
  });

  it("keys a ministry's count to a named party, asks for independent confirmation, and is no control", () => {
    const text = WIRE.replace("Regional officials said", "The interior ministry said");
    const officials = buildFigureSourcingQuestions(input(text)).find((question) =>
      question.prompt.includes("60 fighters"),
    );
    expect(correctText(officials as Question)).toBe(INTERESTED);
    expect(officials?.explanation).toMatch(/independent|no stake/);
    expect(officials?.control).toBe(false);
  });

  it("keys a count from vague reports to the vague sources, never as saying who", () => {
    const vague = about("12 civilians");
    expect(correctText(vague as Question)).toBe(VAGUE);
    expect(vague?.control).toBe(false);
  });

  it("never makes a control of a figure the article itself casts doubt on", () => {
    const text = WIRE.replace(
      "Regional officials said that 60 fighters were killed.",
      "The Syrian Observatory for Human Rights said that 60 fighters were killed. No evidence was provided.",
    );
    const doubted = buildFigureSourcingQuestions(input(text)).find((question) =>
      question.prompt.includes("60 fighters"),
    );
    expect(doubted?.control).toBe(false);
    expect(doubted?.explanation).toContain("No evidence was provided");
  });
});

describe("which sources give conflicting figures (conflicting-figures)", () => {
  it("pairs each source with its own figure", () => {
    const [question] = buildConflictingFiguresQuestions(input(WIRE));
    expect(question && correctText(question)).toBe(
      "Syrian Observatory for Human Rights: 25; Regional officials: 60",
    );
    expect(question && optionTexts(question)).toContain(
      "Syrian Observatory for Human Rights: 60; Regional officials: 25",
    );
  });

  it("says so when one of the two figures is the article's own, stated as fact", () => {
    const text = `Shelling Hits Ras Hamra

By Jane Roe

Example Wire, March 3, 2021

Shelling killed 9 civilians in the village of Ras Hamra on Sunday. Aid groups were kept away. Local officials said 15 civilians were killed in the Ras Hamra shelling.
`;
    const [question] = buildConflictingFiguresQuestions(input(text));
    expect(question?.prompt).toMatch(
      /^The article gives one number of .+ in its own words, and a source gives another\./,
    );
    expect(question?.explanation).toMatch(/^The article states “.*9 civilians.*” as fact/);
    expect(question?.explanation).not.toContain("one side of the war");
    expectSound(question ? [question] : [], text);
  });
});

describe("which claim came with no evidence (unsupported-claim)", () => {
  it("points at the claim right before 'No evidence was provided.'", () => {
    const [question] = buildUnsupportedClaimQuestions(input(WIRE));
    expect(question && correctText(question)).toBe(
      "Pro-government sources claimed that rebels shelled a school.",
    );
    expect(question?.evidence.map((span) => span.text)).toContain("No evidence was provided");
  });

  it("points at the hedged claim in the note's own sentence, not the sentence before", () => {
    const text = `Protest ends

By Ann Vale

City Desk, 9 May 2027

Observers noted that many marchers had come from other towns by bus. It is said that organisers paid the marchers, although the ministry did not provide evidence for this. The ministry said 41 people were detained on Saturday. Opposition websites claimed that 10,000 people joined the march.
`;
    const [question] = buildUnsupportedClaimQuestions(input(text));
    // The key is the claim without its hedge, in the form of the other options (review round P1, cause H).
    expect(question && correctText(question)).toBe("Organisers paid the marchers");
  });

  it("points at the claim a note names with 'that', not the sentence before it", () => {
    const text = `Tea pills sell out

By Ann Vale

City Desk, 9 May 2027

A shop in Elden says its green tea pills help people sleep. Its owner, Ray Dunn, said sales had doubled. The trial ran for two weeks with 30 people. The shop did not say who took part, and no evidence was given that the pills improved anyone's sleep. Dr Ada Moss said sleep is hard to measure at home.
`;
    const [question] = buildUnsupportedClaimQuestions(input(text));
    expect(question && correctText(question)).toMatch(/^The pills improved anyone's sleep/);
    expect(question?.evidence.map((span) => span.text)).toContain("the pills improved anyone's sleep");
  });
});

describe("who produced the piece and who put it out", () => {
  const REPUBLISHED = `Title here

By Field Notes

Big Portal, May 1, 2020

The council said that the bridge reopened.

The original source of this article is Field Notes

Disclaimer: The contents of this article are of sole responsibility of the author(s). Big Portal will not be responsible for any inaccurate or incorrect statement in this article.
`;

  it("says the author wrote it and the publisher put it out, asserting no republication the page does not show (producer-publisher)", () => {
    const [question] = buildProducerPublisherQuestions(input(REPUBLISHED));
    expect(question && correctText(question)).toBe("Field Notes wrote it; Big Portal put it out");
    expectSound(question ? [question] : [], REPUBLISHED);
  });

  it("reads the 'original source' line as a republication (original-source)", () => {
    const [question] = buildOriginalSourceQuestions(input(REPUBLISHED));
    expect(question && correctText(question)).toBe("Big Portal is passing on a piece made by someone else");
  });

  it("reads the disclaimer as the publisher not vouching for accuracy (publisher-disclaimer)", () => {
    const [question] = buildDisclaimerQuestions(input(REPUBLISHED));
    expect(question && correctText(question)).toBe("Big Portal does not vouch for the piece's accuracy");
    // The whole sentence, from its first word, never cut inside a name.
    expect(question?.evidence[0]?.text).toMatch(/^Big Portal will not be responsible[^.]*\.$/);
  });

  it("asks nothing about republication, appeals or dates when the article gives no reason to", () => {
    expect(buildProducerPublisherQuestions(input(WIRE.replace("Example Wire", "Jane Roe")))).toEqual([]);
    expect(buildDonationAppealQuestions(input(WIRE))).toEqual([]);
    expect(buildMissingDateQuestions(input(WIRE))).toEqual([]);
  });
});

describe("an article with no date (missing-date)", () => {
  it("asks why a missing date matters, quoting a day without a year", () => {
    const text = "Clashes in the north\n\nOn June 4, the army said it had reopened the road.\n";
    const [question] = buildMissingDateQuestions(input(text));
    expect(question?.evidence[0]?.text).toBe("On June 4");
    expect(question && correctText(question)).toMatch(/how old the news is/);
  });
});

describe("which sentence has no source (unattributed-sentence)", () => {
  const questions = buildUnattributedSentenceQuestions(input(WIRE));

  it("offers a hedged sentence as the right answer and attributed sentences as wrong ones", () => {
    const [first] = questions;
    expect(first && correctText(first)).toBe("Two bridges were reportedly destroyed.");
    expect(first?.control).toBe(false);
  });

  it("adds a control item where every sentence names its source", () => {
    const control = questions.find((question) => question.control);
    expect(control && correctText(control)).toBe("None of these: each one names its source");
    expectSound(questions, WIRE);
  });
});

/** A report in the outlet's voice with loaded words placed by hand (the detector is tested elsewhere). */
const LOADED = `Heavy fighting in the south

By South Desk

The heroic army liberated the village of Tell Sultan after a short battle with the radicals. Rebels captured the hamlet of Abu Dali on the same day. The so-called "moderate opposition" lost 12 fighters near the bridge. Local farmers reported that the wheat harvest began on Tuesday in several nearby villages.
`;

function withLoaded(text: string, loaded: LoadedTerm[], change: Partial<ArticleAnalysis> = {}) {
  return input(text, "loaded-fixture", (analysis) => ({ ...analysis, loaded, ...change }));
}

const LIBERATED = term(LOADED, "liberated", {
  category: "positive-framing",
  neutral: ["took control of", "captured"],
  explanation: "'Liberated' says the people there wanted this army.",
});
const RADICALS = term(LOADED, "radicals", {
  category: "label",
  neutral: ["armed groups", "militants"],
  explanation: "'Radicals' lumps people together as extreme.",
});
const HEROIC = term(LOADED, "heroic", {
  category: "positive-framing",
  neutral: [""],
  explanation: "'Heroic' cheers one side.",
});
const SO_CALLED = term(LOADED, 'so-called "moderate opposition"', {
  category: "so-called",
  neutral: ["moderate opposition"],
  explanation: "'So-called' hints the name is false.",
});

describe("which word takes sides (loaded-word)", () => {
  const fixture = withLoaded(LOADED, [HEROIC, LIBERATED, RADICALS, SO_CALLED]);
  const questions = buildLoadedWordQuestions(fixture);

  it("asks once per loaded sentence, with other real words of that sentence as wrong answers", () => {
    const [question] = questions.filter((q) => !q.control);
    expect(question && correctText(question)).toBe("heroic");
    for (const option of question?.options ?? []) {
      if (option.id === question?.correctOptionId || /^No loaded word/.test(option.text)) continue;
      expect(question?.prompt).toContain(option.text);
      expect(["liberated", "radicals", "said", "troops", "army"]).not.toContain(option.text);
    }
  });

  it("adds a control sentence with no loaded word whose right answer is 'No loaded word'", () => {
    const control = questions.find((question) => question.control);
    expect(control && correctText(control)).toBe("No loaded word: this one is fine");
    const sentence = control?.evidence[0]?.text ?? "";
    expect(sentence).not.toBe("");
    for (const loaded of [HEROIC, LIBERATED, RADICALS, SO_CALLED])
      expect(sentence).not.toContain(loaded.text);
  });

  it("asks control items, and no invented loaded word, about an article with no loaded language at all", () => {
    const plain = `Library Opens Longer

By Sam Field

Valley Courier, 5 October 2026

The town library will open until eight o'clock on weekdays from next month, the council said on Monday. The change follows a survey in which 412 residents asked for later opening hours. Staff will work in two shifts, and the council will pay for the extra hours from its reading budget. The library also plans a homework club for pupils on Tuesday and Thursday evenings.
`;
    const clean = input(plain);
    expect(clean.analysis.loaded).toEqual([]);
    const questions = buildLoadedWordQuestions(clean);
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question.control).toBe(true);
      expect(correctText(question)).toBe("No loaded word: this one is fine");
    }
    expectSound(questions, plain);
  });
});

describe("which rewrite is neutral (neutral-rewrite)", () => {
  it("swaps the loaded word for a neutral one of the same form", () => {
    const [question] = buildNeutralRewriteQuestions(withLoaded(LOADED, [LIBERATED]));
    expect(question && correctText(question)).toBe("The heroic army captured the village");
    expect(question && optionTexts(question)).toContain("The heroic army freed the village");
  });
});

describe("a phrase that needs no rewrite (neutral-rewrite control)", () => {
  it("offers loaded versions of a plain phrase against 'This one is fine'", () => {
    const questions = buildNeutralRewriteQuestions(withLoaded(LOADED, [LIBERATED]));
    const control = questions.find((question) => question.control);
    expect(control && correctText(control)).toBe("This one is fine: leave it as written");
    expect(control?.evidence[0]?.text).toContain("captured");
    expect(control && optionTexts(control)).toContain("Rebels liberated the hamlet");
  });
});

describe("a label for a group and a neutral one (group-label)", () => {
  it("asks for a neutral word or for another judging one, so loaded labels are sometimes the key", () => {
    const asked = ["a", "b", "c", "d", "e", "f"].flatMap((slug) =>
      buildGroupLabelQuestions({ ...withLoaded(LOADED, [RADICALS]), article: { slug, text: LOADED } }),
    );
    const neutral = asked.find((question) => question.prompt.endsWith("Which is a neutral word for them?"));
    const judging = asked.find((question) =>
      question.prompt.endsWith("Which of these words also judges them?"),
    );
    expect(neutral && correctText(neutral)).toBe("armed groups");
    expect(neutral && optionTexts(neutral)).toContain("radicals");
    expect(judging && LOADED_ALTERNATIVES.label).toContain(judging && correctText(judging));
    for (const question of asked) expect(question.options).toHaveLength(4);
  });
});

describe("why 'so-called' or quotation marks (scare-quotes)", () => {
  it("reads 'so-called' as casting doubt", () => {
    const [question] = buildScareQuotesQuestions(withLoaded(LOADED, [SO_CALLED]));
    expect(question?.prompt).toContain("so-called");
    expect(question && correctText(question)).toMatch(/casts doubt|arm's length|label is wrong/);
  });
});

describe("the same act in different words (asymmetry)", () => {
  it("shows that one side's gain gets a kinder word", () => {
    const captured = LOADED.indexOf("captured");
    const fixture = withLoaded(LOADED, [LIBERATED], {
      asymmetries: [
        {
          action: "taking a place",
          sides: [
            { actor: "the army", term: "liberated", sentence: 0, start: LIBERATED.start, end: LIBERATED.end },
            { actor: "Rebels", term: "captured", sentence: 1, start: captured, end: captured + 8 },
          ],
        },
      ],
    });
    const [question] = buildAsymmetryQuestions(fixture);
    expect(question && correctText(question)).toBe("The same kind of act gets a kinder word for one side");
    expect(question?.evidence.map((span) => span.text)).toEqual(["liberated", "captured"]);
  });
});

describe("which word in the headline takes sides (loaded-word)", () => {
  const text = `Army Repels Major Attack by Al Qaeda Affiliated Mercenaries

By Jane Roe

Example Wire, March 3, 2021

Government troops repelled an attack near Saraqib on Monday, the defence ministry said. The fighting lasted several hours, local officials said.
`;
  const fromHeadline = buildLoadedWordQuestions(input(text)).filter((question) =>
    question.prompt.includes("headline"),
  );

  it("asks about a loaded word in a title-case headline, other words of the headline as wrong answers", () => {
    const [question] = fromHeadline;
    expect(question && correctText(question)).toBe("Mercenaries");
    expect(question?.evidence.map((span) => span.text)).toEqual(["Mercenaries"]);
    const wrong = optionTexts(question as Question).filter((option) => option !== "Mercenaries");
    expect(wrong.at(-1)).toBe("No loaded word: this one is fine");
    for (const word of wrong.slice(0, -1)) {
      expect(question?.prompt).toContain(word);
      expect(["Affiliated", "Mercenaries"]).not.toContain(word);
    }
    expectSound(fromHeadline, text);
  });

  it("asks nothing about a headline without a loaded word", () => {
    const plain = text.replace("Al Qaeda Affiliated Mercenaries", "Fighters in Idlib");
    expect(buildLoadedWordQuestions(input(plain)).filter((q) => q.prompt.includes("headline"))).toEqual([]);
  });
});

describe("whose word is it (loaded-voice)", () => {
  it("gives a loaded word inside a quoted claim to the speaker, not the outlet", () => {
    const text =
      "Clashes\n\nBy Desk Team\n\nThe Interior Ministry said that terrorists attacked a checkpoint. The Red Cross said that two people were hurt.\n";
    const terrorists = term(text, "terrorists", {
      category: "label",
      voice: "quoted",
      speaker: "The Interior Ministry",
      neutral: ["militants"],
    });
    const [question] = buildLoadedVoiceQuestions(withLoaded(text, [terrorists]));
    expect(question && correctText(question)).toBe("The Interior Ministry");
    expect(question && optionTexts(question)).toContain("Desk Team, the author");
  });
});

describe("finishing a question", () => {
  const { article, analysis } = input("The army said that the road is open.", "a");
  const draft = (correct: number, start = 0): QuestionDraft => ({
    skill: "attribution",
    kind: "test-kind",
    difficulty: 1,
    prompt: "Who said it?",
    options: ["The army", "The police", "The mayor"].map((text, index) => ({
      text,
      correct: index === correct,
    })),
    explanation: "The article says so.",
    evidence: [{ start, end: start + 8 }],
  });

  it("derives a stable id from slug, kind and evidence offsets", () => {
    expect(finishQuestion({ article, analysis }, draft(0)).id).toBe(
      finishQuestion({ article, analysis }, draft(0)).id,
    );
    expect(finishQuestion({ article, analysis }, draft(0)).id).not.toBe(
      finishQuestion({ article, analysis }, draft(0, 4)).id,
    );
    expect(finishQuestion({ article, analysis }, draft(0)).id).toMatch(/^test-kind-[0-9a-z]{7}$/);
  });

  it("orders options the same way whichever one is right", () => {
    expect(optionTexts(finishQuestion({ article, analysis }, draft(0)))).toEqual(
      optionTexts(finishQuestion({ article, analysis }, draft(2))),
    );
  });

  it("finds the whole sentence the evidence sits in as the question's passage", () => {
    expect(finishQuestion({ article, analysis }, draft(0)).passages).toEqual([
      { start: 0, end: article.text.length },
    ]);
  });

  it("copies the evidence text from the article", () => {
    expect(finishQuestion({ article, analysis }, draft(0)).evidence[0]?.text).toBe("The army");
  });
});

describe("question invariants", () => {
  const { article, analysis } = input("The army said that the road is open.", "a");
  const base: QuestionDraft = {
    skill: "attribution",
    kind: "test-kind",
    difficulty: 1,
    prompt: "Who said that the road is open?",
    options: [{ text: "The army", correct: true }, { text: "The police" }],
    explanation: "The article says so.",
    evidence: [{ start: 0, end: 8 }],
  };

  it("catches a prompt that echoes only the right option's words", () => {
    const giveaway = finishQuestion(
      { article, analysis },
      { ...base, prompt: "Did the army say the road is open?" },
    );
    expect(promptGivesAwayAnswer(giveaway)).toBe(true);
    expect(promptGivesAwayAnswer(finishQuestion({ article, analysis }, base))).toBe(false);
  });

  it("catches repeated options, a missing right answer and evidence that does not match", () => {
    const repeated = finishQuestion(
      { article, analysis },
      { ...base, options: [...base.options, { text: "the  ARMY" }] },
    );
    expect(findQuestionProblems(repeated, article.text)).toContain("repeats an option text");
    const none = finishQuestion(
      { article, analysis },
      {
        ...base,
        options: [{ text: "The army" }, { text: "The police" }],
      },
    );
    expect(findQuestionProblems(none, article.text)).toContain("does not have exactly one correct option");
    const moved = {
      ...finishQuestion({ article, analysis }, base),
      evidence: [{ start: 1, end: 9, text: "The army" }],
    };
    expect(findQuestionProblems(moved, article.text)).toContain("evidence 1-9 does not match the article");
  });

  it("lets the bank drop a broken question and keep the sound ones", () => {
    const bank = buildQuestionBank({ slug: "wire", text: WIRE }, analyzeArticle(WIRE));
    expect(bank.length).toBeGreaterThan(0);
    expectSound(bank, WIRE);
  });
});
