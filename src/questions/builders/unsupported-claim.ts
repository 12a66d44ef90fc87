import type { Sentence, Span, UnsupportedClaimMarker } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { attributedSentences, hasUsableClaim, sentenceAt } from "../facts";
import { claimAsOption, excerpt, quote } from "../text";
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

/** "Something X … that" directly after a marker: the note names its claim ("no evidence was given that the pills work"). */
const NAMED_CLAIM = /^\s+(?:to\s+(?:show|suggest|support\s+the\s+claim)\s+)?that\s+([^.;:!?]+)/i;

/** The claim a note names after "that", as a span of the article, or null when the note names none. */
function namedClaim(text: string, marker: UnsupportedClaimMarker, sentence: Sentence): Span | null {
  const match = NAMED_CLAIM.exec(text.slice(marker.end, sentence.end));
  const words = match?.[1];
  if (!match || !words || words.trim().split(/\s+/).length < 3) return null;
  // The pattern's group ends the match and starts with a word, so only its end may need trimming.
  const start = marker.end + match[0].length - words.length;
  return { start, end: start + words.trimEnd().length };
}

/**
 * The claim the marker is about and how an option shows it: the claim a note names after "that" ("no evidence
 * was provided that the capsules caused the weight loss"), else the claim part of the sentence it is about.
 */
function flaggedClaim(
  input: BuildInput,
  marker: UnsupportedClaimMarker,
  markerSentence: Sentence,
): { claim: Span; shown: string; sentence: number; clause: boolean } | null {
  const { text } = input.article;
  const named = namedClaim(text, marker, markerSentence);
  if (named) {
    const words = text.slice(named.start, named.end);
    return {
      claim: named,
      shown: claimAsOption(words),
      sentence: marker.sentence,
      clause: true,
    };
  }
  const target = claimSentence(input, marker);
  if (!target) return null;
  const claim = claimPart(text, target, marker);
  // A note in the claim's own sentence leaves a clause ("It is said that organisers paid …"): every option is
  // then a claim, the key without its hedge, so neither form nor "It is said" points at it.
  if (target.index === marker.sentence && claim.end < target.end) {
    const hedged = HEDGED_OPENING.exec(text.slice(claim.start, claim.end));
    const start = claim.start + (hedged?.[0].length ?? 0);
    const words = text.slice(start, claim.end);
    return {
      claim,
      shown: claimAsOption(excerpt(words, { start: 0, end: words.length }, undefined, OPTION_LENGTH)),
      sentence: target.index,
      clause: true,
    };
  }
  return { claim, shown: excerpt(text, claim, claim, OPTION_LENGTH), sentence: target.index, clause: false };
}

/** "It is said that", "It is claimed that": the hedge before a clause the key shows as a bare claim. */
const HEDGED_OPENING =
  /^(?:it\s+(?:is|was|has\s+been)\s+(?:said|claimed|reported|believed|rumou?red|understood|alleged)\s+that\s+)/i;

/** Every option is cut at the same length, so the key is neither the longest nor the shortest by design. */
const OPTION_LENGTH = 110;

/** The claim a sentence hands to its source: the attribution's claim when usable, else the whole sentence. */
function claimSpanOf(input: BuildInput, sentence: Sentence): Span {
  const attribution = input.analysis.attributions.find((item) => item.sentence === sentence.index);
  return attribution && hasUsableClaim(attribution) ? attribution.claimSpan : sentence;
}

/** The claim a sentence hands to its source, as an option. */
function claimOf(input: BuildInput, sentence: Sentence): string {
  const span = claimSpanOf(input, sentence);
  return claimAsOption(excerpt(input.article.text, span, span, OPTION_LENGTH));
}

/** Lower-case words that carry meaning (no names, no short words), crudely stemmed: "losing", "loss" → "los". */
function claimStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    const word = match[0];
    if (word.length < 4 || /^[A-Z]/.test(word) || CLAIM_FILLER.has(word)) continue;
    stems.add(word.replace(/(?:ing|ed|es|e|s)$/, "").replace(/(\w)\1$/, "$1"));
  }
  return stems;
}

const CLAIM_FILLER = new Set(
  "that this these those with from have been were could would should will into than them they their there what when which while about".split(
    " ",
  ),
);

/**
 * True when a sentence makes the claim a note names ("no evidence … that the capsules caused the weight loss"
 * against "the berry could be the key to losing weight": two content words in common), or speaks of the
 * results or findings the claim rests on. The note doubts it too, so it would be a second right answer.
 */
function restatesNamedClaim(input: BuildInput, claim: Span, sentence: Sentence): boolean {
  const { text } = input.article;
  const named = claimStems(text.slice(claim.start, claim.end));
  const span = claimSpanOf(input, sentence);
  const words = text.slice(span.start, span.end);
  // "The results were a revolution", "according to new findings": a claim about the evidence the note doubts.
  if (EVIDENCE_WORDS.test(words)) return true;
  let shared = 0;
  for (const stem of claimStems(words)) if (named.has(stem)) shared++;
  return shared >= 2;
}

/** Words for the evidence itself: a claim about the results or findings rests on what the note doubts. */
const EVIDENCE_WORDS = /\b(?:results?|findings?|trials?|stud(?:y|ies)|research|data)\b/i;

function markerDraft(input: BuildInput, marker: UnsupportedClaimMarker): QuestionDraft | null {
  const markerSentence = sentenceAt(input.analysis, marker.sentence);
  if (!markerSentence) return null;
  const flagged = flaggedClaim(input, marker, markerSentence);
  if (!flagged) return null;
  const { claim, shown } = flagged;
  const { text } = input.article;
  const others = [...attributedSentences(input.analysis)]
    .filter((index) => index !== flagged.sentence && index !== marker.sentence)
    .map((index) => sentenceAt(input.analysis, index))
    .filter((sentence): sentence is Sentence => sentence !== undefined)
    // A note that names its claim doubts every sentence making that claim: none of them is a wrong answer.
    .filter((sentence) => !flagged.clause || !restatesNamedClaim(input, claim, sentence))
    .slice(0, 3);
  // Three options at least: the key and two claims the note does not touch.
  if (others.length < 2) return null;
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
        // Offered in the key's form (a claim, or a sentence), so the form does not point at the key.
        text: flagged.clause ? claimOf(input, sentence) : excerpt(text, sentence, sentence, OPTION_LENGTH),
        feedback:
          "No: the article does not say this one lacked evidence, though that does not make it proven either.",
      })),
    ],
    explanation: `About ${quote(shown)} the article says ${quote(excerpt(text, markerSentence, marker, 120))}. A claim with no evidence is only a claim, whoever makes it.`,
    // The sentences offered are shown too, so the passage alone does not point at the key.
    // The claim first (the question's main passage), then the note and the sentences of the other options.
    evidence: [
      claim,
      { start: marker.start, end: marker.end },
      ...others.map((sentence) => ({ start: sentence.start, end: sentence.end })),
    ],
  };
}

/** "Which claim does the article itself flag as unproven?" for each "no evidence was provided" or "could not be verified". */
export function buildUnsupportedClaimQuestions(input: BuildInput): Question[] {
  return input.analysis.unsupported
    .map((marker) => markerDraft(input, marker))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
