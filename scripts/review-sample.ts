/**
 * Draws the validity-review sample (docs/question-review.md): every kind of question at least once, then
 * random questions up to the size, with a fixed seed so the sample can be drawn again. Prints each question
 * with the passage a student sees while answering, its options (key marked) with each option's feedback, the
 * explanation and the evidence, for a teacher to judge.
 * Run: npx tsx scripts/review-sample.ts [size=44] [seed=20261130]
 */
import { findBundledArticle, listBundledQuestions } from "../src/catalog/catalog";
import { seededRandom, shuffled } from "../src/quiz/random";

const size = Number(process.argv[2] ?? 44);
const seed = Number(process.argv[3] ?? 20261130);
const random = seededRandom(seed);
const pool = shuffled(listBundledQuestions(), random);
const byKind = new Map<string, (typeof pool)[number]>();
for (const question of pool) if (!byKind.has(question.kind)) byKind.set(question.kind, question);
const sample = [...byKind.values()];
for (const question of pool) if (sample.length < size && !sample.includes(question)) sample.push(question);

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
