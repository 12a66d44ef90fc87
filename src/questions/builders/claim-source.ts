import type { Attribution, Hedge } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import {
  articleSources,
  attributionExtent,
  canonicalSource,
  effectiveSourceKind,
  hasUsableClaim,
  isNamedSource,
  sentenceAt,
  sourceName,
} from "../facts";
import { excerpt, plainText, quote } from "../text";
import type { Question } from "../types";

const NOT_SAID = "The article does not say";

/** Wrong sources: the article's other sources, then its author (the outlet's own voice), at most three. */
function otherSources(input: BuildInput, answer: string | null): OptionDraft[] {
  const author = input.analysis.meta.author ? plainText(input.analysis.meta.author) : null;
  const names = articleSources(input.analysis).filter((name) => name.toLowerCase() !== answer?.toLowerCase());
  const options: OptionDraft[] = names.slice(0, 3).map((name) => ({
    text: name,
    feedback: `No: ${name} is quoted elsewhere in the article, not for this claim.`,
  }));
  if (author && options.length < 3 && !names.some((name) => name.toLowerCase() === author.toLowerCase())) {
    options.push({
      text: `${author}, the author`,
      feedback: `No: the claim is passed on from someone else, not stated as ${author}'s own finding.`,
    });
  }
  return options;
}

function attributedDraft(input: BuildInput, attribution: Attribution): QuestionDraft | null {
  const spoken = sourceName(attribution);
  const name = spoken ? canonicalSource(input.analysis, spoken) : null;
  const kind = effectiveSourceKind(input.analysis, attribution);
  if (!name || !kind || !hasUsableClaim(attribution)) return null;
  const { text } = input.article;
  const vague = kind === "vague";
  const extent = attributionExtent(attribution);
  const said = excerpt(text, extent, attribution.sourceSpan);
  const options: OptionDraft[] = [
    vague
      ? {
          text: NOT_SAID,
          correct: true,
          feedback: `Right: ${quote(plainText(attribution.source))} names nobody you could check.`,
        }
      : { text: name, correct: true, feedback: "Right." },
    ...otherSources(input, vague ? null : name),
  ];
  if (!vague) {
    options.push({ text: NOT_SAID, feedback: `It does: the article gives ${name} as the source.` });
  }
  const named = isNamedSource(kind);
  return {
    skill: "attribution",
    kind: "claim-source",
    difficulty: vague || attribution.sourceKind === "pronoun" ? 2 : 1,
    prompt: `Who is the source of this claim? ${quote(excerpt(text, attribution.claimSpan, attribution.claimSpan, 130))}`,
    options,
    explanation: vague
      ? `The article says ${quote(said)}. ${quote(plainText(attribution.source))} could be anyone: no source is named.`
      : `The article says ${quote(said)}.${named ? ` The claim is properly attributed to ${name}.` : ""}`,
    evidence: [extent],
    control: named,
  };
}

function hedgedDraft(input: BuildInput, hedge: Hedge): QuestionDraft | null {
  const sentence = sentenceAt(input.analysis, hedge.sentence);
  if (!sentence) return null;
  const claim = excerpt(input.article.text, sentence, hedge, 130);
  return {
    skill: "attribution",
    kind: "claim-source",
    difficulty: 2,
    prompt: `Who is the source of this claim? ${quote(claim)}`,
    options: [
      {
        text: NOT_SAID,
        correct: true,
        feedback: `Right: ${quote(hedge.cue)} hands the claim to nobody in particular.`,
      },
      ...otherSources(input, null),
    ],
    explanation: `The sentence says ${quote(claim)}: ${quote(hedge.cue)} tells you the claim comes from someone, but the article never says who.`,
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
}

/** "Who is the source of this claim?": the article's own sources, its author and "The article does not say". */
export function buildClaimSourceQuestions(input: BuildInput): Question[] {
  const drafts = [
    ...input.analysis.attributions.map((attribution) => attributedDraft(input, attribution)),
    ...input.analysis.hedges.map((hedge) => hedgedDraft(input, hedge)),
  ];
  return drafts
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input.article, draft));
}
