import type { Attribution, SourceKind } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import { attributionExtent, effectiveSourceKind, hasUsableClaim, sentenceAt, statesFigure } from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

type Basis = Exclude<SourceKind, "pronoun"> | "nobody";

/** How each kind of source reads as an option, and why it matters (after the AP and Reuters sourcing rules). */
const BASIS: Readonly<Record<Basis, { label: string; why: string }>> = {
  "named-person": {
    label: "A named person or official",
    why: "a named person can be checked and held to their words",
  },
  organisation: {
    label: "A named organisation or monitoring group",
    why: "a named organisation can be checked, though it may have a side",
  },
  "media-outlet": {
    label: "A news outlet or state media",
    why: "the claim comes second-hand from another outlet, which may speak for a government",
  },
  "partisan-unnamed": {
    label: "Unnamed sources known only by their side",
    why: "unnamed sources described only by the side they take cannot be checked and have a stake",
  },
  vague: {
    label: "Unnamed sources that could be anyone",
    why: "sources this vague cannot be checked at all",
  },
  nobody: {
    label: "Nobody: it names no one",
    why: "the claim is stated with no one behind it",
  },
};

/** Wrong answers that are close to the right one, so the question tests the difference. */
const CONFUSABLE: Readonly<Record<Basis, readonly Basis[]>> = {
  "named-person": ["organisation", "partisan-unnamed", "vague"],
  organisation: ["named-person", "media-outlet", "partisan-unnamed"],
  "media-outlet": ["organisation", "named-person", "vague"],
  "partisan-unnamed": ["vague", "organisation", "named-person"],
  vague: ["partisan-unnamed", "media-outlet", "named-person"],
  nobody: ["partisan-unnamed", "media-outlet", "named-person"],
};

function basisOptions(basis: Basis): OptionDraft[] {
  return [basis, ...CONFUSABLE[basis]].map((kind) => ({
    text: BASIS[kind].label,
    correct: kind === basis,
    feedback: kind === basis ? "Right." : undefined,
  }));
}

function attributedDraft(input: BuildInput, attribution: Attribution, basis: Basis): QuestionDraft {
  const extent = attributionExtent(attribution);
  const shown = excerpt(input.article.text, extent, attribution.sourceSpan, 140);
  return {
    skill: "sourcing",
    kind: "source-kind",
    difficulty: basis === "partisan-unnamed" || basis === "media-outlet" ? 2 : 1,
    prompt: `What kind of source does this claim rest on? ${quote(shown)}`,
    options: basisOptions(basis),
    explanation: `${quote(shown)}: the source is ${quote(attribution.source)}, so ${BASIS[basis].why}.`,
    evidence: [attribution.sourceSpan],
  };
}

/** A hedged sentence rests on no one: "reportedly" names nobody. */
function hedgedDraft(input: BuildInput): QuestionDraft | null {
  const hedge = input.analysis.hedges[0];
  const sentence = hedge ? sentenceAt(input.analysis, hedge.sentence) : undefined;
  if (!hedge || !sentence) return null;
  const shown = excerpt(input.article.text, sentence, hedge, 140);
  return {
    skill: "sourcing",
    kind: "source-kind",
    difficulty: 2,
    prompt: `What kind of source does this claim rest on? ${quote(shown)}`,
    options: basisOptions("nobody"),
    explanation: `${quote(shown)}: ${quote(hedge.cue)} hides who said it, so ${BASIS.nobody.why}.`,
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
}

/**
 * "What kind of source does this claim rest on?": one question per kind of source the article uses (named
 * official, organisation, outlet, partisan or vague unnamed sources) and one for a hedged claim with none.
 * Claims about figures are left to the figure-sourcing questions.
 */
export function buildSourceKindQuestions(input: BuildInput): Question[] {
  const asked = new Set<Basis>();
  const drafts: QuestionDraft[] = [];
  for (const attribution of input.analysis.attributions) {
    const basis = effectiveSourceKind(input.analysis, attribution);
    if (!basis || basis === "pronoun" || asked.has(basis)) continue;
    if (!hasUsableClaim(attribution) || statesFigure(attribution.claim)) continue;
    asked.add(basis);
    drafts.push(attributedDraft(input, attribution, basis));
  }
  const hedged = hedgedDraft(input);
  if (hedged) drafts.push(hedged);
  return drafts.map((draft) => finishQuestion(input.article, draft));
}
