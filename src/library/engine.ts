import {
  type AnalysisInProgress,
  analyzeArticle,
  attributionsRead,
  countWords,
  finishAnalysis,
  readAttributions,
  startAnalysis,
} from "../analysis/analyze-article";
import type { ArticleAnalysis } from "../analysis/types";
import {
  buildQuestionBank,
  buildQuestionQueues,
  dealQuestionBank,
  QUESTION_BUILDERS,
} from "../questions/bank";
import { buildClaimMatchQuestions } from "../questions/builders/claim-match";
import { buildClaimSourceQuestions } from "../questions/builders/claim-source";
import { buildFigureSourcingQuestions } from "../questions/builders/figure-sourcing";
import { buildLoadedWordQuestions } from "../questions/builders/loaded-word";
import { buildUnattributedSentenceQuestions } from "../questions/builders/unattributed-sentence";
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

/**
 * An article of at most this many words is analysed whole in the request that adds it (or analyses it
 * again); a longer one has the attributions of this many words of paragraphs read per request, the
 * analysis's costliest step (about half of it). Figures: docs/performance.md (a library article, a step per request).
 */
export const WORDS_PER_STEP = 500;

/**
 * An article of at most this many words has its questions built in one request (the seeds, about 800
 * words, cost about 5 ms); a longer one a few builders at a time, in the steps that start at these
 * builders, each step about a sixth of the bank for a 2,000-word article (claim-source and claim-match,
 * a third of the bank together, get a step each).
 */
export const WORDS_OF_ONE_BANK_STEP = 1_000;
const BANK_STEP_STARTS = [
  buildFigureSourcingQuestions,
  buildClaimSourceQuestions,
  buildClaimMatchQuestions,
  buildUnattributedSentenceQuestions,
  buildLoadedWordQuestions,
].map((builder) => QUESTION_BUILDERS.indexOf(builder));

/**
 * The work under way on a library article, plain JSON, stored in its row between requests (the analysis
 * column, with the engine version ENGINE_AT_WORK): its analysis so far, or its analysis and the queues of
 * the question builders run so far. Each request for the article's page takes it one step further, so no
 * request spends more than the Workers CPU time per request (https://developers.cloudflare.com/workers/platform/limits/#cpu-time).
 */
export type EngineWork =
  | { step: "analysis"; progress: AnalysisInProgress }
  | { step: "questions"; analysis: ArticleAnalysis; queues: Question[][] };

/** What a step leaves: more work, or the analysis with its questions, built by the current engine. */
export type EngineStep =
  | { done: false; work: EngineWork }
  | { done: true; analysis: ArticleAnalysis; questions: Question[]; engineVersion: string };

/**
 * The first step of a library article's analysis (adding it, or analysing it again): the whole analysis
 * for a short article, else its parts and sentences.
 */
export function startLibraryAnalysis(text: string): EngineWork {
  const progress = startAnalysis(text);
  if (countWords(text) <= WORDS_PER_STEP) {
    const analysis = finishAnalysis(text, readAttributions(text, progress, Number.POSITIVE_INFINITY));
    return { step: "questions", analysis, queues: [] };
  }
  // Preparing an uploaded page's text already cost this request something: attributions start in the next.
  return { step: "analysis", progress };
}

/**
 * The next step of the work on a library article: more paragraphs' attributions, or the analysis's last
 * step, or the next builders' questions (all of them for an article of at most WORDS_OF_ONE_BANK_STEP
 * words), and once every builder has run, the bank dealt from their queues: the very questions
 * `buildQuestionBank` gives for the analysis `analyzeArticle` gives.
 */
export function advanceLibraryWork(articleId: string, text: string, work: EngineWork): EngineStep {
  if (work.step === "analysis") {
    const { progress } = work;
    if (!attributionsRead(progress))
      return {
        done: false,
        work: { step: "analysis", progress: readAttributions(text, progress, WORDS_PER_STEP) },
      };
    return { done: false, work: { step: "questions", analysis: finishAnalysis(text, progress), queues: [] } };
  }
  const { analysis, queues } = work;
  const from = queues.length;
  const to =
    countWords(text) <= WORDS_OF_ONE_BANK_STEP
      ? QUESTION_BUILDERS.length
      : (BANK_STEP_STARTS.find((start) => start > from) ?? QUESTION_BUILDERS.length);
  const article = { slug: libraryArticleSlug(articleId), text };
  const all = [...queues, ...buildQuestionQueues(article, analysis, from, to)];
  if (all.length < QUESTION_BUILDERS.length)
    return { done: false, work: { step: "questions", analysis, queues: all } };
  return { done: true, analysis, questions: dealQuestionBank(all), engineVersion: currentEngineVersion() };
}
