import { reportsSpeech } from "../../analysis/reporting-cues";
import { attributionStanding, saysWho } from "../../analysis/source-standing";
import type { LoadedTerm } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import { sentenceAt } from "../facts";
import { authorTerms } from "../loaded-facts";
import { pickVariant } from "../standing";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

const SO_CALLED_WORD = "so-called";

/** The right reading in different words, so no one wording is always the key (rotated per question). */
const DISTANCING: readonly string[] = [
  "It casts doubt on the label, or mocks it",
  "It holds the word at arm's length, as if it were false",
  "It hints the label is wrong without saying why",
];

const WRONG: readonly OptionDraft[] = [
  {
    text: "It repeats a named official's exact words",
    feedback: "No: no named person is quoted saying it.",
  },
  {
    text: "It shows the writer is quoting a document",
    feedback: "No: no document is named or quoted.",
  },
  {
    text: "It marks a word in a foreign language",
    feedback: "No: the word is plain English; the marks are there to cast doubt.",
  },
  {
    text: "It shows the word is a brand or trademark",
    feedback: "No: it is an ordinary word; the marks hold it at arm's length.",
  },
  {
    text: "It marks the title of a book or film",
    feedback: "No: it is a label for people or things, not a title.",
  },
];

/** Three of the wrong readings, rotated per question so no one of them turns up every time. */
function wrongReadings(key: string): OptionDraft[] {
  const first = WRONG.indexOf(pickVariant(WRONG, key));
  return [...WRONG.slice(first), ...WRONG.slice(0, first)].slice(0, 3);
}

/**
 * The sentence after the marks that takes the quoted word up again and says what the writer makes of it
 * ("… its so-called "flexible" phone policy. Flexible is a kind word for surrender."), or null.
 */
function reasonGiven(input: BuildInput, term: LoadedTerm): string | null {
  const quoted = /["“]([^"“”]{2,40})["”]/.exec(input.article.text.slice(term.start, term.end + 60))?.[1];
  const next = sentenceAt(input.analysis, term.sentence + 1);
  if (!quoted || !next) return null;
  return next.text.toLowerCase().includes(quoted.toLowerCase()) ? next.text : null;
}

function distancingDraft(input: BuildInput, term: LoadedTerm): QuestionDraft | null {
  const sentence = sentenceAt(input.analysis, term.sentence);
  if (!sentence) return null;
  const soCalled = term.category === "so-called";
  // The question asks about the word "so-called" and points at it; the term also holds the quoted label.
  const asked = soCalled ? { start: term.start, end: term.start + SO_CALLED_WORD.length } : term;
  const shown = excerpt(input.article.text, sentence, asked, 140);
  const word = soCalled ? SO_CALLED_WORD : term.text;
  const reason = reasonGiven(input, term);
  // When the writer says why next, "without saying why" would be false of this article.
  const readings = reason ? DISTANCING.filter((text) => !text.includes("without saying why")) : DISTANCING;
  const doubt = reason
    ? `to doubt or mock it. The marks alone give no reason; here the writer gives one in the next sentence, ${quote(reason.replace(/[.!?]+$/, ""))}: an opinion, not evidence, so weigh it as one.`
    : "to doubt or mock it without saying why. A careful writer would say who uses the label and what is disputed about it, so the reader can weigh the doubt.";
  return {
    skill: "loaded-language",
    kind: "scare-quotes",
    difficulty: 3,
    prompt: soCalled
      ? `Why does the article use “so-called” here? ${quote(shown)}`
      : `Why is ${word} in quotation marks here? ${quote(shown)}`,
    options: [
      {
        text: pickVariant(readings, input.article.slug, word),
        correct: true,
        feedback: soCalled
          ? `Right: “so-called” tells you to doubt the name that follows${reason ? "; the writer's reason comes only in the next sentence" : ", without giving a reason"}.`
          : "Right: nobody is quoted using the word here, so the marks are the writer's own signal of doubt.",
      },
      ...wrongReadings(`${input.article.slug}|${term.start}`),
    ],
    explanation: `${soCalled ? `${quote("so-called")} before a label in quotation marks holds it at arm's length: it tells you` : "Quotation marks around a label that no one is quoted as saying hold it at arm's length: they tell you"} ${doubt}`,
    evidence: [{ start: asked.start, end: asked.end }],
  };
}

/**
 * True when the doubt is clearly the writer's: "so-called" only before a label in quotation marks (before a
 * standard term, "the so-called Kurdish question", it may just mean "known as"), and never inside a claim the
 * article hands to a named source ("According to the ministry, … the so-called "march"": whose marks are they?).
 */
function writersOwnDoubt(input: BuildInput, term: LoadedTerm): boolean {
  // The term runs from "so-called" to the closing mark when a quoted label follows it.
  if (term.category === "so-called" && !/^so-called\s*["“]/i.test(term.text)) return false;
  // A stance hands over no words: in "the board voted to keep its so-called “flexible” timetable" the marks are the writer's.
  return !input.analysis.attributions.some(
    (attribution) =>
      reportsSpeech(attribution) &&
      saysWho(attributionStanding(attribution)) &&
      attribution.claimSpan.start <= term.start &&
      term.start < attribution.claimSpan.end,
  );
}

/** "Why is this phrase in quotation marks?" (scare quotes) and "why 'so-called'?" in the outlet's own voice. */
export function buildScareQuotesQuestions(input: BuildInput): Question[] {
  const terms = authorTerms(input.analysis).filter(
    (term) => term.category === "scare-quotes" || term.category === "so-called",
  );
  return terms
    .filter((term) => writersOwnDoubt(input, term))
    .map((term) => distancingDraft(input, term))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
