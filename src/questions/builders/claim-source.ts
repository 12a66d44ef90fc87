import { attributionStanding, saysWho } from "../../analysis/source-standing";
import type { Attribution, Hedge, Sentence, Span } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import {
  articleSources,
  askedClaimSpan,
  attributedSentences,
  attributionExtent,
  attributionQuote,
  canonicalSource,
  claimReadsAlone,
  hasUsableClaim,
  sameVoice,
  sentenceAt,
  sourceName,
  statesCount,
  withIntroduction,
} from "../facts";
import { excerpt, midSentence, plainText, quote } from "../text";
import type { Question } from "../types";

/** The answer when the article names nobody: vague sources and hedges alike (docs/sourcing-model.md). */
const NOBODY_NAMED = "Nobody named: the article does not say who";

const PROMPT = "Who is the source of this claim?";

/** The answer when the writer states the claim in the article's own voice, with no source and no hedge. */
const OWN_VOICE = "The writer, stating it as fact";

/** Named sources the article quotes elsewhere, as wrong answers, each saying why it is wrong here. */
function otherNamedSources(input: BuildInput, answer: string | null, count: number, at: Span): OptionDraft[] {
  // Rotated per question (by the claim's place), so the article's first sources are not always the wrong
  // answers: an option that is offered often and never right would give itself away.
  // A person and the body they speak for are one voice: both would be right.
  const others = articleSources(input.analysis).filter(
    (name) => !answer || !sameVoice(input.analysis, name, answer),
  );
  const first = others.length > 0 ? at.start % others.length : 0;
  return [...others.slice(first), ...others.slice(0, first)].slice(0, count).map((name) => ({
    text: name,
    feedback: `No: the article cites ${midSentence(name)} for other claims, not for this one.`,
  }));
}

/** The writer's own voice as a wrong answer. */
function outletOption(feedback: string): OptionDraft[] {
  return [{ text: OWN_VOICE, feedback }];
}

