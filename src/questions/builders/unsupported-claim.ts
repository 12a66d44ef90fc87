import type { Sentence, UnsupportedClaimMarker } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { attributedSentences, sentenceAt } from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

/**
 * The sentence whose claim the marker is about: its own when it attributes or hedges a claim ("X claimed …
 * but gave no evidence", "It is said that …, although no evidence was given"), else the one before
 * ("However, no evidence was provided.").
 */
function claimSentence(input: BuildInput, marker: UnsupportedClaimMarker): Sentence | undefined {
  const ownClaim =
    attributedSentences(input.analysis).has(marker.sentence) ||
    input.analysis.hedges.some((hedge) => hedge.sentence === marker.sentence);
  return sentenceAt(input.analysis, ownClaim ? marker.sentence : marker.sentence - 1);
}

function markerDraft(input: BuildInput, marker: UnsupportedClaimMarker): QuestionDraft | null {
  const target = claimSentence(input, marker);
  const markerSentence = sentenceAt(input.analysis, marker.sentence);
  if (!target || !markerSentence) return null;
  const { text } = input.article;
  const others = [...attributedSentences(input.analysis)]
    .filter((index) => index !== target.index && index !== marker.sentence)
    .map((index) => sentenceAt(input.analysis, index))
    .filter((sentence): sentence is Sentence => sentence !== undefined)
    .slice(0, 3);
  if (others.length === 0) return null;
  const shown = excerpt(text, target, target, 110);
  return {
    skill: "sourcing",
    kind: "unsupported-claim",
    difficulty: 2,
    prompt: "Which claim does the article itself say came with no evidence?",
    options: [
      { text: shown, correct: true, feedback: "Right." },
      ...others.map((sentence) => ({
        text: excerpt(text, sentence, sentence, 110),
        feedback: "No: the article does not say this one lacked evidence.",
      })),
    ],
    explanation: `Right after ${quote(shown)} the article says ${quote(excerpt(text, markerSentence, marker, 120))}. A claim with no evidence is only a claim, whoever makes it.`,
    evidence: [
      { start: target.start, end: target.end },
      { start: marker.start, end: marker.end },
    ].sort((left, right) => left.start - right.start),
  };
}

/** "Which claim does the article itself say came with no evidence?" for each "no evidence was provided". */
export function buildUnsupportedClaimQuestions(input: BuildInput): Question[] {
  return input.analysis.unsupported
    .map((marker) => markerDraft(input, marker))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
