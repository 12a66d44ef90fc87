import type { SourceStanding } from "../../analysis/source-standing";
import type { Attribution } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import {
  attributionQuoteSpan,
  fullSourceName,
  hasUsableClaim,
  hedgesAnAside,
  notedInSentence,
  sentenceAt,
  statesFigure,
  withIntroduction,
} from "../facts";
import { STANDING_TEXT, standingOf, standingOptions } from "../standing";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

const PROMPT = "Who stands behind this claim?";

function attributedDraft(input: BuildInput, attribution: Attribution): QuestionDraft {
  const standing = standingOf(attribution, input.analysis);
  // From the sentence's start when a role comes first: "Its founder, Simon Prideaux, said", never "Simon Prideaux, said".
  const quoted = attributionQuoteSpan(input.article.text, input.analysis, attribution);
  const shown = excerpt(input.article.text, quoted, attribution.sourceSpan, 140);
  // Named in full, whatever the sentence calls it: "Achebe", "The company" or "He" reads as whom it stands for.
  const source = fullSourceName(input.analysis, attribution);
  return {
    skill: "sourcing",
    kind: "source-kind",
    difficulty: standing === "named-accountable" ? 1 : 2,
    prompt: `${PROMPT} ${quote(shown)}`,
    options: standingOptions(standing, source),
    explanation: `The source is ${quote(source)}: ${STANDING_TEXT[standing].why}.`,
    evidence: withIntroduction(input.analysis, attribution, attribution.sourceSpan),
  };
}

/** A hedged sentence rests on no one: "reportedly" names nobody. */
function hedgedDraft(
  input: BuildInput,
  hedge: BuildInput["analysis"]["hedges"][number],
): QuestionDraft | null {
  const sentence = sentenceAt(input.analysis, hedge.sentence);
  if (!sentence) return null;
  const shown = excerpt(input.article.text, sentence, hedge, 140);
  return {
    skill: "sourcing",
    kind: "source-kind",
    difficulty: 2,
    prompt: `${PROMPT} ${quote(shown)}`,
    options: standingOptions("none", null),
    explanation: `${quote(hedge.cue)} is a hedge, not a source: ${STANDING_TEXT.none.why}.`,
    evidence: [{ start: hedge.start, end: hedge.end }],
  };
}

/**
 * "Who stands behind this claim?" with the four standings of the sourcing model as options: one question
 * per standing the article's claims show (the first claim of each), hedged claims counting as no source.
 * Claims about figures are left to the figure-sourcing questions.
 */
export function buildSourceKindQuestions(input: BuildInput): Question[] {
  const asked = new Set<SourceStanding>();
  const drafts: QuestionDraft[] = [];
  for (const attribution of input.analysis.attributions) {
    const standing = standingOf(attribution, input.analysis);
    if (asked.has(standing) || !hasUsableClaim(attribution) || statesFigure(attribution.claim)) continue;
    asked.add(standing);
    drafts.push(attributedDraft(input, attribution));
  }
  for (const hedge of input.analysis.hedges) {
    if (asked.has("none")) break;
    // A hedged aside leaves the sentence's own claim stated as fact; a note in the sentence hints at who said it.
    if (hedgesAnAside(input.article.text, hedge) || notedInSentence(input.analysis, hedge.sentence)) continue;
    const draft = hedgedDraft(input, hedge);
    if (!draft) continue;
    asked.add("none");
    drafts.push(draft);
  }
  return drafts.map((draft) => finishQuestion(input, draft));
}
