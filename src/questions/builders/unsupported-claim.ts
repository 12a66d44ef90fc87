import type { Sentence, Span, UnsupportedClaimMarker } from "../../analysis/types";
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

/** The claim part of its sentence: up to the marker when both share a sentence, so the option does not give it away. */
function claimPart(text: string, target: Sentence, marker: UnsupportedClaimMarker): Span {
  if (marker.start <= target.start || marker.start >= target.end) return target;
  const head = text.slice(target.start, marker.start);
  // Cut at the clause before the marker: "…, although the ministry did not provide evidence" goes.
  const clause =
    /[,;:–—]\s*(?:but|however|although|though|yet|while|and)?\s*(?:the\s+\w+\s+|it\s+|they\s+|he\s+|she\s+)?$/i.exec(
      head,
    );
  const cut = clause ? clause.index : head.replace(/\s+$/, "").length;
  return { start: target.start, end: target.start + Math.max(1, cut) };
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
  const claim = claimPart(text, target, marker);
  const shown = excerpt(text, claim, claim, 130);
  return {
    skill: "sourcing",
    kind: "unsupported-claim",
    difficulty: 2,
    prompt: "Which claim does the article itself flag as unproven?",
    options: [
      {
        text: shown,
        correct: true,
        feedback: `Right: the article itself adds ${quote(marker.text)} about it.`,
      },
      ...others.map((sentence) => ({
        text: excerpt(text, sentence, sentence, 110),
        feedback:
          "No: the article does not say this one lacked evidence, though that does not make it proven either.",
      })),
    ],
    explanation: `About ${quote(shown)} the article says ${quote(excerpt(text, markerSentence, marker, 120))}. A claim with no evidence is only a claim, whoever makes it.`,
    // The sentences offered are shown too, so the passage alone does not point at the key.
    evidence: [
      claim,
      { start: marker.start, end: marker.end },
      ...others.map((sentence) => ({ start: sentence.start, end: sentence.end })),
    ].sort((left, right) => left.start - right.start),
  };
}

/** "Which claim does the article itself flag as unproven?" for each "no evidence was provided" or "could not be verified". */
export function buildUnsupportedClaimQuestions(input: BuildInput): Question[] {
  return input.analysis.unsupported
    .map((marker) => markerDraft(input, marker))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
