/**
 * Prints analysis time per 1,000 words (goal ≤ 2 ms median), the worst of a set of pathological
 * inputs against a normal article of the same size (goal: none over 50 ms, none more than a few
 * times the normal article), question-bank build time for all seeds (goal ≤ 20 ms) and the gzipped
 * Worker bundle from `wrangler deploy --dry-run` (goal ≤ 250 KB).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { normalArticleOfSize, PATHOLOGICAL_SIZE, pathologicalInputs } from "./lib/pathological-inputs";

const RUNS = 200;

function readTexts(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => readFileSync(join(folder, name), "utf8"));
  } catch {
    return [];
  }
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** CPU time of this process: what a Worker's CPU limit counts, and steadier than wall time on a busy machine. */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function benchAnalysis(texts: string[]): void {
  const perThousandWords: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const text of texts) {
      const started = cpuMilliseconds();
      analyzeArticle(text);
      perThousandWords.push(((cpuMilliseconds() - started) * 1000) / wordCount(text));
    }
  }
  perThousandWords.sort((a, b) => a - b);
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  console.log(
    `analysis: ${texts.length} articles, ${words} words, ${RUNS} runs each (after warm-up), CPU time`,
  );
  console.log(
    `  ms per 1,000 words: median ${percentile(perThousandWords, 0.5).toFixed(3)}, p95 ${percentile(perThousandWords, 0.95).toFixed(3)}, max ${percentile(perThousandWords, 1).toFixed(3)}  (goal: median ≤ 2)`,
  );
}

/** Median CPU time of a few analyses of one text, after one warm-up run. */
function medianAnalysisMilliseconds(text: string, runs = 5): number {
  analyzeArticle(text);
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = cpuMilliseconds();
    analyzeArticle(text);
    timings.push(cpuMilliseconds() - started);
  }
  return percentile(
    timings.sort((a, b) => a - b),
    0.5,
  );
}

/** Inputs built to be slow, each against a normal article of the same size. */
function benchPathological(articles: string[]): void {
  const normalText = normalArticleOfSize(articles, PATHOLOGICAL_SIZE);
  const normal = medianAnalysisMilliseconds(normalText);
  console.log(
    `pathological inputs (about ${PATHOLOGICAL_SIZE / 1000} KB each), median CPU time of 5 runs after warm-up:`,
  );
  console.log(`  ${"a normal article of the same size".padEnd(42)} ${normal.toFixed(1).padStart(6)} ms`);
  let worst = { name: "", milliseconds: 0 };
  for (const input of pathologicalInputs(PATHOLOGICAL_SIZE)) {
    const milliseconds = medianAnalysisMilliseconds(input.text);
    if (milliseconds > worst.milliseconds) worst = { name: input.name, milliseconds };
    console.log(
      `  ${input.name.padEnd(42)} ${milliseconds.toFixed(1).padStart(6)} ms  (${(milliseconds / normal).toFixed(1)}× normal)`,
    );
  }
  console.log(
    `  worst: ${worst.name}, ${worst.milliseconds.toFixed(1)} ms = ${(worst.milliseconds / normal).toFixed(1)}× the normal article  (goal: ≤ 50 ms, at most a few times normal)`,
  );
}

async function benchQuestionBank(): Promise<void> {
  const bankModule = "../src/questions/bank";
  let buildQuestionBank:
    | ((article: { slug: string; text: string }, analysis: ReturnType<typeof analyzeArticle>) => unknown[])
    | undefined;
  try {
    ({ buildQuestionBank } = await import(bankModule));
  } catch {
    console.log("question bank: src/questions/bank.ts not present yet");
    return;
  }
  const seeds = readdirSync("seeds")
    .filter((name) => name.endsWith(".txt"))
    .map((name) => ({ slug: name.replace(/\.txt$/, ""), text: readFileSync(join("seeds", name), "utf8") }));
  const analysed = seeds.map((seed) => ({ seed, analysis: analyzeArticle(seed.text) }));
  const timings: number[] = [];
  let questions = 0;
  for (let run = 0; run < 50; run++) {
    const started = cpuMilliseconds();
    questions = analysed.reduce(
      (sum, { seed, analysis }) => sum + (buildQuestionBank?.(seed, analysis).length ?? 0),
      0,
    );
    timings.push(cpuMilliseconds() - started);
  }
  timings.sort((a, b) => a - b);
  console.log(
    `question bank: ${questions} questions from ${seeds.length} seeds (analysis done beforehand), 50 runs, CPU time`,
  );
  console.log(
    `  ms for all seeds: median ${percentile(timings, 0.5).toFixed(2)}, p95 ${percentile(timings, 0.95).toFixed(2)}  (goal ≤ 20)`,
  );
}

function benchBundle(): void {
  const outdir = mkdtempSync(join(tmpdir(), "byline-bundle-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { stdio: "ignore" });
  let raw = 0;
  let gzipped = 0;
  for (const name of readdirSync(outdir)) {
    const path = join(outdir, name);
    if (!statSync(path).isFile() || name.endsWith(".map")) continue;
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(
    `bundle (wrangler deploy --dry-run): ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped  (goal ≤ 250 KB gzipped)`,
  );
}

const texts = [...readTexts("seeds"), ...readTexts("eval/articles")];
for (const text of texts) analyzeArticle(text);
benchAnalysis(texts);
benchPathological(texts);
await benchQuestionBank();
benchBundle();
execFileSync("npx", ["tsx", "scripts/bench-cold.ts"], { stdio: "inherit" });
execFileSync("npx", ["tsx", "scripts/bench-library.ts"], { stdio: "inherit" });
