/**
 * `npm run eval`: the detector's scoreboard. Runs analyzeArticle on every article in eval/articles,
 * matches its findings against the hand labels in eval/gold, prints precision, recall and F1 per
 * finding kind (overall and per article), meta accuracy, and every miss and false alarm with its
 * sentence. Exits 0 whatever the scores; exits 1 only when a gold file is malformed.
 *
 * Usage: npm run eval [-- --summary] [-- <part of a slug> …]
 *        npm run eval -- --corpora [--only polnear] [--examples 20]   (the public corpora in ../shared/corpora)
 *        npm run eval -- --corpora --margins [--save FILE] [--rounds N]   (how far each figure may move on another split)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type ArticleScore,
  addCounts,
  attributionAgreement,
  type Counts,
  computeRates,
  countsOf,
  enclosingSpan,
  FINDING_KINDS,
  type FindingKind,
  GoldError,
  loadedAgreement,
  META_FIELDS,
  type MetaField,
  markInContext,
  parseGold,
  type ResolvedGold,
  resolveGold,
  scoreArticle,
} from "../eval/scoring.ts";
import { analyzeArticle } from "../src/analysis/analyze-article.ts";
import type { ArticleAnalysis, Span } from "../src/analysis/types.ts";
import { scoreCorpora } from "./lib/corpora.ts";

const ARTICLES_DIR = "eval/articles";
const GOLD_DIR = "eval/gold";

interface Case {
  slug: string;
  text: string;
  gold: ResolvedGold;
}

interface Result extends Case {
  analysis: ArticleAnalysis;
  score: ArticleScore;
  failure: string | null;
}

function listSlugs(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

function readGoldJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new GoldError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads and checks every article/gold pair; collects all gold problems before giving up. */
function loadCases(filters: string[]): { cases: Case[]; errors: string[] } {
  const articles = listSlugs(ARTICLES_DIR, ".txt");
  const golds = listSlugs(GOLD_DIR, ".json");
  const errors: string[] = [];
  for (const slug of golds.filter((slug) => !articles.includes(slug))) {
    errors.push(`${join(GOLD_DIR, `${slug}.json`)}: no article ${join(ARTICLES_DIR, `${slug}.txt`)}`);
  }
  const cases: Case[] = [];
  for (const slug of articles.filter(
    (slug) => filters.length === 0 || filters.some((f) => slug.includes(f)),
  )) {
    const goldFile = join(GOLD_DIR, `${slug}.json`);
    if (!golds.includes(slug)) {
      errors.push(`${goldFile}: missing (every article in ${ARTICLES_DIR} needs its gold labels)`);
      continue;
    }
    try {
      const text = readFileSync(join(ARTICLES_DIR, `${slug}.txt`), "utf8");
      cases.push({
        slug,
        text,
        gold: resolveGold(parseGold(readGoldJson(goldFile), goldFile), text, goldFile),
      });
    } catch (error) {
      if (!(error instanceof GoldError)) throw error;
      errors.push(error.message);
    }
  }
  return { cases, errors };
}

function emptyAnalysis(): ArticleAnalysis {
  return {
    meta: {
      title: null,
      author: null,
      publisher: null,
      originalSource: null,
      republished: false,
      published: null,
      tags: { region: [], theme: [], inDepthReport: [] },
      links: [],
    },
    headline: null,
    sentences: [],
    attributions: [],
    hedges: [],
    unsupported: [],
    conflicts: [],
    loaded: [],
    asymmetries: [],
    boilerplate: [],
  };
}

