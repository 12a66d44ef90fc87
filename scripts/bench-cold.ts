/**
 * What the first request on a cold isolate would pay, in a fresh process (run by `npm run bench`):
 * analysing the seeds and building their bank on the spot, against reading the precomputed files the
 * Worker uses. CPU time; the Workers Free plan allows 10 ms per request.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { buildQuestionBank } from "../src/questions/bank";

const ROOT = join(import.meta.dirname, "..");

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed(work: () => unknown): number {
  const started = cpuMilliseconds();
  work();
  return cpuMilliseconds() - started;
}

const seeds = readdirSync(join(ROOT, "seeds"))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({ slug: name, text: readFileSync(join(ROOT, "seeds", name), "utf8") }));
/** The literal in the generated catalogue module: the Worker's bundle evaluates it much as JSON.parse would. */
const generated = readFileSync(join(ROOT, "src/catalog/bundled.generated.ts"), "utf8");
const literal = generated.slice(generated.indexOf("= [") + 2, generated.lastIndexOf(";"));

const reading = timed(() => {
  const articles = JSON.parse(literal) as { questions: { id: string }[] }[];
  const questions = articles.flatMap((article) => article.questions);
  new Map(questions.map((question) => [question.id, question]));
});
const building = timed(() => {
  for (const seed of seeds) buildQuestionBank(seed, analyzeArticle(seed.text));
});
console.log("cold isolate, first request that needs the seeds (fresh process, CPU time):");
console.log(`  reading the precomputed analyses and bank: ${reading.toFixed(1)} ms  (what the Worker does)`);
console.log(
  `  analysing the seeds and building the bank: ${building.toFixed(1)} ms  (what it no longer does)`,
);
