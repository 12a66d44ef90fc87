import type { Attribution, Sentence } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import {
  attributedSentences,
  attributionExtent,
  effectiveSourceKind,
  hasUsableClaim,
  isNamedSource,
  sourceName,
  statesCount,
  statesFigure,
} from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

type Verdict = "fine" | "partisan" | "vague" | "none";

const VERDICTS: Readonly<Record<Verdict, string>> = {
  fine: "This one is fine: it says who counted",
  partisan: "It comes from unnamed sources on one side",
  vague: "It comes from sources nobody can check",
  none: "No one is given as the source",
};

const ORDER: readonly Verdict[] = ["fine", "partisan", "vague", "none"];

function verdictOptions(verdict: Verdict, feedback: string): OptionDraft[] {
  return ORDER.map((item) => ({
    text: VERDICTS[item],
    correct: item === verdict,
    feedback: item === verdict ? "Right." : feedback,
  }));
}

function attributedVerdict(input: BuildInput, attribution: Attribution): Verdict | null {
  const kind = effectiveSourceKind(input.analysis, attribution);
  if (isNamedSource(kind)) return "fine";
  if (kind === "partisan-unnamed") return "partisan";
  if (kind === "vague") return "vague";
  return null;
}

function attributedDraft(input: BuildInput, attribution: Attribution): QuestionDraft | null {
  const verdict = attributedVerdict(input, attribution);
  if (!verdict || !hasUsableClaim(attribution) || !statesFigure(attribution.claim)) return null;
  const extent = attributionExtent(attribution);
  const shown = excerpt(input.article.text, extent, attribution.claimSpan, 140);
  const name = sourceName(attribution) ?? attribution.source;
  const why =
    verdict === "fine"
      ? `the figure is attributed to ${name}, a source you can look up. It may still be one side's count, but the article is honest about whose.`
      : `${quote(attribution.source)} does not tell you who counted, so you cannot check the figure.`;
  return {
    skill: "sourcing",
    kind: "figure-sourcing",
    difficulty: verdict === "fine" ? 1 : 2,
    prompt: `How well sourced is this figure? ${quote(shown)}`,
    options: verdictOptions(verdict, `No: ${why}`),
    explanation: `${quote(shown)}: ${why}`,
    evidence: [extent],
    control: verdict === "fine",
  };
}

function unattributedDraft(input: BuildInput, sentence: Sentence): QuestionDraft {
  const shown = excerpt(input.article.text, sentence, sentence, 140);
  const why = "nobody is named for this count: the article states it as fact and you cannot check it.";
  return {
    skill: "sourcing",
    kind: "figure-sourcing",
    difficulty: 2,
    prompt: `How well sourced is this figure? ${quote(shown)}`,
    options: verdictOptions("none", `No: ${why}`),
    explanation: `${quote(shown)}: ${why}`,
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
}

/**
 * "How well sourced is this figure?": attributed counts (the control items when a named source gives
 * them) and up to two casualty counts the article states with no source at all.
 */
export function buildFigureSourcingQuestions(input: BuildInput): Question[] {
  const attributed = input.analysis.attributions.map((attribution) => attributedDraft(input, attribution));
  const withSource = attributedSentences(input.analysis);
  const bare = input.analysis.sentences
    .filter((sentence) => !withSource.has(sentence.index))
    .filter((sentence) => statesCount(sentence.text))
    .slice(0, 2)
    .map((sentence) => unattributedDraft(input, sentence));
  return [...attributed, ...bare]
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input.article, draft));
}
