import type { ArticleAnalysis } from "../analysis/types";
import { buildAsymmetryQuestions } from "./builders/asymmetry";
import { buildClaimSourceQuestions } from "./builders/claim-source";
import { buildConflictingFiguresQuestions } from "./builders/conflicting-figures";
import { buildFigureSourcingQuestions } from "./builders/figure-sourcing";
import { buildGroupLabelQuestions } from "./builders/group-label";
import { buildHedgeMeaningQuestions } from "./builders/hedge-meaning";
import { buildLoadedVoiceQuestions } from "./builders/loaded-voice";
import { buildLoadedWordQuestions } from "./builders/loaded-word";
import { buildMissingDateQuestions } from "./builders/missing-date";
import { buildNeutralRewriteQuestions } from "./builders/neutral-rewrite";
import { buildOriginalSourceQuestions } from "./builders/original-source";
import { buildProducerPublisherQuestions } from "./builders/producer-publisher";
import { buildDisclaimerQuestions, buildDonationAppealQuestions } from "./builders/publisher-notes";
import { buildReportingVerbQuestions } from "./builders/reporting-verb";
import { buildScareQuotesQuestions } from "./builders/scare-quotes";
import { buildSourceKindQuestions } from "./builders/source-kind";
import { buildUnattributedSentenceQuestions } from "./builders/unattributed-sentence";
import { buildUnsupportedClaimQuestions } from "./builders/unsupported-claim";
import type { ArticleInput, QuestionBuilder } from "./draft";
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
  // attribution
  buildClaimSourceQuestions,
  buildUnattributedSentenceQuestions,
  buildHedgeMeaningQuestions,
  buildReportingVerbQuestions,
  // loaded language
  buildLoadedWordQuestions,
  buildNeutralRewriteQuestions,
  buildGroupLabelQuestions,
  buildScareQuotesQuestions,
  buildAsymmetryQuestions,
  buildLoadedVoiceQuestions,
];

/**
 * At most this many non-control questions of one kind per article, so that one rich kind (every loaded
 * sentence, every hedge) does not crowd out the others or the control items.
 */
const MAX_PER_KIND = 3;

/**
 * All questions about one article: every builder's output, without questions that ask the same thing
 * (same id, or same kind, prompt and answer; the first one stays), without any that breaks an invariant,
 * and with at most MAX_PER_KIND non-control questions per kind.
 */
export function buildQuestionBank(article: ArticleInput, analysis: ArticleAnalysis): Question[] {
  const seenIds = new Set<string>();
  const seenKeys = new Set<string>();
  const bank: Question[] = [];
  for (const build of QUESTION_BUILDERS) {
    let kept = 0;
    for (const question of build({ article, analysis })) {
      const key = sameQuestionKey(question);
      if (seenIds.has(question.id) || seenKeys.has(key)) continue;
      if (!question.control && kept >= MAX_PER_KIND) continue;
      if (findQuestionProblems(question, article.text).length > 0) continue;
      seenIds.add(question.id);
      seenKeys.add(key);
      if (!question.control) kept++;
      bank.push(question);
    }
  }
  return bank;
}
