/**
 * The bundled articles, their analyses and their questions. `npm run precompute` writes them into a typed
 * module (checked by `npm run check` and the specs), so the Worker only reads them: analysing the articles
 * and building their bank on a cold isolate would cost far more than the 10 ms of CPU a request may use.
 */
import type { Question, Skill } from "../questions/types";
import { BUNDLED_ARTICLES } from "./bundled.generated";
import type { Collection } from "./bundled-articles";
import type { BundledArticle } from "./types";

let questionsById: Map<string, Question> | undefined;

/** The bundled articles in catalogue order, optionally only one collection. */
export function listBundledArticles(collection?: Collection): readonly BundledArticle[] {
  return collection
    ? BUNDLED_ARTICLES.filter((article) => article.collection === collection)
    : BUNDLED_ARTICLES;
}

/** The bundled article with this slug, or undefined. */
export function findBundledArticle(slug: string): BundledArticle | undefined {
  return BUNDLED_ARTICLES.find((article) => article.slug === slug);
}

/** The bundled questions in catalogue order, optionally only those of one article and/or one skill. */
export function listBundledQuestions(filter?: { article?: string; skill?: Skill }): Question[] {
  return BUNDLED_ARTICLES.flatMap((article) =>
    filter?.article && article.slug !== filter.article ? [] : article.questions,
  ).filter((question) => !filter?.skill || question.skill === filter.skill);
}

/** The bundled question with this id, or undefined (the index is built once per isolate). */
export function findBundledQuestion(id: string): Question | undefined {
  questionsById ??= new Map(listBundledQuestions().map((question) => [question.id, question]));
  return questionsById.get(id);
}
