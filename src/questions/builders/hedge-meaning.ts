import type { Hedge } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import { sentenceAt } from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

interface HedgeReading {
  /** Matches the hedge cue. */
  cue: RegExp;
  meaning: string;
  wrong: readonly OptionDraft[];
}

const SEEN: OptionDraft = {
  text: "The reporter saw it happen",
  feedback: "No: a reporter who saw it would say so; a hedge does the opposite.",
};
const CONFIRMED: OptionDraft = {
  text: "Officials have confirmed it",
  feedback: "No: a confirmation would name who confirmed it.",
};

/** What each family of hedges tells a reader (data, not code: add a row for a new hedge). */
const HEDGE_READINGS: readonly HedgeReading[] = [
  {
    cue: /expected|believed|thought|understood/i,
    meaning: "Someone expects or believes it, but we are not told who",
    wrong: [
      { text: "It has already happened", feedback: "No: the sentence is about what may happen or be true." },
      CONFIRMED,
      { text: "It is a quote from an expert", feedback: "No: no expert is named or quoted." },
    ],
  },
  {
    cue: /.*/,
    meaning: "Someone said so, but we are not told who",
    wrong: [
      SEEN,
      CONFIRMED,
      {
        text: "The writer is sure it is true",
        feedback: "No: the hedge makes the claim less certain, not more.",
      },
    ],
  },
];

function hedgeDraft(input: BuildInput, hedge: Hedge): QuestionDraft | null {
  const sentence = sentenceAt(input.analysis, hedge.sentence);
  const reading = HEDGE_READINGS.find((row) => row.cue.test(hedge.cue));
  if (!sentence || !reading) return null;
  const shown = excerpt(input.article.text, sentence, hedge, 140);
  return {
    skill: "attribution",
    kind: "hedge-meaning",
    difficulty: 2,
    prompt: `${quote(shown)} What does ${quote(hedge.cue)} tell you here?`,
    options: [{ text: reading.meaning, correct: true, feedback: "Right." }, ...reading.wrong],
    explanation: `${quote(hedge.cue)} passes the claim on without a source: the article names nobody who says it, so you cannot check it.`,
    evidence: [{ start: hedge.start, end: hedge.end }],
  };
}

/** "What does 'reportedly' tell you here?" for each hedge in a sentence that names no source. */
export function buildHedgeMeaningQuestions(input: BuildInput): Question[] {
  return input.analysis.hedges
    .map((hedge) => hedgeDraft(input, hedge))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input.article, draft));
}
