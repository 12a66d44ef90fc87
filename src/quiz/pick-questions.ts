import { type Question, SKILLS } from "../questions/types";
import { shuffled } from "./random";

/**
 * Up to `count` questions from the pool, spread evenly over the skills present and, within a skill, over
 * the kinds of question and the articles, then put in a random order. With fewer questions than `count`,
 * all of them.
 */
export function pickQuestions<Q extends Pick<Question, "id" | "skill" | "articleSlug" | "kind">>(
  pool: readonly Q[],
  count: number,
  random: () => number,
): Q[] {
  const queues = SKILLS.map((skill) =>
    spreadKinds(
      interleaveArticles(
        pool.filter((q) => q.skill === skill),
        random,
      ),
    ),
  ).filter((queue) => queue.length > 0);
  const picked: Q[] = [];
  for (let round = 0; picked.length < count && queues.some((queue) => round < queue.length); round++) {
    for (const queue of shuffled(queues, random)) {
      const question = queue[round];
      if (question && picked.length < count) picked.push(question);
    }
  }
  return shuffled(picked, random);
}

/** The questions of one skill, shuffled within each article, taking one article after another in turn. */
function interleaveArticles<Q extends Pick<Question, "articleSlug">>(
  questions: readonly Q[],
  random: () => number,
): Q[] {
  const byArticle = new Map<string, Q[]>();
  for (const question of shuffled(questions, random)) {
    const list = byArticle.get(question.articleSlug) ?? [];
    list.push(question);
    byArticle.set(question.articleSlug, list);
  }
  const lists = [...byArticle.values()];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const result: Q[] = [];
  for (let round = 0; round < longest; round++) {
    for (const list of lists) {
      const question = list[round];
      if (question) result.push(question);
    }
  }
  return result;
}

/** The queue reordered so that every kind of question comes up once before any comes up again. */
function spreadKinds<Q extends Pick<Question, "kind">>(queue: readonly Q[]): Q[] {
  const remaining = [...queue];
  const uses = new Map<string, number>();
  const usesOf = (question: Q) => uses.get(question.kind) ?? 0;
  const result: Q[] = [];
  while (remaining.length > 0) {
    let next = 0;
    remaining.forEach((question, index) => {
      const best = remaining[next];
      if (best && usesOf(question) < usesOf(best)) next = index;
    });
    const [question] = remaining.splice(next, 1);
    if (!question) break;
    uses.set(question.kind, usesOf(question) + 1);
    result.push(question);
  }
  return result;
}
