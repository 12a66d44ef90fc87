/**
 * Prints what a teacher's 2,000-word article costs per request, in CPU time, against the Workers CPU limit
 * per request (Free plan 10 ms; Paid 30 s by default): https://developers.cloudflare.com/workers/platform/limits/#cpu-time
 *
 * The requests are those of src/library/routes.tsx, each measured as the work it does between reading the
 * request and writing to D1 (D1's own time is I/O, not the Worker's CPU):
 * - adding the article (POST /library/articles): prepare the text, analyse it, serialise the analysis;
 * - building its questions (the first GET of its page): read the stored analysis, build the questions,
 *   serialise them;
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
import { buildLibraryQuestions } from "../src/library/engine";
import { ReviewPage } from "../src/library/views";

const WORDS = 2000;
const RUNS = 20;

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
  add: number;
  build: number;
  page: number;
  before: number;
  questions: number;
}

function runOnce(variant: number): Run {
  const raw = articleOfWords(WORDS, variant);
  const articleId = `benchArticle${String(variant).padStart(4, "0")}`;
  const add = timed(() => {
    const prepared = prepareArticleText(raw, "text");
    if (!prepared.ok) throw new Error(prepared.message);
    const analysis = analyzeArticle(prepared.value);
    return { text: prepared.value, stored: JSON.stringify(analysis) };
  });
  const { text, stored } = add.value;
  const build = timed(() => {
    const built = buildLibraryQuestions(articleId, text, JSON.parse(stored));
    return built.questions.map((question) => JSON.stringify(question));
  });
  const rows = build.value;
  const page = timed(() => {
    const questions = rows.map(
      (question, position): LibraryQuestionRow => ({
        id: `q${position}`,
        articleId,
        position,
        status: "pending",
        question: JSON.parse(question),
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
        analysis: JSON.parse(stored),
        engineVersion: "bench",
        currentEngineVersion: "bench",
        shared: false,
        questions,
        edits: [],
      }),
    );
  });
  const before = timed(() => buildLibraryQuestions(articleId, text, analyzeArticle(text)));
  return {
    add: add.milliseconds,
    build: build.milliseconds,
    page: page.milliseconds,
    before: before.milliseconds,
    questions: rows.length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function max(values: number[]): number {
  return Math.max(...values);
}

runOnce(RUNS);
const runs = Array.from({ length: RUNS }, (_, variant) => runOnce(variant));
const words = articleOfWords(WORDS, 0).split(/\s+/).filter(Boolean).length;
const row = (label: string, values: number[]) =>
  console.log(
    `  ${label.padEnd(58)} median ${median(values).toFixed(1).padStart(5)} ms, max ${max(values).toFixed(1).padStart(5)} ms`,
  );
console.log(
  `library article: ${words} words, ${runs[0]?.questions} questions, ${RUNS} runs after warm-up (a different article each run), CPU time per request`,
);
const requests: [string, keyof Run][] = [
  ["add the article (POST /library/articles): analysis", "add"],
  ["build its questions (first GET of its page)", "build"],
  ["show the review page (later GETs)", "page"],
  ["before the split: analysis and questions in one request", "before"],
];
for (const [label, key] of requests)
  row(
    label,
    runs.map((run) => run[key]),
  );
console.log("  (Workers CPU limit per request: Free 10 ms, Paid 30,000 ms by default)");
