/**
 * Time to build the question bank for all five seeds (goal ≤ 20 ms), median and p95 over 50 runs.
 * The articles are analysed once up front, as the Worker does per isolate, so this times the builders;
 * a second figure includes the analysis. Five warm-up runs first; CPU time is printed beside wall time
 * because wall time swings on a shared machine. Run: npx tsx scripts/bench-questions.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { buildQuestionBank } from "../src/questions/bank";

const RUNS = 50;
const SEEDS = join(import.meta.dirname, "..", "seeds");

const articles = readdirSync(SEEDS)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ slug: name.replace(/\.txt$/, ""), text: readFileSync(join(SEEDS, name), "utf8") }));

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** Wall-clock median and p95 per run, and mean CPU time per run (steadier on a busy machine). */
function time(runs: number, work: () => unknown): { median: number; p95: number; cpu: number } {
  for (let run = 0; run < 5; run++) work();
  const samples: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuBefore).user / 1000 / runs;
  samples.sort((left, right) => left - right);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), cpu };
}

const analysed = articles.map((article) => ({ article, analysis: analyzeArticle(article.text) }));
const banks = analysed.map(({ article, analysis }) => buildQuestionBank(article, analysis));

const bankOnly = time(RUNS, () =>
  analysed.map(({ article, analysis }) => buildQuestionBank(article, analysis)),
);
const withAnalysis = time(RUNS, () =>
  articles.map((article) => buildQuestionBank(article, analyzeArticle(article.text))),
);

const format = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`Question bank for ${articles.length} seeds (${banks.flat().length} questions), ${RUNS} runs`);
const line = (label: string, figures: { median: number; p95: number; cpu: number }) =>
  `  ${label.padEnd(18)} median ${format(figures.median)}, p95 ${format(figures.p95)}, CPU ${format(figures.cpu)} per run`;
console.log(`${line("build only:", bankOnly)} (goal ≤ 20 ms)`);
console.log(line("analysis + build:", withAnalysis));
if (bankOnly.median > 20) process.exitCode = 1;
