/**
 * Builder rules found by reviewing the practice pieces' questions by hand (docs/practice-articles.md), each
 * specified here with sentences of our own, not the practice texts.
 */
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { buildClaimMatchQuestions } from "../src/questions/builders/claim-match";
import { buildClaimSourceQuestions } from "../src/questions/builders/claim-source";
import { buildFigureSourcingQuestions } from "../src/questions/builders/figure-sourcing";
import { buildLoadedWordQuestions } from "../src/questions/builders/loaded-word";
import { buildScareQuotesQuestions } from "../src/questions/builders/scare-quotes";
import { buildSourceKindQuestions } from "../src/questions/builders/source-kind";
import { buildUnattributedSentenceQuestions } from "../src/questions/builders/unattributed-sentence";
import { buildUnsupportedClaimQuestions } from "../src/questions/builders/unsupported-claim";
import type { BuildInput } from "../src/questions/draft";
import { statesFigure } from "../src/questions/facts";
import { neutralSentences } from "../src/questions/loaded-facts";
import { STANDING_TEXT, standingOf } from "../src/questions/standing";
import type { Question } from "../src/questions/types";
import { WIRE_REPORT } from "./helpers/library-articles";

function story(body: string): string {
  return `Harbour news\n\nBy Jane Roe\n\nExample Wire, 4 June 2027\n\n${body}\n`;
}

function input(text: string): BuildInput {
  return { article: { slug: "fixture", text }, analysis: analyzeArticle(text) };
}

function correctText(question: Question): string {
  return question.options.find((option) => option.id === question.correctOptionId)?.text ?? "";
}

function optionTexts(question: Question | undefined): string[] {
  return question?.options.map((option) => option.text) ?? [];
}

/** The standing option a source-kind question would key for the claim that contains some words. */
function standingsIn(text: string): (claim: string) => string | undefined {
  const { analysis } = input(text);
  return (claim) => {
    const attribution = analysis.attributions.find((item) => item.claim.includes(claim));
    return attribution && STANDING_TEXT[standingOf(attribution, analysis)].label;
  };
}

const INTERESTED = STANDING_TEXT["named-interested"].label;
const ACCOUNTABLE = STANDING_TEXT["named-accountable"].label;

describe("a source described first and named in apposition", () => {
  const text = story(
    "Ferry crossings fell by a fifth in May, the Harbour Board said. An industry regulator, the Coastal Transport Office, said in its report that the board had cut sailings without notice. The regulator said it would publish a full review in August. Lena Ortiz, a sailor from Elden, said the crossing was often cancelled at short notice.",
  );
  const questions = buildClaimSourceQuestions(input(text));

  it("names the source by its name, never by the description, as the key", () => {
    const review = questions.find((question) => question.prompt.includes("full review in August"));
    expect(review && correctText(review)).toBe("The Coastal Transport Office");
  });

  it("never offers the description as if it were one more name", () => {
    for (const question of questions) expect(optionTexts(question)).not.toContain("An industry regulator");
  });
});

