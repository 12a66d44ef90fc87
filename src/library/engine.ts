import { analyzeArticle } from "../analysis/analyze-article";
import type { ArticleAnalysis } from "../analysis/types";
import { buildQuestionBank } from "../questions/bank";
import { GENERATOR_VERSION } from "../questions/draft";
import { fnv1a } from "../questions/hash";
import type { Question } from "../questions/types";
import { libraryArticleSlug } from "../quiz/article-info";

/**
 * The engine a library article was analysed by: the question builders' version and a fingerprint of what the
 * analysis finds in a fixed probe text, so any change to the analysis or the builders gives a new version
 * without anyone remembering to bump a number.
 */
let engineVersion: string | undefined;

const PROBE = `Probe headline: Rebels "liberate" town, officials say

By Ada Probe

Probe Wire, 1 May 2026

Officials said 12 people were killed in the so-called "rescue" operation on Monday. According to local sources, the regime's thugs fired first. The shelling reportedly continued overnight, and no evidence was provided. The ministry claimed 40 people died, while monitors said 25 died.`;

/** The engine version (builders' version and a fingerprint of the analysis and bank of a probe article). */
export function currentEngineVersion(): string {
  if (!engineVersion) {
    const analysis = analyzeArticle(PROBE);
    const bank = buildQuestionBank({ slug: "probe", text: PROBE }, analysis);
    engineVersion = `${GENERATOR_VERSION}.${fnv1a(JSON.stringify(analysis))}${fnv1a(JSON.stringify(bank))}`;
  }
  return engineVersion;
}

// Computed when the module is evaluated (a Worker's startup, with its own 1 s budget): the probe's bank
// also compiles the question builders, so the first request that builds an article's questions pays neither.
// https://developers.cloudflare.com/workers/platform/limits/#worker-startup-time
currentEngineVersion();

/** The questions of a library article, built from its stored analysis as the seeds' are built, and the engine that built them. */
export function buildLibraryQuestions(
  articleId: string,
  text: string,
  analysis: ArticleAnalysis,
): { questions: Question[]; engineVersion: string } {
  const questions = buildQuestionBank({ slug: libraryArticleSlug(articleId), text }, analysis);
  return { questions, engineVersion: currentEngineVersion() };
}
