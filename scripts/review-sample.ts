/**
 * Draws the validity-review sample (docs/question-review.md) with a fixed seed so the sample can be drawn
 * again. Prints each question with the passage a student sees while answering, its options (key marked) with
 * each option's feedback, the explanation and the evidence, for a teacher to judge.
 *
 * Default: every kind of question at least once, then random questions up to the size.
 * `--stratified`: a stratified random sample by kind: each kind gets its share of the size in proportion to
 * its count in the pool (largest remainders, at least one each), drawn at random within the kind.
 * `--collection=seed` (or `practice`): draw only from that collection's articles.
 *
 * Run: npx tsx scripts/review-sample.ts [size=44] [seed=20261130] [--stratified] [--collection=seed]
 */

import type { Collection } from "../src/catalog/bundled-articles";
import { findBundledArticle, listBundledArticles, listBundledQuestions } from "../src/catalog/catalog";
import type { Question } from "../src/questions/types";
import { seededRandom, shuffled } from "../src/quiz/random";

const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const size = Number(positional[0] ?? 44);
const seed = Number(positional[1] ?? 20261130);
const stratified = flags.includes("--stratified");
const collection = flags.find((flag) => flag.startsWith("--collection="))?.split("=")[1] as
  | Collection
  | undefined;

const slugs = new Set(listBundledArticles(collection).map((article) => article.slug));
const random = seededRandom(seed);
const pool = shuffled(
  listBundledQuestions().filter((question) => slugs.has(question.articleSlug)),
  random,
);
const sample = stratified ? stratifiedSample(pool, size) : everyKindThenRandom(pool, size);

/** Every kind once (the first of each in the shuffled pool), then the rest of the pool in order up to the size. */
function everyKindThenRandom(shuffledPool: readonly Question[], wanted: number): Question[] {
  const byKind = new Map<string, Question>();
  for (const question of shuffledPool) if (!byKind.has(question.kind)) byKind.set(question.kind, question);
  const drawn = [...byKind.values()];
  for (const question of shuffledPool)
    if (drawn.length < wanted && !drawn.includes(question)) drawn.push(question);
  return drawn;
}

/** Each kind's share of the size in proportion to its count (largest remainders, at least one each). */
function stratifiedSample(shuffledPool: readonly Question[], wanted: number): Question[] {
  const byKind = new Map<string, Question[]>();
  for (const question of shuffledPool)
    byKind.set(question.kind, [...(byKind.get(question.kind) ?? []), question]);
  const kinds = [...byKind.keys()].sort();
  const quota = new Map(kinds.map((kind) => [kind, 1]));
  const spare = Math.max(0, wanted - kinds.length);
  const rest = shuffledPool.length - kinds.length;
  const exact = kinds.map((kind) => {
    const share = rest > 0 ? (((byKind.get(kind)?.length ?? 1) - 1) * spare) / rest : 0;
    quota.set(kind, 1 + Math.floor(share));
    return { kind, remainder: share - Math.floor(share) };
  });
  let left = wanted - [...quota.values()].reduce((sum, count) => sum + count, 0);
  for (const { kind } of exact.sort((a, b) => b.remainder - a.remainder || a.kind.localeCompare(b.kind))) {
    if (left <= 0) break;
    if ((quota.get(kind) ?? 0) < (byKind.get(kind)?.length ?? 0)) {
      quota.set(kind, (quota.get(kind) ?? 0) + 1);
      left--;
    }
  }
  return kinds.flatMap((kind) => (byKind.get(kind) ?? []).slice(0, quota.get(kind)));
}

console.log(
  `Sample: ${sample.length} of ${pool.length} questions${collection ? ` (${collection} articles)` : ""}, seed ${seed}${stratified ? ", stratified by kind" : ""}`,
);
const perKind = new Map<string, [number, number]>();
for (const question of pool) {
  const counts = perKind.get(question.kind) ?? [0, 0];
  perKind.set(question.kind, [counts[0] + (sample.includes(question) ? 1 : 0), counts[1] + 1]);
}
console.log(
  [...perKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, [drawn, total]]) => `${kind} ${drawn}/${total}`)
    .join(", "),
);

sample.forEach((question, index) => {
  console.log(
    `\n### ${index + 1}. ${question.kind} (${question.skill}) — ${question.articleSlug} — \`${question.id}\``,
  );
  const text = findBundledArticle(question.articleSlug)?.text ?? "";
  for (const passage of question.passages) {
    console.log(`> ${text.slice(passage.start, passage.end).replace(/\s+/g, " ").trim()}`);
  }
  console.log(`Q: ${question.prompt}`);
  for (const option of question.options) {
    const key = option.id === question.correctOptionId;
    console.log(
      `- ${key ? "**(key)** " : ""}${option.text}${option.feedback ? ` — _${option.feedback}_` : ""}`,
    );
  }
  console.log(`Explanation: ${question.explanation}`);
  console.log(`Evidence: ${question.evidence.map((span) => `“${span.text}”`).join(" · ")}`);
});