describe("a person and the body they speak for are one voice", () => {
  const harbour = story(
    "The Harbour Board said ferry crossings fell by a fifth in May. The board's report was published on Monday. Its harbour master, Lena Ortiz, said two ferries would be out of service until July. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.",
  );
  const ferries = story(
    "Kestrel Ferries said it had added a night crossing to make up for the cancellations. Kestrel's chief executive, Sam Wu, said the company would hire twelve more crew. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.",
  );
  const about = (text: string, words: string) =>
    buildClaimSourceQuestions(input(text)).find((question) => question.prompt.includes(words));

  it("never offers the body as a wrong answer for its harbour master's claim", () => {
    const ortiz = about(harbour, "out of service until July");
    expect(ortiz && correctText(ortiz)).toBe("Lena Ortiz");
    expect(optionTexts(ortiz)).not.toContain("The Harbour Board");
  });

  it("never offers the company as a wrong answer for its chief executive's claim, nor him for the company's", () => {
    expect(optionTexts(about(ferries, "hire twelve more crew"))).not.toContain("Kestrel Ferries");
    expect(optionTexts(about(ferries, "added a night crossing"))).not.toContain("Sam Wu");
  });

  it("never offers a body's chair as a wrong answer for the body's own survey", () => {
    const text = story(
      "The committee's own survey, published in March, found that 58 per cent of drivers who answered backed a lower speed limit. The committee's chair, Councillor Ann Vale, said the limit would change in July. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.",
    );
    const survey = about(text, "58 per cent of drivers");
    expect(survey && correctText(survey)).toBe("The committee's own survey");
    expect(optionTexts(survey)).not.toContain("Councillor Ann Vale");
  });

  it("never offers the harbour master's claim as a wrong answer in a question about the board (guard)", () => {
    const board = buildClaimMatchQuestions(input(harbour)).find((question) =>
      question.prompt.includes("Harbour Board"),
    );
    for (const option of board?.options ?? []) expect(option.text).not.toMatch(/out of service/);
  });

  it("still offers an unrelated outsider as a wrong answer (guard)", () => {
    expect(optionTexts(about(harbour, "out of service until July"))).toContain("Dr Ana Ruiz");
  });
});

describe("who stands behind a claim: people tied to the place the story is about", () => {
  const text = story(
    "At Hill Road Primary, where lessons now start at ten, the head, Ian Moss, said attendance had risen since the change. Mo Patel, who has lived on Canal Street for twenty years, told the planning panel that the new road would split the street in two. Dr Ana Ruiz, head of research at Elden University, said later starts suited teenagers better than young children.",
  );
  const standingAbout = standingsIn(text);

  it("keys the head of the school the sentence is about as a side: she speaks for its record", () => {
    expect(standingAbout("attendance had risen")).toBe(INTERESTED);
  });

  it("keys a resident speaking about a plan for their own street as a side", () => {
    expect(standingAbout("split the street in two")).toBe(INTERESTED);
  });

  it("keys a head of research at a university, another body, as a source with no side (guard)", () => {
    expect(standingAbout("suited teenagers")).toBe(ACCOUNTABLE);
  });
});

describe("who stands behind a figure: only a source's own count", () => {
  it("does not ask who stands behind a figure that a later source only repeats", () => {
    const text = story(
      "Kestrel Ferries said its trial of a new hull involved 30 crossings. Dr Ana Ruiz, a naval engineer at Elden University, said a trial of 30 crossings in calm weather could not show the hull was safer.",
    );
    const prompts = buildFigureSourcingQuestions(input(text)).map((question) => question.prompt);
    expect(prompts.some((prompt) => prompt.includes("its trial of a new hull"))).toBe(true);
    expect(prompts.some((prompt) => prompt.includes("in calm weather"))).toBe(false);
  });

  it("does not take how long something has gone on for a figure", () => {
    expect(statesFigure("Kestrel has lost passengers for four years running")).toBe(false);
    expect(statesFigure("the line has been closed for 3 years")).toBe(false);
    const text = story(
      "Analysts said the results would worry Gull Line, which has lost passengers for four years running.",
    );
    expect(buildFigureSourcingQuestions(input(text))).toEqual([]);
  });

  it("still counts a figure that comes with a duration (guard)", () => {
    expect(statesFigure("fares rose 4 per cent for two years running")).toBe(true);
    expect(statesFigure("two ferries were withdrawn")).toBe(true);
  });
});

