/**
 * Prints the bundled question bank's figures: questions per skill and kind, options per question, how often
 * the longest option is the key against chance, option texts used in four or more questions with how often
 * each is the key, questions sharing a passage, and questions identical across articles.
 * Run: npm run bank:stats (every bundled article) or npm run bank:stats -- seed (one collection)
 */
import type { Collection } from "../src/catalog/bundled-articles";
import { listBundledArticles } from "../src/catalog/catalog";
import { measureBank } from "../src/questions/bank-metrics";

const collection = process.argv[2] as Collection | undefined;
const metrics = measureBank(listBundledArticles(collection).flatMap((article) => article.questions));
console.log(`collection: ${collection ?? "all"}`);
console.log(`questions: ${metrics.questions}`);
console.log("per skill:", metrics.perSkill);
console.log("per kind:", metrics.perKind);
console.log("options per question:", metrics.optionCounts);
console.log(
  `longest option is the key: ${(metrics.longestIsKey * 100).toFixed(0)}% (chance ${(metrics.longestChance * 100).toFixed(0)}%)`,
);
console.log(
  `about the same passage as another question: ${metrics.sharingPassage}, most about one passage: ${metrics.mostOnOnePassage}, most showing one passage: ${metrics.mostShowingOnePassage}`,
);
console.log(`identical to a question about another article: ${metrics.identicalAcrossArticles}`);
console.log("option texts in 4+ questions (appearances, times the key):");
for (const use of metrics.repeatedOptions) console.log(`  ${use.appearances}\t${use.keyed}\t${use.text}`);
