/**
 * What the linguistic layer costs a cold isolate, in a fresh process (run by `npm run bench`), CPU time:
 * evaluating the analysis modules (a Worker's startup: the wink-nlp model is read, the tagger built and
 * the engine warmed on a short article at module scope, inside the 1 s startup budget), then the first
 * and the second analysis of an article (what a request pays, against the Free plan's 10 ms).
 * https://developers.cloudflare.com/workers/platform/limits/#worker-startup-time
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const article = readFileSync(join(import.meta.dirname, "../eval/articles/wire-idlib-ceasefire.txt"), "utf8");
const started = cpuMilliseconds();
await import("../src/analysis/nlp/index.ts");
const tagger = cpuMilliseconds();
const { analyzeArticle } = await import("../src/analysis/analyze-article.ts");
const engine = cpuMilliseconds();
analyzeArticle(article);
const first = cpuMilliseconds();
analyzeArticle(article);
const second = cpuMilliseconds();
const words = article.split(/\s+/).filter(Boolean).length;
console.log("tagger on a cold isolate (fresh process, CPU time):");
console.log(
  `  at startup (module scope): model read and tagger built ${(tagger - started).toFixed(1)} ms, the rest of the engine loaded and warmed ${(engine - tagger).toFixed(1)} ms  (Workers allow 1 s of startup)`,
);
console.log(
  `  first analysis on the isolate (${words} words): ${(first - engine).toFixed(1)} ms; the second: ${(second - first).toFixed(1)} ms`,
);
