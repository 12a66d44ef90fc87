import { reportsSpeech } from "../analysis/reporting-cues";
import { type ArticleAnalysis, type Attribution, HEADLINE_SENTENCE } from "../analysis/types";
import { buildAsymmetryQuestions } from "./builders/asymmetry";
import { buildClaimMatchQuestions } from "./builders/claim-match";
import { buildClaimSourceQuestions } from "./builders/claim-source";
import { buildConflictingFiguresQuestions } from "./builders/conflicting-figures";
import { buildDismissiveFramingQuestions } from "./builders/dismissive-framing";
import { buildFigureSourcingQuestions } from "./builders/figure-sourcing";
import { buildGroupLabelQuestions } from "./builders/group-label";
import { buildLateralReadingQuestions } from "./builders/lateral-reading";
import { buildLoadedVoiceQuestions } from "./builders/loaded-voice";
import { buildLoadedWordQuestions } from "./builders/loaded-word";
import { buildMissingDateQuestions } from "./builders/missing-date";
import { buildNeutralRewriteQuestions } from "./builders/neutral-rewrite";
import { buildOpinionAsFactQuestions } from "./builders/opinion-as-fact";
import { buildOriginalSourceQuestions } from "./builders/original-source";
import { buildProducerPublisherQuestions } from "./builders/producer-publisher";
import { buildDisclaimerQuestions, buildDonationAppealQuestions } from "./builders/publisher-notes";
import { buildReportingVerbQuestions } from "./builders/reporting-verb";
import { buildScareQuotesQuestions } from "./builders/scare-quotes";
import { buildSelectiveLabelsQuestions } from "./builders/selective-labels";
import { buildSelectiveVerbsQuestions } from "./builders/selective-verbs";
import { buildSourceKindQuestions } from "./builders/source-kind";
import { buildUnattributedSentenceQuestions } from "./builders/unattributed-sentence";
import { buildUnsourcedVisualsQuestions } from "./builders/unsourced-visuals";
import { buildUnsupportedClaimQuestions } from "./builders/unsupported-claim";
import { type ArticleInput, mainPassageKey, type QuestionBuilder } from "./draft";
import { findQuestionProblems, sameQuestionKey } from "./invariants";
import type { Question } from "./types";

/** Every question kind, one builder each, in the order their questions appear in the bank. */
export const QUESTION_BUILDERS: readonly QuestionBuilder[] = [
  // sourcing
  buildProducerPublisherQuestions,
  buildOriginalSourceQuestions,
  buildSourceKindQuestions,
  buildFigureSourcingQuestions,
  buildConflictingFiguresQuestions,
  buildUnsupportedClaimQuestions,
  buildDonationAppealQuestions,
  buildDisclaimerQuestions,
  buildMissingDateQuestions,
  buildUnsourcedVisualsQuestions,
  buildLateralReadingQuestions,
  // attribution
  buildClaimSourceQuestions,
  buildClaimMatchQuestions,
  buildUnattributedSentenceQuestions,
  buildReportingVerbQuestions,
  buildSelectiveVerbsQuestions,
  buildDismissiveFramingQuestions,
  buildOpinionAsFactQuestions,
  // loaded language
  buildLoadedWordQuestions,
  buildNeutralRewriteQuestions,
  buildGroupLabelQuestions,
  buildScareQuotesQuestions,
  buildAsymmetryQuestions,
  buildLoadedVoiceQuestions,
  buildSelectiveLabelsQuestions,
];

/**
 * At most this many non-control questions of one kind per article, so that one rich kind (every loaded
 * sentence, every hedge) does not crowd out the others or the control items.
 */
const MAX_PER_KIND = 3;

/**
 * At most this many questions about one passage (sentence or line), so the bank spreads over what the
 * article does; a dealt quiz asks at most one question that shows it (quiz/pick-questions.ts).
 */
export const MAX_PER_PASSAGE = 3;

/** The passages of a question as keys, for the cap: its main passage only. */
function passageKeys(question: Question): string[] {
  return [mainPassageKey(question)];
}

