import { attributionStanding, saysWho } from "../../analysis/source-standing";
import type { Attribution, Sentence } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import {
  attributedSentences,
  fullSourceName,
  hasUsableClaim,
  hedgesAnAside,
  notedInSentence,
  sentenceAt,
  statesCount,
} from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

/** Sentences that state a claim with no source: hedged ones first, then bare casualty counts. */
function unattributedClaims(input: BuildInput): Sentence[] {
  const attributed = attributedSentences(input.analysis);
  // "It is said that …, although the ministry did not provide evidence" hints at who said it: not asked.
  const hedged = input.analysis.hedges
    .map((hedge) => hedge.sentence)
    .filter((sentence) => !notedInSentence(input.analysis, sentence));
  const counted = input.analysis.sentences
    .filter((sentence) => !attributed.has(sentence.index) && statesCount(sentence.text))
    .map((sentence) => sentence.index);
  return [...new Set([...hedged, ...counted])]
    .map((index) => sentenceAt(input.analysis, index))
    .filter((sentence): sentence is Sentence => sentence !== undefined);
}

/**
 * One sentence per named source, each shown around its source and cue. Sentences whose source is vague
 * ("reports", "pro-militant sources") are never offered: they do not say who either, so they would be a
 * second right answer (docs/sourcing-model.md).
 */
function attributedChoices(input: BuildInput): { attribution: Attribution; sentence: Sentence }[] {
  const seen = new Set<number>();
  const vagueSentences = new Set(
    input.analysis.attributions
      .filter((attribution) => !saysWho(attributionStanding(attribution)))
      .map((attribution) => attribution.sentence),
  );
  return input.analysis.attributions.flatMap((attribution) => {
    const sentence = sentenceAt(input.analysis, attribution.sentence);
    if (!sentence || seen.has(sentence.index) || !hasUsableClaim(attribution)) return [];
    if (vagueSentences.has(sentence.index)) return [];
    seen.add(sentence.index);
    return [{ attribution, sentence }];
  });
}

const ALL_ATTRIBUTED = "None of these: each one names its source";

function sentenceDraft(input: BuildInput, target: Sentence, round: number): QuestionDraft | null {
  const { text } = input.article;
  const choices = attributedChoices(input);
  if (choices.length < 2) return null;
  // Rotate through the attributed sentences so two questions do not offer the same wrong answers.
  // Two attributed sentences and "None of these", so "None of these" is not right every time it is offered.
  const picked = [...choices.slice(round), ...choices.slice(0, round)].slice(0, 2);
  const shown = excerpt(text, target, target, 110);
  const hedges = input.analysis.hedges.filter((item) => item.sentence === target.index);
  const hedge = hedges.find((item) => !hedgesAnAside(text, item));
  const aside = hedge ? undefined : hedges[0];
  // ", reportedly funded from abroad," hedges the aside; the sentence's own claim is stated as fact.
  const why = hedge
    ? `${quote(hedge.cue)} passes the claim on without saying who, so there is no one to check it with`
    : `the outlet states it as fact, so its own word is all there is${aside ? `; the aside's ${quote(aside.cue)} passes on its own claim without saying who, too` : ""}`;
  return {
    skill: "attribution",
    kind: "unattributed-sentence",
    difficulty: 2,
    prompt: "Which of these sentences states a claim without saying who says so?",
    options: [
      { text: shown, correct: true, feedback: `Right: ${why}.` },
      ...picked.map(({ attribution, sentence }) => ({
        text: excerpt(text, sentence, attribution.sourceSpan, 110),
        feedback: `No: this one names its source, ${quote(fullSourceName(input.analysis, attribution))}.`,
      })),
      {
        text: ALL_ATTRIBUTED,
        feedback: `No: one of them names no one; check each sentence for who makes its claim.`,
      },
    ],
    explanation: `${quote(shown)} names nobody who says so: ${why}. The others name a source, such as ${quote(picked[0] ? fullSourceName(input.analysis, picked[0].attribution) : "")}.`,
    // The sentence asked about first (the question's main passage), then the sources of the others.
    evidence: [
      { start: target.start, end: target.end },
      ...picked
        .map(({ attribution }) => attribution.sourceSpan)
        .sort((left, right) => left.start - right.start),
    ],
  };
}

/** The control item: every sentence offered names its source, so the right answer is "none of these". */
function allAttributedDraft(input: BuildInput): QuestionDraft | null {
  const { text } = input.article;
  const picked = attributedChoices(input).slice(-3);
  if (picked.length < 3) return null;
  return {
    skill: "attribution",
    kind: "unattributed-sentence",
    difficulty: 2,
    prompt: "Which of these sentences states a claim without saying who says so?",
    options: [
      ...picked.map(({ attribution, sentence }) => ({
        text: excerpt(text, sentence, attribution.sourceSpan, 110),
        feedback: `No: this one names its source, ${quote(fullSourceName(input.analysis, attribution))}.`,
      })),
      { text: ALL_ATTRIBUTED, correct: true, feedback: "Right: each sentence says who makes the claim." },
    ],
    explanation: `Each sentence names who makes its claim: ${[...new Set(picked.map(({ attribution }) => quote(fullSourceName(input.analysis, attribution))))].join(", ")}. Whether those sources are good is another question, but none of these claims floats free.`,
    evidence: picked
      .map(({ attribution }) => attribution.sourceSpan)
      .sort((left, right) => left.start - right.start),
    control: true,
  };
}

/**
 * "Which of these sentences states a claim without attributing it?" for up to two such sentences, and one
 * control item where every sentence offered is attributed.
 */
export function buildUnattributedSentenceQuestions(input: BuildInput): Question[] {
  const drafts = unattributedClaims(input)
    .slice(0, 2)
    .map((sentence, round) => sentenceDraft(input, sentence, round));
  return [...drafts, allAttributedDraft(input)]
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
