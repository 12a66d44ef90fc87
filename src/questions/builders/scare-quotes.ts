import type { LoadedTerm } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import { sentenceAt } from "../facts";
import { authorTerms } from "../loaded-facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

const DISTANCING = "It casts doubt on the label, or mocks it";

const WRONG: readonly OptionDraft[] = [
  {
    text: "It repeats a named official's exact words",
    feedback: "No: no named person is quoted saying it.",
  },
  {
    text: "It is the group's official name",
    feedback: "No: it is a description, and the writer holds it at arm's length.",
  },
  {
    text: "It marks a technical military term",
    feedback: "No: nothing technical about it; the point is doubt.",
  },
];

function distancingDraft(input: BuildInput, term: LoadedTerm): QuestionDraft | null {
  const sentence = sentenceAt(input.analysis, term.sentence);
  if (!sentence) return null;
  const shown = excerpt(input.article.text, sentence, term, 140);
  const soCalled = term.category === "so-called";
  const word = soCalled ? "so-called" : term.text;
  return {
    skill: "loaded-language",
    kind: "scare-quotes",
    difficulty: 3,
    prompt: soCalled
      ? `Why does the article use “so-called” here? ${quote(shown)}`
      : `Why is ${word} in quotation marks here? ${quote(shown)}`,
    options: [{ text: DISTANCING, correct: true, feedback: "Right." }, ...WRONG],
    explanation: `${soCalled ? `${quote("so-called")} signals` : "Quotation marks around a label no one is quoted as saying signal"} doubt or mockery: ${term.explanation} A careful writer would use the plain term without the marks, or say who uses the label.`,
    evidence: [{ start: term.start, end: term.end }],
  };
}

/** "Why is this phrase in quotation marks?" (scare quotes) and "why 'so-called'?" in the outlet's own voice. */
export function buildScareQuotesQuestions(input: BuildInput): Question[] {
  return authorTerms(input.analysis)
    .filter((term) => term.category === "scare-quotes" || term.category === "so-called")
    .map((term) => distancingDraft(input, term))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
