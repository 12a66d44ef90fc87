import type { SourceStanding } from "../../analysis/source-standing";
import type { Attribution, Sentence } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import {
  attributedSentences,
  attributionExtent,
  attributionQuoteSpan,
  fullSourceName,
  hasUsableClaim,
  repeatsEarlierFigure,
  statesCount,
  statesFigure,
  withIntroduction,
} from "../facts";
import { articleDoubts, standingOf, standingOptions, standingWhy } from "../standing";
import { capitalise, excerpt, quote } from "../text";
import type { Question } from "../types";

const PROMPT = "Who stands behind this figure?";

/** What a fact-checker asks of a figure, by standing: could the source know, has it a stake, who confirms it. */
const CHECKS: Readonly<Record<SourceStanding, string>> = {
  "named-accountable":
    "Before relying on it, ask how the source could know and whether anyone else's count agrees.",
  "named-interested":
    "A side's figures about its own record, or its opponents' losses, are exactly what a careful reader wants confirmed by someone with no stake.",
  vague: "With no one named, there is nobody to ask how they counted.",
  none: "Nobody is offered to vouch for the number, so there is no one to ask how it was counted.",
};

/** A count the outlet states itself: nobody else is offered, so the question is how the outlet could know. */
const STATED_CHECK =
  "Nobody else is offered to vouch for the number: ask how the outlet could have counted it.";

function explain(
  standing: SourceStanding,
  source: string | null,
  doubt: string | null,
  statedAsFact = false,
): string {
  const who = source ? `The figure comes from ${quote(source)}: ` : "";
  const doubted = doubt
    ? ` The article itself adds ${quote(doubt)}, so even it does not vouch for the figure.`
    : "";
  const check = statedAsFact ? STATED_CHECK : CHECKS[standing];
  return capitalise(`${who}${standingWhy(standing, statedAsFact)}. ${check}${doubted}`);
}

function attributedDraft(input: BuildInput, attribution: Attribution): QuestionDraft | null {
  if (!hasUsableClaim(attribution) || !statesFigure(attribution.claim)) return null;
  // A figure the article gave before is repeated here, not counted by this source.
  if (repeatsEarlierFigure(input.analysis, attribution.sentence, attribution.claim)) return null;
  const standing = standingOf(attribution, input.analysis);
  const extent = attributionExtent(attribution);
  // From the sentence's start when a role comes first: "Its founder, Simon Prideaux, said", never "Simon Prideaux, said".
  const quoted = attributionQuoteSpan(input.article.text, input.analysis, attribution);
  const shown = excerpt(input.article.text, quoted, attribution.claimSpan, 140);
  // Named in full, whatever the sentence calls it: "Achebe", "The company" or "He" reads as whom it stands for.
  const source = fullSourceName(input.analysis, attribution);
  const doubt = articleDoubts(input.analysis, attribution.sentence);
  return {
    skill: "sourcing",
    kind: "figure-sourcing",
    difficulty: standing === "named-interested" ? 3 : 2,
    prompt: `${PROMPT} ${quote(shown)}`,
    options: standingOptions(standing, source),
    explanation: explain(standing, source, doubt),
    evidence: withIntroduction(input.analysis, attribution, extent),
    // A control only when a source outside the fighting gives it and the article does not doubt it.
    control: standing === "named-accountable" && !doubt,
  };
}

function unattributedDraft(input: BuildInput, sentence: Sentence): QuestionDraft {
  const shown = excerpt(input.article.text, sentence, sentence, 140);
  // "6 soldiers were reportedly killed" passes a count on; "an ISIS cell killed 3 troops" states it as fact.
  const statedAsFact = !input.analysis.hedges.some((hedge) => hedge.sentence === sentence.index);
  return {
    skill: "sourcing",
    kind: "figure-sourcing",
    difficulty: 2,
    prompt: `${PROMPT} ${quote(shown)}`,
    options: standingOptions("none", null, statedAsFact),
    explanation: explain("none", null, articleDoubts(input.analysis, sentence.index), statedAsFact),
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
}

/**
 * "Who stands behind this figure?" with the four standings as options: attributed counts and up to two
 * casualty counts the article states with no source at all, with what a fact-checker would ask of each.
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
    .map((draft) => finishQuestion(input, draft));
}
