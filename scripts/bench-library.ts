/**
 * Prints what adding a teacher's article costs: analysis and question building (what POST
 * /library/articles and "Analyse again" run) for a 2,000-word article, in CPU time, against the Workers CPU
 * limits per request (Free plan 10 ms, Paid plan 30 s by default, up to 5 minutes).
 * https://developers.cloudflare.com/workers/platform/limits/#cpu-time
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildLibraryArticle } from "../src/library/engine";

const WORDS = 2000;
const RUNS = 20;

/** A 2,000-word article of ordinary news prose: the practice pieces' bodies, one after another. */
function articleOfWords(words: number): string {
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
        paragraphs.push(
          round === 0 ? paragraph : paragraph.replace(/\b(\d+)\b/g, (n) => String(Number(n) + round)),
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

const text = articleOfWords(WORDS);
buildLibraryArticle("warm-up-article1", text);
const timings: number[] = [];
let questions = 0;
for (let run = 0; run < RUNS; run++) {
  const started = cpuMilliseconds();
  questions = buildLibraryArticle(`benchmark-article${run}`.slice(0, 16), text).questions.length;
  timings.push(cpuMilliseconds() - started);
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(RUNS / 2)] ?? Number.NaN;
const words = text.split(/\s+/).filter(Boolean).length;
console.log(
  `library article: ${words} words analysed and ${questions} questions built, ${RUNS} runs after warm-up, CPU time`,
);
console.log(
  `  ms: median ${median.toFixed(1)}, max ${(timings.at(-1) ?? Number.NaN).toFixed(1)}  (Workers CPU limit per request: Paid 30,000 ms by default, Free 10 ms)`,
);