/** A claim the outlet makes in its own voice: a count stated as fact, with no source and no hedge. */
function ownClaimDraft(input: BuildInput, sentence: Sentence): QuestionDraft | null {
  const others = otherNamedSources(input, null, 2, sentence);
  if (others.length === 0) return null;
  const shown = excerpt(input.article.text, sentence, sentence, 130);
  return {
    skill: "attribution",
    kind: "claim-source",
    difficulty: 2,
    prompt: `${PROMPT} ${quote(shown)}`,
    options: [
      {
        text: OWN_VOICE,
        correct: true,
        feedback: "Right: no one else is given; the outlet vouches for it alone.",
      },
      ...others,
      {
        text: NOBODY_NAMED,
        feedback:
          "No: nothing here hands the claim to anyone, not even to unnamed sources; the outlet states it itself.",
      },
    ],
    explanation: `${quote(shown)} gives no source and no hedge: the writer states it as fact in the article's own voice, so the only one vouching for it is the writer and the outlet that published it.`,
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
}

function namedDraft(input: BuildInput, attribution: Attribution, name: string): QuestionDraft | null {
  const { text } = input.article;
  const extent = attributionExtent(attribution);
  const others = otherNamedSources(input, name, 2, attribution);
  if (others.length < 2) {
    others.push({
      text: OWN_VOICE,
      feedback: `No: the article does not state this itself; it hands it to ${midSentence(name)}.`,
    });
  }
  if (others.length === 0) return null;
  return {
    skill: "attribution",
    kind: "claim-source",
    difficulty: attribution.sourceKind === "pronoun" ? 2 : 1,
    prompt: `${PROMPT} ${quote(excerpt(text, askedClaimSpan(text, attribution), askedClaimSpan(text, attribution), 130))}`,
    options: [
      {
        text: name,
        correct: true,
        feedback: `Right: the article hands this claim to ${midSentence(name)}, so that is whom to check it with.`,
      },
      ...others,
      {
        text: NOBODY_NAMED,
        feedback: `No: the article gives ${midSentence(name)} as the source: ${quote(attributionQuote(text, input.analysis, attribution, 120))}.`,
      },
    ],
    explanation: `The article says ${quote(attributionQuote(text, input.analysis, attribution))}. Knowing who says it is the first step; whether ${midSentence(name)} is well placed to know is the next.`,
    evidence: withIntroduction(input.analysis, attribution, extent),
    control: true,
  };
}

function unnamedDraft(input: BuildInput, attribution: Attribution): QuestionDraft | null {
  const { text } = input.article;
  const extent = attributionExtent(attribution);
  // "According to them": "them" stands for what it refers to (sourcing model rule 4); with nothing named
  // before it, the student could not tell, so it is not asked.
  if (attribution.sourceKind === "pronoun" && !attribution.resolvedSource) return null;
  const source = plainText(
    attribution.sourceKind === "pronoun" ? (attribution.resolvedSource ?? "") : attribution.source,
  );
  const others = [
    ...otherNamedSources(input, null, 2, attribution),
    ...outletOption(`No: the article hands the claim to ${quote(source)}; it does not state it as its own.`),
  ];
  if (others.length < 2) return null;
  return {
    skill: "attribution",
    kind: "claim-source",
    difficulty: 2,
    prompt: `${PROMPT} ${quote(excerpt(text, askedClaimSpan(text, attribution), askedClaimSpan(text, attribution), 130))}`,
    options: [
      {
        text: NOBODY_NAMED,
        correct: true,
        feedback: `Right: ${quote(source)} names no one you could check.`,
      },
      ...others,
    ],
    explanation: `The article says ${quote(attributionQuote(text, input.analysis, attribution))}. ${attribution.sourceKind === "pronoun" ? `${quote(plainText(attribution.source))} stands for ${quote(source)}, which` : quote(source)} sounds like a source but names no one: a vague source does not say who.`,
    evidence: withIntroduction(input.analysis, attribution, extent),
  };
}

function hedgedDraft(input: BuildInput, hedge: Hedge): QuestionDraft | null {
  // ", reportedly funded from abroad," hedges an aside, not the sentence's claim: not asked about.
  if (/,\s*$/.test(input.article.text.slice(Math.max(0, hedge.start - 3), hedge.start))) return null;
  // "It is said that …, although the ministry did not provide evidence": the note hints at who said it.
  if (input.analysis.unsupported.some((marker) => marker.sentence === hedge.sentence)) return null;
  const sentence = sentenceAt(input.analysis, hedge.sentence);
  const others = [
    ...otherNamedSources(input, null, 2, hedge),
    ...outletOption(
      `No: ${quote(hedge.cue)} shows the outlet is passing the claim on, not stating it as its own.`,
    ),
  ];
  if (!sentence || others.length < 2) return null;
  const claim = excerpt(input.article.text, sentence, hedge, 130);
  return {
    skill: "attribution",
    kind: "claim-source",
    difficulty: 2,
    prompt: `${PROMPT} ${quote(claim)}`,
    options: [
      {
        text: NOBODY_NAMED,
        correct: true,
        feedback: `Right: ${quote(hedge.cue)} passes the claim on without giving any source.`,
      },
      ...others,
    ],
    explanation: `${quote(hedge.cue)} is a hedge, not a source: the article gives no one for this claim, so the reader cannot check it.`,
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
}

/** Named and unnamed claims taken in turn, so the bank's cap per kind keeps both. */
function alternate<T>(first: readonly T[], second: readonly T[]): T[] {
  return Array.from({ length: Math.max(first.length, second.length) }, (_, index) => [
    first[index],
    second[index],
  ])
    .flat()
    .filter((item): item is NonNullable<T> => item !== undefined && item !== null);
}

/**
 * "Who is the source of this claim?": the named sources of the article and "Nobody named", which is right
 * for vague sources and hedges alike (a vague source never counts as saying who).
 */
export function buildClaimSourceQuestions(input: BuildInput): Question[] {
  const named: (QuestionDraft | null)[] = [];
  const unnamed: (QuestionDraft | null)[] = [];
  for (const attribution of input.analysis.attributions) {
    if (!hasUsableClaim(attribution) || !claimReadsAlone(input.article.text, attribution)) continue;
    const spoken = sourceName(attribution);
    if (saysWho(attributionStanding(attribution)) && spoken) {
      named.push(namedDraft(input, attribution, canonicalSource(input.analysis, spoken)));
    } else {
      unnamed.push(unnamedDraft(input, attribution));
    }
  }
  for (const hedge of input.analysis.hedges) unnamed.push(hedgedDraft(input, hedge));
  const attributed = attributedSentences(input.analysis);
  const hedged = new Set(input.analysis.hedges.map((hedge) => hedge.sentence));
  for (const sentence of input.analysis.sentences) {
    if (attributed.has(sentence.index) || hedged.has(sentence.index) || !statesCount(sentence.text)) continue;
    unnamed.push(ownClaimDraft(input, sentence));
  }
  return alternate(
    named.filter((draft) => draft !== null),
    unnamed.filter((draft) => draft !== null),
  ).map((draft) => finishQuestion(input, draft));
}
