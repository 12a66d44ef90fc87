import type { ArticleAnalysis } from "../analysis/types";
import { buildClaimSourceQuestions } from "./builders/claim-source";
import { buildHedgeMeaningQuestions } from "./builders/hedge-meaning";
import { buildReportingVerbQuestions } from "./builders/reporting-verb";
import type { ArticleInput, QuestionBuilder } from "./draft";
import { findQuestionProblems, sameQuestionKey } from "./invariants";
import type { Question } from "./types";

/** Every question kind, one builder each, in the order their questions appear in the bank. */
export const QUESTION_BUILDERS: readonly QuestionBuilder[] = [
  buildClaimSourceQuestions,
  buildHedgeMeaningQuestions,
  buildReportingVerbQuestions,
];

/**
 * All questions about one article: every builder's output, without questions that ask the same thing
 * (same id, or same kind and prompt; the first one stays) and without any that breaks an invariant.
 */
export function buildQuestionBank(article: ArticleInput, analysis: ArticleAnalysis): Question[] {
  const seenIds = new Set<string>();
  const seenKeys = new Set<string>();
  const bank: Question[] = [];
  for (const build of QUESTION_BUILDERS) {
    for (const question of build({ article, analysis })) {
      const key = sameQuestionKey(question);
      if (seenIds.has(question.id) || seenKeys.has(key)) continue;
      if (findQuestionProblems(question, article.text).length > 0) continue;
      seenIds.add(question.id);
      seenKeys.add(key);
      bank.push(question);
    }
  }
  return bank;
}