/** A crash in the engine scores as "found nothing" for that article and is reported, not thrown. */
function runCase(item: Case): Result {
  let analysis: ArticleAnalysis;
  let failure: string | null = null;
  try {
    analysis = analyzeArticle(item.text);
  } catch (error) {
    analysis = emptyAnalysis();
    failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  return { ...item, analysis, failure, score: scoreArticle(item.gold, analysis) };
}

const KIND_LABELS: Record<FindingKind, string> = {
  attributions: "attributions",
  hedges: "hedges",
  unsupported: "unsupported",
  loaded: "loaded terms",
  conflicts: "conflicts",
};

function rate(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

function row(cells: Array<string | number>, widths: number[]): string {
  return cells
    .map((cell, index) => {
      const width = widths[index] ?? 0;
      return index === 0 ? String(cell).padEnd(width) : String(cell).padStart(width);
    })
    .join("  ")
    .trimEnd();
}

function totalCounts(results: Result[], kind: FindingKind): Counts {
  return results.reduce((sum, result) => addCounts(sum, countsOf(result.score, kind)), {
    gold: 0,
    found: 0,
    matched: 0,
  });
}

function printOverall(results: Result[]): void {
  const widths = [14, 5, 6, 8, 10, 7, 5];
  console.log("Overall (micro-averaged: every labelled item weighs the same)");
  console.log(row(["kind", "gold", "found", "matched", "precision", "recall", "F1"], widths));
  for (const kind of FINDING_KINDS) {
    const counts = totalCounts(results, kind);
    const rates = computeRates(counts);
    console.log(
      row(
        [
          KIND_LABELS[kind],
          counts.gold,
          counts.found,
          counts.matched,
          rate(rates.precision),
          rate(rates.recall),
          rate(rates.f1),
        ],
        widths,
      ),
    );
  }
}

function printAgreement(results: Result[]): void {
  const sum = (values: Array<{ matched: number; agree: number }>) =>
    values.reduce((total, v) => ({ matched: total.matched + v.matched, agree: total.agree + v.agree }), {
      matched: 0,
      agree: 0,
    });
  const attributions = results.map((result) => attributionAgreement(result.score));
  const loaded = results.map((result) => loadedAgreement(result.score));
  const kind = sum(attributions.map((a) => a.sourceKind));
  const tone = sum(attributions.map((a) => a.cueTone));
  const voice = sum(loaded.map((l) => l.voice));
  const category = sum(loaded.map((l) => l.category));
  console.log(
    `Among matches: attributions agree on source kind ${kind.agree}/${kind.matched}, on cue tone ${tone.agree}/${tone.matched}; ` +
      `loaded terms agree on voice ${voice.agree}/${voice.matched}, on category ${category.agree}/${category.matched}`,
  );
}

function printMeta(results: Result[]): void {
  const cells = META_FIELDS.map((field: MetaField) => {
    const checks = results.flatMap((result) => result.score.meta.filter((check) => check.field === field));
    return `${field} ${checks.filter((check) => check.correct).length}/${checks.length}`;
  });
  console.log(`Meta (exact match): ${cells.join("  ")}`);
}

function printPerArticle(results: Result[]): void {
  const nameWidth = Math.max(7, ...results.map((result) => result.slug.length));
  const widths = [nameWidth, ...FINDING_KINDS.map(() => 14), 4];
  console.log("Per article: precision/recall/F1 (— where nothing was found, or nothing to find)");
  console.log(row(["article", ...FINDING_KINDS.map((kind) => KIND_LABELS[kind]), "meta"], widths));
  for (const result of results) {
    const cells = FINDING_KINDS.map((kind) => {
      const rates = computeRates(countsOf(result.score, kind));
      return `${rate(rates.precision)}/${rate(rates.recall)}/${rate(rates.f1)}`;
    });
    const meta = `${result.score.meta.filter((check) => check.correct).length}/${result.score.meta.length}`;
    console.log(row([result.slug, ...cells, meta], widths));
  }
}

function quote(value: string | null): string {
  return value === null ? "null" : JSON.stringify(value);
}

function contextLine(result: Result, anchor: Span, marks: Span[]): string {
  const context = enclosingSpan(result.text, result.analysis.sentences, anchor);
  return `      │ ${markInContext(result.text, context, marks)}`;
}

function detailLines(result: Result): string[] {
  const lines: string[] = [];
  const add = (kind: string, what: string, description: string, anchor: Span, marks: Span[]) => {
    lines.push(`  ${kind.padEnd(12)} ${what.padEnd(11)} ${description}`, contextLine(result, anchor, marks));
  };
  const { attributions, hedges, unsupported, loaded, conflicts, meta } = result.score;

  for (const gold of attributions.missed) {
    const description = `${quote(gold.source)} + ${quote(gold.cue)} (${gold.sourceKind}, ${gold.cueTone})`;
    add("attribution", "miss", description, gold.sourceSpan, [gold.sourceSpan, gold.cueSpan]);
  }
  for (const found of attributions.falseAlarms) {
    const description = `${quote(found.source)} + ${quote(found.cue)} (${found.sourceKind}, ${found.cueTone})`;
    add("attribution", "false alarm", description, found.sourceSpan, [found.sourceSpan, found.cueSpan]);
  }
  for (const gold of hedges.missed) add("hedge", "miss", quote(gold.label), gold, [gold]);
  for (const found of hedges.falseAlarms) add("hedge", "false alarm", quote(found.cue), found, [found]);
  for (const gold of unsupported.missed) add("unsupported", "miss", quote(gold.label), gold, [gold]);
  for (const found of unsupported.falseAlarms)
    add("unsupported", "false alarm", quote(found.text), found, [found]);
  for (const gold of loaded.missed) {
    add("loaded", "miss", `${quote(gold.text)} (${gold.category}, ${gold.voice})`, gold, [gold]);
  }
  for (const found of loaded.falseAlarms) {
    add("loaded", "false alarm", `${quote(found.text)} (${found.category}, ${found.voice})`, found, [found]);
  }
  for (const { gold, detected } of loaded.pairs) {
    if (gold.voice === detected.voice && gold.category === detected.category) continue;
    const description = `${quote(gold.text)} labelled ${gold.category}/${gold.voice}, found ${detected.category}/${detected.voice}`;
    add("loaded", "disagrees", description, gold, [gold]);
  }
  for (const gold of conflicts.missed) {
    lines.push(
      `  ${"conflict".padEnd(12)} ${"miss".padEnd(11)} ${gold.about}: ${gold.values.map(quote).join(" vs ")}`,
    );
  }
  for (const found of conflicts.falseAlarms) {
    const figures = found.figures.map((figure) => `${quote(figure.value)} (${figure.source})`).join(" vs ");
    lines.push(`  ${"conflict".padEnd(12)} ${"false alarm".padEnd(11)} ${found.about}: ${figures}`);
  }
  for (const check of meta.filter((c) => !c.correct)) {
    lines.push(
      `  ${"meta".padEnd(12)} ${"wrong".padEnd(11)} ${check.field}: expected ${quote(check.expected)}, got ${quote(check.actual)}`,
    );
  }
  return lines;
}

function printDetails(results: Result[]): void {
  console.log("\nMisses and false alarms (⟦ ⟧ marks the words in question)");
  for (const result of results) {
    const lines = detailLines(result);
    console.log(
      `\n${result.slug}${lines.length === 0 && !result.failure ? ": nothing missed, no false alarms" : ""}`,
    );
    if (result.failure)
      console.log(`  analysis failed, scored as finding nothing:\n${result.failure.replace(/^/gm, "    ")}`);
    for (const line of lines) console.log(line);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--corpora")) {
    await scoreCorpora(args.filter((arg) => arg !== "--corpora"));
    return;
  }
  const summaryOnly = args.includes("--summary");
  const filters = args.filter((arg) => !arg.startsWith("--"));

  const { cases, errors } = loadCases(filters);
  if (errors.length > 0) {
    for (const error of errors) console.error(`malformed gold: ${error}`);
    process.exit(1);
  }
  if (cases.length === 0) {
    console.log(`No articles in ${ARTICLES_DIR} match ${filters.join(", ")}.`);
    return;
  }

  const results = cases.map(runCase);
  console.log(`Byline detector scoreboard: ${results.length} hand-labelled article(s) in ${ARTICLES_DIR}\n`);
  printOverall(results);
  printAgreement(results);
  printMeta(results);
  console.log("");
  printPerArticle(results);
  const failures = results.filter((result) => result.failure);
  if (failures.length > 0)
    console.log(`\nanalysis failed on: ${failures.map((result) => result.slug).join(", ")}`);
  if (!summaryOnly) printDetails(results);
}

await main();
