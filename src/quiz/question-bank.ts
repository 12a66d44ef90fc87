import { findBundledQuestion, listBundledQuestions } from "../catalog/catalog";
import type { Question, Skill } from "../questions/types";

/**
 * The questions with these ids, in the same order; ids the bank no longer knows are left out. The catalogue
 * indexes the bank once per isolate, so a look-up costs next to nothing per request.
 */
export function findQuestions(ids: readonly string[]): Question[] {
  return ids.flatMap((id) => {
    const question = findBundledQuestion(id);
    return question ? [question] : [];
  });
}

/** Every question about one of the articles and skills; an empty list means any article or any skill. */
export function questionPool(articles: readonly string[], skills: readonly Skill[]): Question[] {
  return listBundledQuestions().filter(
    (question) =>
      (articles.length === 0 || articles.includes(question.articleSlug)) &&
      (skills.length === 0 || skills.includes(question.skill)),
  );
}
