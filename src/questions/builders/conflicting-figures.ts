import { THE_ARTICLE_ITSELF } from "../../analysis/conflicts";
import type { FigureConflict, ReportedFigure } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { capitalise, excerpt, plainText, quote } from "../text";
import type { Question } from "../types";

/** "the pro-opposition Syrian Observatory for Human Rights" → "Syrian Observatory for Human Rights": short enough for an option. */
function shortSource(source: string): string {
  return capitalise(
    plainText(source)
      .replace(/^the\s+/i, "")
      .replace(/^pro-[\w-]+\s+/i, ""),
  );
}

function says(figure: ReportedFigure, value: string): string {
  return `${shortSource(figure.source)}: ${value}`;
}

function conflictDraft(input: BuildInput, conflict: FigureConflict): QuestionDraft | null {
  const [first, second] = conflict.figures;
  if (!first || !second || first.value === second.value) return null;
  if (shortSource(first.source).toLowerCase() === shortSource(second.source).toLowerCase()) return null;
  // "over 100 killed" and "over 200 killed or injured" count different things: no disagreement to ask about.
  const countsHurt = (figure: ReportedFigure) =>
    /injur|wound/i.test(
      input.analysis.sentences.find((sentence) => sentence.index === figure.sentence)?.text ?? "",
    );
  if (countsHurt(first) !== countsHurt(second)) return null;
  const { text } = input.article;
  const quoted = [first, second].map((figure) => quote(excerpt(text, figure, figure, 120)));
  const ownFigure = [first, second].find((figure) => figure.source === THE_ARTICLE_ITSELF);
  const sourced = [first, second].find((figure) => figure !== ownFigure);
  return {
    skill: "sourcing",
    kind: "conflicting-figures",
    difficulty: 3,
    prompt: ownFigure
      ? `The article gives one number of ${plainText(conflict.about)} in its own words, and a source gives another. Who says what?`
      : `Two sources give different numbers of ${plainText(conflict.about)}. Who says what?`,
    options: [
      {
        text: `${says(first, first.value)}; ${says(second, second.value)}`,
        correct: true,
        feedback:
          "Right: each number is tied to the source that gives it; when sources disagree, ask who could know and who has a stake.",
      },
      {
        text: `${says(first, second.value)}; ${says(second, first.value)}`,
        feedback: "No: the figures are the other way round.",
      },
      {
        text: `Both say ${first.value}`,
        feedback: "No: they disagree, and the article does not say which count is right.",
      },
      {
        text: `Both say ${second.value}`,
        feedback: "No: they disagree, and the article does not say which count is right.",
      },
    ],
    explanation: ownFigure
      ? `The article states ${quote(excerpt(text, ownFigure, ownFigure, 120))} as fact, yet also reports ${quote(excerpt(text, sourced ?? first, sourced ?? first, 120))}. When counts disagree, a careful writer gives each with who gives it, and does not present one as settled.`
      : `The article reports ${quoted[0]} and ${quoted[1]}. Each source is on one side of the war; when counts disagree, report both and who gives them.`,
    evidence: [first, second].map((figure) => ({ start: figure.start, end: figure.end })),
  };
}

/** "Which two sources give conflicting figures, and what does each say?" for each conflict the analysis found. */
export function buildConflictingFiguresQuestions(input: BuildInput): Question[] {
  return input.analysis.conflicts
    .map((conflict) => conflictDraft(input, conflict))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
