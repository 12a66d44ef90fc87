import { inArray } from "drizzle-orm";
import { findBundledQuestion, listBundledQuestions } from "../catalog/catalog";
import type { Db } from "../db/client";
import { questionSnapshots } from "../db/schema";
import type { Question, Skill } from "../questions/types";

/** D1 binds at most 100 parameters per statement. */
const IDS_PER_QUERY = 90;

/**
 * The questions with these ids, in the same order; ids nobody knows are left out. Bundled questions come
 * from the catalogue (indexed once per isolate); any other id is a library question as a session or quiz
 * recorded it, read from its snapshot, so only sessions with library questions pay a D1 read.
 */
export async function findQuestions(db: Db, ids: readonly string[]): Promise<Question[]> {
  const found = new Map<string, Question>();
  for (const id of ids) {
    const question = findBundledQuestion(id);
    if (question) found.set(id, question);
  }
  const missing = [...new Set(ids.filter((id) => !found.has(id)))];
  for (let from = 0; from < missing.length; from += IDS_PER_QUERY) {
    const rows = await db
      .select({ question: questionSnapshots.question })
      .from(questionSnapshots)
      .where(inArray(questionSnapshots.id, missing.slice(from, from + IDS_PER_QUERY)));
    for (const { question } of rows) found.set(question.id, question);
  }
  return ids.flatMap((id) => {
    const question = found.get(id);
    return question ? [question] : [];
  });
}

/** Every bundled question about one of the articles and skills; an empty list means any article or any skill. */
export function questionPool(articles: readonly string[], skills: readonly Skill[]): Question[] {
  return listBundledQuestions().filter(
    (question) =>
      (articles.length === 0 || articles.includes(question.articleSlug)) &&
      (skills.length === 0 || skills.includes(question.skill)),
  );
}