/**
 * Whether questions about who hands the article a claim may read this attribution: a report of speech
 * (not a stance: "X expects"), asserted (not "would not say", "could call on", "declined to comment":
 * those hand over no claim), and in the body (a headline's "X says Y" is repeated and told in full below).
 */
export function isAskable(attribution: Attribution): boolean {
  return (
    reportsSpeech(attribution) &&
    attribution.modality === undefined &&
    attribution.sentence !== HEADLINE_SENTENCE
  );
}

/**
 * All questions about one article: every builder's output, without questions that ask the same thing
 * (same id, or same kind, prompt and answer), without any that breaks an invariant, with at most
 * MAX_PER_KIND non-control questions per kind and MAX_PER_PASSAGE per passage. Builders take turns, one
 * question each, so a rich kind early in the list cannot use up every passage; the bank is then put back
 * in builder order.
 */
export function buildQuestionBank(article: ArticleInput, found: ArticleAnalysis): Question[] {
  return dealQuestionBank(buildQuestionQueues(article, found, 0, QUESTION_BUILDERS.length));
}

/**
 * The candidate questions of builders `from` to `to` (indexes into QUESTION_BUILDERS), one queue each,
 * without any that breaks an invariant. Each builder reads only the article and its analysis, so the
 * queues may be built a few builders at a time (one request each, for a long library article) and dealt
 * once all are there: `dealQuestionBank` of all the queues is `buildQuestionBank`.
 */
export function buildQuestionQueues(
  article: ArticleInput,
  found: ArticleAnalysis,
  from: number,
  to: number,
): Question[][] {
  const analysis = { ...found, attributions: found.attributions.filter(isAskable) };
  return QUESTION_BUILDERS.slice(from, to).map((build) =>
    build({ article, analysis }).filter(
      (question) => findQuestionProblems(question, article.text).length === 0,
    ),
  );
}

/** The bank dealt from every builder's queue (in QUESTION_BUILDERS order): see `buildQuestionBank`. */
export function dealQuestionBank(queues: readonly Question[][]): Question[] {
  const seenIds = new Set<string>();
  const seenKeys = new Set<string>();
  const onPassage = new Map<string, number>();
  const kept = queues.map(() => 0);
  const chosen = queues.map((): Question[] => []);
  const longest = Math.max(0, ...queues.map((queue) => queue.length));
  // Within a round the rarer kinds go first: a partisan move the article makes once should not lose its
  // passage to the fifth figure question.
  const byRarity = queues
    .map((queue, builder) => ({ queue, builder }))
    .sort((left, right) => left.queue.length - right.queue.length || left.builder - right.builder);
  for (let round = 0; round < longest; round++) {
    for (const { queue, builder } of byRarity) {
      const question = queue[round];
      if (!question) continue;
      const key = sameQuestionKey(question);
      if (seenIds.has(question.id) || seenKeys.has(key)) continue;
      if (!question.control && (kept[builder] ?? 0) >= MAX_PER_KIND) continue;
      const passages = passageKeys(question);
      if (passages.some((passage) => (onPassage.get(passage) ?? 0) >= MAX_PER_PASSAGE)) continue;
      seenIds.add(question.id);
      seenKeys.add(key);
      for (const passage of passages) onPassage.set(passage, (onPassage.get(passage) ?? 0) + 1);
      if (!question.control) kept[builder] = (kept[builder] ?? 0) + 1;
      chosen[builder]?.push(question);
    }
  }
  return chosen.flat();
}

/** A question's prompt and options: two questions with the same are the same question, whatever the article. */
export function questionText(question: Question): string {
  return JSON.stringify([question.prompt, question.options.map((option) => option.text).sort()]);
}

/**
 * The banks of several articles, in order, each without questions that are word for word a question of an
 * earlier article (republished pieces share their boilerplate; a student should not meet it twice).
 */
export function buildQuestionBanks(
  articles: readonly { article: ArticleInput; analysis: ArticleAnalysis }[],
): Question[][] {
  const seen = new Set<string>();
  return articles.map(({ article, analysis }) =>
    buildQuestionBank(article, analysis).filter((question) => {
      const text = questionText(question);
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    }),
  );
}
