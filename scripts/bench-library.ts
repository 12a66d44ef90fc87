/**
 * Prints what a teacher's 2,000-word article costs per request, in CPU time, against the Workers CPU limit
 * per request (Free plan 10 ms; Paid 30 s by default): https://developers.cloudflare.com/workers/platform/limits/#cpu-time
 *
 * The requests are those of src/library/routes.tsx, each measured as the work it does between reading the
 * request and writing to D1 (D1's own time is I/O, not the Worker's CPU):
 * - adding the article (POST /library/articles): prepare the text, the analysis's first step, serialise it;
 * - each following GET of its page while the work is under way: read the stored work, take it one step
 *   further (more paragraphs' attributions, the analysis's last step, a few question builders, the bank
 *   dealt), serialise what it stores;
 * - showing the review page (every later GET): read the analysis and the question rows, render the page;
 * and, for comparison, what one request did before the work was split: analysis and questions together.
 * Each run reads a different article (its figures changed), so nothing remembered for one article helps the
 * next, as with teachers' articles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../src/analysis/analyze-article";
import type { LibraryQuestionRow } from "../src/db/schema";
import { prepareArticleText } from "../src/library/article-input";
import { advanceLibraryWork, type EngineWork, startLibraryAnalysis } from "../src/library/engine";
import { ReviewPage } from "../src/library/views";
import { buildQuestionBank } from "../src/questions/bank";
import type { Question } from "../src/questions/types";

const WORDS = 2000;
const RUNS = 30;

/** A 2,000-word article of ordinary news prose: the practice pieces' bodies, one after another, figures moved by `variant`. */
function articleOfWords(words: number, variant: number): string {
  const bodies = readdirSync("practice")
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(join("practice", name), "utf8").split("\n\n").slice(3).join("\n\n"));
  const paragraphs: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round++) {
    for (const body of bodies) {
      for (const paragraph of body.split("\n\n")) {
        if (count >= words || paragraph.startsWith("*") || paragraph.startsWith("Practice article")) continue;
        const shift = round * 100 + variant;
        paragraphs.push(
          shift === 0 ? paragraph : paragraph.replace(/\b(\d+)\b/g, (n) => String(Number(n) + shift)),
        );
        count += paragraph.split(/\s+/).filter(Boolean).length;
      }
    }
  }
  return `A long library article for the benchmark\n\nBy Bench Writer\n\nBench Wire, 1 June 2026\n\n${paragraphs.join("\n\n")}\n`;
}

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed<T>(work: () => T): { value: T; milliseconds: number } {
  const started = cpuMilliseconds();
  const value = work();
  return { value, milliseconds: cpuMilliseconds() - started };
}

interface Run {
  /** Each request's CPU time, in order: add, the steps, the review page. */
  requests: { label: string; milliseconds: number }[];
  before: number;
  questions: number;
}

function runOnce(variant: number): Run {
  const raw = articleOfWords(WORDS, variant);
  const articleId = `benchArticle${String(variant).padStart(4, "0")}`;
  const requests: Run["requests"] = [];
  const add = timed(() => {
    const prepared = prepareArticleText(raw, "text");
    if (!prepared.ok) throw new Error(prepared.message);
    return { text: prepared.value, stored: JSON.stringify(startLibraryAnalysis(prepared.value)) };
  });
  requests.push({ label: "add the article (POST /library/articles)", milliseconds: add.milliseconds });
  const { text } = add.value;
  let stored = add.value.stored;
  let finished: { analysis: string; rows: string[] } | null = null;
  while (!finished) {
    const work = JSON.parse(stored) as EngineWork;
    const label =
      work.step === "analysis"
        ? work.progress.read < work.progress.sentences.length
          ? "GET: read the next paragraphs' attributions"
          : "GET: the analysis's last step"
        : `GET: question builders (step ${work.queues.length === 0 ? "from the first" : `from builder ${work.queues.length + 1}`})`;
    const step = timed((): { stored: string } | { done: { analysis: string; rows: string[] } } => {
      const next = advanceLibraryWork(articleId, text, work);
      if (!next.done) return { stored: JSON.stringify(next.work) };
      const rows = next.questions.map((question) => JSON.stringify(question));
      return { done: { analysis: JSON.stringify(next.analysis), rows } };
    });
    requests.push({ label, milliseconds: step.milliseconds });
    if ("stored" in step.value) stored = step.value.stored;
    else finished = step.value.done;
  }
  const { analysis, rows } = finished;
  const page = timed(() => {
    const questions = rows.map(
      (question, position): LibraryQuestionRow => ({
        id: `q${position}`,
        articleId,
        position,
        status: "pending",
        question: JSON.parse(question) as Question,
        edited: false,
        engineVersion: "bench",
        updatedAt: new Date(),
      }),
    );
    return String(
      ReviewPage({
        articleId,
        title: "A long library article for the benchmark",
        text,
        analysis: JSON.parse(analysis),
        engineVersion: "bench",
        currentEngineVersion: "bench",
        shared: false,
        questions,
        edits: [],
      }),
    );
  });
  requests.push({ label: "GET: show the review page (every later GET)", milliseconds: page.milliseconds });
  const before = timed(() => buildQuestionBank({ slug: articleId, text }, analyzeArticle(text)));
  return { requests, before: before.milliseconds, questions: rows.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

runOnce(RUNS);
const runs = Array.from({ length: RUNS }, (_, variant) => runOnce(variant));
const words = articleOfWords(WORDS, 0).split(/\s+/).filter(Boolean).length;
const row = (label: string, values: number[]) =>
  console.log(
    `  ${label.padEnd(62)} median ${median(values).toFixed(1).padStart(5)} ms, p95 ${percentile(values, 0.95).toFixed(1).padStart(5)} ms, max ${Math.max(
      ...values,
    )
      .toFixed(1)
      .padStart(5)} ms`,
  );
console.log(
  `library article: ${words} words, ${runs[0]?.questions} questions, ${runs[0]?.requests.length} requests, ${RUNS} runs after warm-up (a different article each run), CPU time per request`,
);
const first = runs[0]?.requests ?? [];
first.forEach((request, index) => {
  row(
    `${index + 1}. ${request.label}`,
    runs.map((run) => run.requests[index]?.milliseconds ?? Number.NaN),
  );
});
row(
  "every request above",
  runs.flatMap((run) => run.requests.map((request) => request.milliseconds)),
);
row(
  "the costliest request of each run",
  runs.map((run) => Math.max(...run.requests.map((request) => request.milliseconds))),
);
row(
  "before the split: analysis and questions in one request",
  runs.map((run) => run.before),
);
console.log("  (Workers CPU limit per request: Free 10 ms, Paid 30,000 ms by default)");
