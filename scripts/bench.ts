/**
 * Prints analysis time per 1,000 words (goal: a typical 1,000-word article within the Workers Free
 * plan's 10 ms of CPU), the worst of a set of pathological inputs against a normal article of the same
 * size (goal: none over 50 ms, none more than a few times the normal article), question-bank build time
 * for all seeds (goal ≤ 20 ms), the gzipped Worker bundle from `wrangler deploy --dry-run` (the Free
 * plan's limit is 3 MB gzipped), and what a cold isolate pays for the seeds and for the tagger's model.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { type CpuTime, processCpuMilliseconds, timedCpu } from "./lib/cpu-time";
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

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function benchAnalysis(texts: string[]): void {
  const perThousandWords: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const text of texts) {
      const started = processCpuMilliseconds();
      analyzeArticle(text);
      perThousandWords.push(((processCpuMilliseconds() - started) * 1000) / wordCount(text));
    }
  }
  perThousandWords.sort((a, b) => a - b);
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  console.log(
    `analysis: ${texts.length} articles, ${words} words, ${RUNS} runs each (after warm-up), CPU time`,
  );
  console.log(
    `  ms per 1,000 words: median ${percentile(perThousandWords, 0.5).toFixed(3)}, p95 ${percentile(perThousandWords, 0.95).toFixed(3)}, max ${percentile(perThousandWords, 1).toFixed(3)}  (goal: p95 ≤ 10, the Free plan's CPU per request)`,
  );
}

/**
 * CPU time of a few analyses of one text, after one warm-up run: the median run's on the process's clock,
 * and the mean run's on the analysing thread's (Linux updates a thread's clock only every few
 * milliseconds, so one short run cannot be read on it; the sum of the runs can).
 */
function analysisMilliseconds(text: string, runs = 5): CpuTime {
  analyzeArticle(text);
  const timings: CpuTime[] = [];
  for (let run = 0; run < runs; run++) timings.push(timedCpu(() => analyzeArticle(text)).cpu);
  return {
    process: percentile(
      timings.map((timing) => timing.process).sort((a, b) => a - b),
      0.5,
    ),
    thread: timings.reduce((sum, timing) => sum + timing.thread, 0) / runs,
  };
}

/** Inputs built to be slow, each against a normal article of the same size. */
function benchPathological(articles: string[]): void {
  const normalText = normalArticleOfSize(articles, PATHOLOGICAL_SIZE);
  const normal = analysisMilliseconds(normalText);
  console.log(
    `pathological inputs (about ${PATHOLOGICAL_SIZE / 1000} KB each), CPU time of 5 runs after warm-up, median on the process's clock (all threads) / mean on the analysing thread's:`,
  );
  console.log(`  ${"a normal article of the same size".padEnd(42)} ${formatCpu(normal)}`);
  let worst = { name: "", cpu: { process: 0, thread: 0 } };
  for (const input of pathologicalInputs(PATHOLOGICAL_SIZE)) {
    const cpu = analysisMilliseconds(input.text);
    if (cpu.process > worst.cpu.process) worst = { name: input.name, cpu };
    console.log(
      `  ${input.name.padEnd(42)} ${formatCpu(cpu)}  (${(cpu.process / normal.process).toFixed(1)}× normal)`,
    );
  }
  console.log(
    `  worst: ${worst.name}, ${formatCpu(worst.cpu)} = ${(worst.cpu.process / normal.process).toFixed(1)}× the normal article  (goal: ≤ 50 ms, at most a few times normal)`,
  );
}

function formatCpu(cpu: CpuTime): string {
  return `${cpu.process.toFixed(1).padStart(6)} / ${cpu.thread.toFixed(1).padStart(5)} ms`;
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
    const started = processCpuMilliseconds();
    questions = analysed.reduce(
      (sum, { seed, analysis }) => sum + (buildQuestionBank?.(seed, analysis).length ?? 0),
      0,
    );
    timings.push(processCpuMilliseconds() - started);
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
    `bundle (wrangler deploy --dry-run): ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped  (limit: 3 MB gzipped on the Workers Free plan; the tagger's model is about 1 MB of it)`,
  );
}

const texts = [...readTexts("seeds"), ...readTexts("eval/articles")];
for (const text of texts) analyzeArticle(text);
benchAnalysis(texts);
benchPathological(texts);
// `npm run bench -- --analysis` stops here: the analysis figures alone, in a minute.
if (!process.argv.includes("--analysis")) {
  await benchQuestionBank();
  benchBundle();
  execFileSync("npx", ["tsx", "scripts/bench-cold.ts"], { stdio: "inherit" });
  execFileSync("npx", ["tsx", "scripts/bench-tagger-cold.ts"], { stdio: "inherit" });
  execFileSync("npx", ["tsx", "scripts/bench-library.ts"], { stdio: "inherit" });
}