describe("the claim of 'called X \"Y\"'", () => {
  const text = story(
    'The Harbour Board approved the new fares on Monday. Councillor Rhys Dale, who voted against, called the fares "a tax on the people who can least afford it". Kestrel Ferries said the fares would pay for two new boats. Dr Ana Ruiz, a transport researcher at Elden University, said fares had risen faster than wages.',
  );

  it("quotes the words the speaker names it with, not the thing named and then the quotation", () => {
    const dale = buildClaimSourceQuestions(input(text)).find((question) =>
      question.prompt.includes("a tax on"),
    );
    expect(dale?.prompt).toContain("“a tax on the people who can least afford it”");
    expect(dale?.prompt).not.toContain("the fares");
    const match = buildClaimMatchQuestions(input(text)).flatMap((question) => question.options);
    for (const option of match) expect(option.text).not.toMatch(/^The fares "a tax/);
  });
});

describe("words no teacher would call plain", () => {
  const text = story(
    "The ministry said police acted with restraint and arrested 12 thugs who attacked a bank on Canal Street. The ministry said the reports were fabrications designed to tarnish the force. Three officers were treated in hospital for minor injuries after the march.",
  );

  it("never offers praise of how a side behaved ('restraint') as a word that describes without judging", () => {
    const question = buildLoadedWordQuestions(input(text)).find((item) => item.prompt.includes("thugs"));
    expect(question && correctText(question)).toBe("thugs");
    expect(optionTexts(question)).not.toContain("restraint");
  });

  it("never makes a 'no loaded word' control of a sentence resting on 'studies show' or 'experts say'", () => {
    const claims = story(
      "A seaweed tea from the northern coast went on sale in Elden on Monday at four shops. Studies show that people who drink the tea fall asleep faster and wake up less often. Experts say the tea could replace sleeping pills for many people within a few years. The tea costs £4.99 a box and is sold in packs of twenty bags at most chemists.",
    );
    const neutral = neutralSentences(analyzeArticle(claims)).map((sentence) => sentence.text);
    expect(neutral.some((sentence) => sentence.startsWith("Studies show"))).toBe(false);
    expect(neutral.some((sentence) => sentence.startsWith("Experts say"))).toBe(false);
    expect(neutral.some((sentence) => sentence.startsWith("The tea costs"))).toBe(true);
  });

  it("never makes a 'no loaded word' control of a sentence that calls reports fabrications", () => {
    const neutral = neutralSentences(analyzeArticle(text)).map((sentence) => sentence.text);
    expect(neutral.some((sentence) => sentence.includes("fabrications"))).toBe(false);
    expect(neutral.some((sentence) => sentence.includes("minor injuries"))).toBe(true);
  });
});

describe("a note that names its claim doubts every sentence making it", () => {
  const text = story(
    "A seaweed tea from the northern coast could be the cure for sleepless nights, according to new findings. The findings come from a trial run by Kelp Co, which sells the tea. Its founder, Ravi Shah, said the results were remarkable. Kestrel Ferries said it would add a night crossing in May. Lena Ortiz, a sailor from Elden, said the crossing was often cancelled at short notice. No evidence was provided that the tea cured the sleepless nights. Dr Ana Ruiz, a sleep researcher at Elden University, said anyone with sleepless nights should see a doctor.",
  );
  const question = buildUnsupportedClaimQuestions(input(text))[0];

  it("keys the claim the note names", () => {
    expect(question && correctText(question)).toBe("The tea cured the sleepless nights");
  });

  it("never offers a claim about the results the note doubts as a wrong answer", () => {
    expect(optionTexts(question).some((option) => option.includes("results were remarkable"))).toBe(false);
  });

  it("never offers a sentence that makes the same claim as a wrong answer", () => {
    const texts = optionTexts(question);
    expect(texts.some((option) => option.includes("cure for sleepless nights"))).toBe(false);
    expect(texts.some((option) => option.includes("should see a doctor"))).toBe(false);
  });

  it("still offers the other sources' claims as wrong answers (guard)", () => {
    expect(optionTexts(question)).toContain("It would add a night crossing in May");
  });
});

describe("quotation marks in what a question quotes", () => {
  const text = story(
    'Its harbour master, Lena Ortiz, told the panel that two ferries would be out of service until July. "We have cut sailings twice this summer, and fares have fallen by about 8 per cent," Ortiz said. Councillor Rhys Dale said the harbour was "quieter, in the worst way". Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.',
  );
  const questions = buildClaimSourceQuestions(input(text));
  const texts = questions.flatMap((question) => [
    question.prompt,
    question.explanation,
    ...question.options.flatMap((option) => [option.text, option.feedback ?? ""]),
  ]);

  it("quotes a sentence that opens with a quotation from its opening mark, never with a stray mark after the cue", () => {
    const ortiz = questions.find((question) => question.prompt.includes("fares have fallen"));
    expect(ortiz?.explanation).toContain('“"We have cut sailings');
    expect(ortiz?.explanation).not.toContain('Ortiz said"');
  });

  it("closes a quotation the claim opens", () => {
    const dale = questions.find((question) => question.prompt.includes("quieter"));
    expect(dale?.prompt).toContain('"quieter, in the worst way"”');
  });

  it("pairs every quotation mark", () => {
    for (const item of texts) expect((item.match(/"/g)?.length ?? 0) % 2, item).toBe(0);
  });
});

describe("the sentence a sourcing question quotes keeps the role before the name", () => {
  const text = story(
    "The ferry line's spokesperson, Lena Ortiz, told the panel that the crossing would close until July. Kestrel's chief executive, Sam Wu, said fares had risen by 4 per cent. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.",
  );

  it("quotes 'Who stands behind this claim?' from the role, never from a name followed by a stray comma", () => {
    const ortiz = buildSourceKindQuestions(input(text)).find((question) =>
      question.prompt.includes("Lena Ortiz"),
    );
    expect(ortiz?.prompt).toContain("“The ferry line's spokesperson, Lena Ortiz, told the panel");
  });

  it("quotes 'Who stands behind this figure?' from the role too", () => {
    const wu = buildFigureSourcingQuestions(input(text)).find((question) =>
      question.prompt.includes("Sam Wu"),
    );
    expect(wu?.prompt).toContain("“Kestrel's chief executive, Sam Wu, said");
  });
});

describe("which claim the article hands to a source: wrong answers that teach", () => {
  const text = story(
    "Kestrel Ferries said it would add a night crossing to make up for the cancellations. Its chief executive, Sam Wu, said the company would hire twelve more crew. The harbour reopened on Monday after repairs costing £2 million. Three ferries were moved to the northern route in March. Workers repainted the pier and the ticket office last week. The board's weekly bulletin put the figure at 38 crossings a day, down from 61 a year earlier. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.",
  );
  const questions = buildClaimMatchQuestions(input(text));

  it("always offers a claim the article hands to another voice, never only the outlet's own statements", () => {
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      const wrong = question.options.filter((option) => option.id !== question.correctOptionId);
      expect(
        wrong.some((option) => option.feedback?.includes("hands this one to")),
        question.prompt,
      ).toBe(true);
    }
  });

  it("never offers a body's own bulletin as a claim the article states itself", () => {
    const bulletin = text.replace(
      "weekly bulletin put the figure",
      "weekly bulletin, published on its website, put the figure",
    );
    for (const option of buildClaimMatchQuestions(input(bulletin)).flatMap((question) => question.options))
      expect(option.text).not.toMatch(/^The board's weekly bulletin/);
  });

  it("never offers as the article's own statement the sentence that carries on the source's report", () => {
    const tallis = story(
      "Fresh Foods captured 12 per cent of the market, according to figures published by the research firm Ardent Data. The gains came largely at the expense of two older chains, whose combined share fell by four points. Ardent Data said Fresh Foods had attracted a million new shoppers during the year. The chain opened 40 new stores in the north of the country last year. The company moved its head office to a new building in Leeds in the spring. The old warehouse in Bristol closed in the summer after a fire. Tom Reyes, an analyst at the broker Calder & Finch, said the chain was likely to keep growing.",
    );
    const ardent = buildClaimMatchQuestions(input(tallis)).find((question) =>
      question.prompt.includes("Ardent Data"),
    );
    expect(ardent).toBeDefined();
    expect(optionTexts(ardent).some((option) => option.startsWith("The gains came"))).toBe(false);
  });
});

describe("a source given in short is named in full in feedback and explanations", () => {
  it("names 'An independent regulator' by its name and 'She' and 'Ortiz' as whom they stand for", () => {
    const text = story(
      "Lena Ortiz, a sailor from Elden, said the crossing was often cancelled at short notice. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years. She said the board should publish its timetable a month ahead. Ortiz said the board had not answered her letters. An industry regulator, the Coastal Transport Office, said in its report that the board had cut sailings without notice.",
    );
    const questions = buildUnattributedSentenceQuestions(input(text));
    const texts = questions.flatMap((question) => [
      question.explanation,
      ...question.options.map((option) => option.feedback ?? ""),
    ]);
    expect(texts.length).toBeGreaterThan(0);
    for (const item of texts) {
      expect(item).not.toMatch(/“(?:An industry regulator|She|Ortiz)”/);
    }
    expect(texts.some((item) => item.includes("“the Coastal Transport Office”"))).toBe(true);
  });

  it("names 'The company' by the company the headline names, and shows where it is named", () => {
    const text =
      "Kestrel Group doubles its profit as fares rise\n\nBy Jane Roe\n\nExample Wire, 4 June 2027\n\nKestrel Group carried 2 million passengers last year, up from 1.6 million, according to figures published by the Harbour Board. Kestrel Group said the new night crossing had been full since March. The company reported a profit of £12 million for the year, up 31 per cent. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.\n";
    const profit = buildFigureSourcingQuestions(input(text)).find((question) =>
      question.prompt.includes("£12 million"),
    );
    expect(profit?.explanation).toContain("“Kestrel Group”");
    expect(profit?.explanation).not.toContain("“The company”");
    expect(profit?.evidence.some((span) => span.text === "Kestrel Group")).toBe(true);
  });
});

describe("who stands behind a claim: the business and the union in a strike", () => {
  const text = story(
    "Ferries to Inchmore will run again from Monday after crews voted to accept a pay offer, the operator, Kestrel Line, said on Friday. The crews' union, the Harbour Workers Association, said most of its members had backed the offer. Its regional secretary, Ann Lee, said the deal raised basic pay this year. Dr Ana Ruiz, a transport researcher at Elden University, said strikes on island routes had become more common.",
  );
  const standingAbout = standingsIn(text);

  it("keys the operator in a strike as a side, never as a source with no side", () => {
    expect(standingAbout("run again from Monday")).toBe(INTERESTED);
  });

  it("keys the union's official, introduced as 'its regional secretary', as a side like the union", () => {
    expect(standingAbout("raised basic pay")).toBe(INTERESTED);
  });

  it("keys the outside researcher as a source with no side (guard)", () => {
    expect(standingAbout("more common")).toBe(ACCOUNTABLE);
  });

  it("keys the library specs' wire report's ferry operator as a side", () => {
    const wire = analyzeArticle(WIRE_REPORT);
    const operator = wire.attributions.filter((item) => item.source === "Northsound Ferries");
    expect(operator.length).toBeGreaterThan(0);
    for (const attribution of operator) expect(standingOf(attribution, wire)).toBe("named-interested");
  });
});

describe("hedges that do not make a sentence's claim sourceless, and notes that hint at a source", () => {
  const text = story(
    "Police cleared the harbour road on Saturday after a small group of protesters, reportedly paid by a rival firm, tried to block the ferry gates. Dr Ana Ruiz, a transport researcher at Elden University, said the protest had been peaceful. Kestrel Line said the gates would stay shut until Monday. It is said that the protesters were promised free tickets, although the harbour board did not provide evidence for this. Lena Ortiz, a sailor from Elden, said the crossing was often cancelled at short notice.",
  );

  it("never keys a sentence whose own note hints at who made the claim as naming nobody", () => {
    for (const question of buildUnattributedSentenceQuestions(input(text)))
      expect(correctText(question)).not.toMatch(/^It is said/);
  });

  it("explains a sentence with a hedged aside as stated as fact, not as hedged", () => {
    const cleared = buildUnattributedSentenceQuestions(input(text)).find((question) =>
      correctText(question).startsWith("Police cleared"),
    );
    expect(cleared?.explanation).toContain("states it as fact");
  });

  it("still reads 'is said to' after an aside as the hedge of the sentence's own claim", () => {
    const tea = story(
      "The tea, known in Elden as kelp brew, is said to cure sleepless nights within a week. Dr Ana Ruiz, a sleep researcher at Elden University, said demand had risen for three years. Kestrel Line said the ferry would carry the tea to the island in May.",
    );
    const question = buildUnattributedSentenceQuestions(input(tea)).find((item) =>
      correctText(item).startsWith("The tea"),
    );
    expect(question?.explanation).toContain("“is said to” passes the claim on without saying who");
    expect(question?.explanation).not.toContain("states it as fact");
  });

  it("never asks 'who stands behind this claim?' about a hedged aside or a noted claim as if it had no source", () => {
    for (const question of buildSourceKindQuestions(input(text))) {
      expect(question.prompt).not.toMatch(/Police cleared|It is said/);
    }
  });
});

describe("scare quotes whose reason the writer gives next", () => {
  const text = story(
    'The harbour board voted last week to keep its so-called "flexible" timetable for another year. Flexible is a polite word for late. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.',
  );
  const questions = buildScareQuotesQuestions(input(text));

  it('asks once about so-called "flexible", not again about the marks, pointing at the word "so-called"', () => {
    expect(questions).toHaveLength(1);
    expect(questions[0]?.evidence.map((span) => span.text)).toEqual(["so-called"]);
  });

  it("never says the marks doubt the label 'without saying why' when the next sentence says why", () => {
    for (const question of questions) {
      expect(question.explanation).not.toContain("without saying why");
      expect(question.explanation).toContain("“Flexible is a polite word for late”");
      for (const option of question.options) expect(option.text).not.toContain("without saying why");
    }
  });
});

describe("neutral words that fit people labelled at a protest", () => {
  it("offers 'protesters', not 'critics' or 'supporters', for 'provocateurs who attacked police lines'", () => {
    const text = story(
      "The ministry said officers detained 41 provocateurs who attacked police lines with stones and bottles. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years.",
    );
    const term = analyzeArticle(text).loaded.find((item) => item.text === "provocateurs");
    expect(term?.neutral).toContain("protesters");
    expect(term?.neutral).not.toContain("supporters");
  });
});

describe("which claim the article flags as unproven: options in one form", () => {
  it("offers every option as a claim, the key without its 'It is said that', when the note shares its sentence", () => {
    const text = story(
      "According to the harbour board, no more than 300 passengers used the night crossing in May. The board said its staff had acted with great care and had refunded 41 tickets after the delays. Lena Ortiz, a sailor from Elden, said the crossing was often cancelled at short notice. It is said that the board paid drivers to stay away, although the board did not provide evidence for this.",
    );
    const [question] = buildUnsupportedClaimQuestions(input(text));
    expect(question && correctText(question)).toBe("The board paid drivers to stay away");
    for (const option of optionTexts(question))
      expect(option).not.toMatch(/^(?:According to|The board said|It is said)/);
  });

  it("cuts the key and the wrong answers at the same length when the note follows the claim", () => {
    const text = story(
      "The harbour board said its staff had acted with great care and had refunded 41 tickets after the long delays of the summer. Lena Ortiz, a sailor from Elden, said the crossing was often cancelled at short notice and that nobody had told the passengers why. Dr Ana Ruiz, a transport researcher at Elden University, said demand had risen for three years and that the boats were now too small for the route. Opposition councillors claimed that more than 10,000 passengers had been stranded over the summer and that the board had hidden the figures from the council. However, no evidence was provided.",
    );
    const [question] = buildUnsupportedClaimQuestions(input(text));
    const lengths = optionTexts(question).map((option) => option.length);
    expect(lengths.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(111);
  });
});
