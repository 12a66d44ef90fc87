/**
 * Analyses the seed articles and builds their question bank ahead of time, into
 * src/articles/seed-analyses.generated.json and src/questions/seed-bank.generated.json, so the Worker only
 * reads them: on a cold isolate the analysis and the bank cost well over the 10 ms of CPU the Workers Free
 * plan allows a request. `--check` leaves the files alone and exits 1 when one is stale.
 * Run after changing the analysis, a builder or a seed: npm run precompute
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { analyzeArticle } from "../src/analysis/analyze-article";
import { buildQuestionBank } from "../src/questions/bank";

const ROOT = join(import.meta.dirname, "..");
const SEEDS = join(ROOT, "seeds");
const ANALYSES_PATH = join(ROOT, "src", "articles", "seed-analyses.generated.json");
const BANK_PATH = join(ROOT, "src", "questions", "seed-bank.generated.json");

/** The seeds keyed by slug (the file name), each analysed, as the Worker's own code would. */
function analyseSeeds() {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const slug = name.replace(/\.txt$/, "");
      const text = readFileSync(join(SEEDS, name), "utf8");
      return { slug, text, analysis: analyzeArticle(text) };
    });
}

function asJson(entries: [string, unknown][]): string {
  return `${JSON.stringify(Object.fromEntries(entries))}\n`;
}

const seeds = analyseSeeds();
const outputs = [
  { path: ANALYSES_PATH, json: asJson(seeds.map(({ slug, analysis }) => [slug, analysis])) },
  {
    path: BANK_PATH,
    json: asJson(
      seeds.map(({ slug, text, analysis }) => [slug, buildQuestionBank({ slug, text }, analysis)]),
    ),
  },
];

const checking = process.argv.includes("--check");
for (const { path, json } of outputs) {
  const name = relative(ROOT, path);
  if (!checking) {
    writeFileSync(path, json);
    console.log(`wrote ${name} (${json.length} bytes)`);
  } else if (readFileSync(path, "utf8") !== json) {
    console.error(`${name} is stale: run \`npm run precompute\` and commit it.`);
    process.exitCode = 1;
  }
}
