import { type Question, SKILLS } from "../questions/types";
import { shuffled } from "./random";

type Pickable = Pick<Question, "id" | "skill" | "articleSlug" | "kind" | "passages">;

/** True when two questions are about the same words: same article, overlapping passages. */
function samePassage(left: Pickable, right: Pickable): boolean {
  return (
    left.articleSlug === right.articleSlug &&
    left.passages.some((one) =>
      right.passages.some((other) => one.start < other.end && other.start < one.end),
    )
  );
}

/**
 * Up to `count` questions from the pool, spread evenly over the skills present and, within a skill, over
 * the kinds of question and the articles, then put in a random order. Never two questions about the same
 * passage: a question whose sentence an earlier pick already asked about is passed over. With fewer
 * suitable questions than `count`, all of them.
 */
export function pickQuestions<Q extends Pickable>(
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
  const fits = (question: Q) => !picked.some((other) => samePassage(question, other));
  while (picked.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of shuffled(queues, random)) {
      // Drop what clashes with the picks so far: it would clash with them for the rest of the quiz too.
      for (let index = queue.length - 1; index >= 0; index--)
        if (!fits(queue[index] as Q)) queue.splice(index, 1);
      const question = leastBlocking(queue);
      if (question && picked.length < count) picked.push(question);
    }
  }
  return shuffled(picked, random);
}

/**
 * Takes from the front of the queue the question, among the next few, that shows the fewest passages: a
 * question showing four sentences (each option's) would keep more of the rest out of a one-article quiz.
 */
function leastBlocking<Q extends Pickable>(queue: Q[]): Q | undefined {
  let best = 0;
  for (let index = 1; index < Math.min(LOOKAHEAD, queue.length); index++) {
    if ((queue[index]?.passages.length ?? 0) < (queue[best]?.passages.length ?? 0)) best = index;
  }
  return queue.splice(best, 1)[0];
}

/** How many questions at the front of a queue `leastBlocking` weighs: enough to avoid a blocker, few enough to keep the spread. */
const LOOKAHEAD = 3;

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
