import { findAsymmetries } from "./asymmetry";
import { findSentenceAttributions, resolveSources } from "./attributions";
import { findFigureConflicts } from "./conflicts";
import { findHeadlineAttributions } from "./headline-attributions";
import { findHedges, findUnsupportedClaimMarkers } from "./hedges";
import { findLoadedTerms } from "./loaded-language";
import { parseArticle } from "./parse-article";
import { splitSentences } from "./sentences";
import {
  type ArticleAnalysis,
  type Attribution,
  HEADLINE_SENTENCE,
  type Headline,
  type LoadedTerm,
  type ParsedArticle,
  type Sentence,
  type Span,
} from "./types";

/** Reads an article as a careful editor would: who says what, what floats free, which words take sides. */
export function analyzeArticle(text: string): ArticleAnalysis {
  return finishAnalysis(text, readAttributions(text, startAnalysis(text), Number.POSITIVE_INFINITY));
}

/**
 * An analysis under way, plain JSON: the article's parts and sentences, and the attributions of its first
 * `read` sentences (whole paragraphs, sources not yet resolved). A library article too long to analyse
 * within one request's CPU time is analysed in steps, one request each, this stored between them:
 * `startAnalysis`, then `readAttributions` until `attributionsRead`, then `finishAnalysis`. The result is
 * exactly `analyzeArticle`'s: each paragraph's attributions are found from that paragraph alone, and
 * everything that reads across the article (sources resolved in reading order, hedges, figures, quotations,
 * loaded words) runs in the last step on all of them.
 */
export interface AnalysisInProgress {
  meta: ParsedArticle["meta"];
  headline: ParsedArticle["headline"];
  boilerplate: ParsedArticle["boilerplate"];
  sentences: Sentence[];
  /** How many sentences (a run of whole paragraphs from the first) have had their attributions read. */
  read: number;
  /** Their attributions, in reading order, sources not yet resolved. */
  found: Attribution[];
}

/** The first step of an analysis: the article's parts and sentences, no attribution read yet. */
export function startAnalysis(text: string): AnalysisInProgress {
  const parsed = parseArticle(text);
  const sentences = splitSentences(text, parsed.paragraphs, MAX_SENTENCES);
  const { meta, headline, boilerplate } = parsed;
  return { meta, headline, boilerplate, sentences, read: 0, found: [] };
}

/** Whether every sentence has had its attributions read, so `finishAnalysis` may run. */
export function attributionsRead(progress: AnalysisInProgress): boolean {
  return progress.read >= progress.sentences.length;
}

/**
 * Reads the attributions of the next paragraphs, whole paragraphs of at least `words` words in all (or
 * to the end): the step that costs most, about half the analysis, so a long article is read a few
 * paragraphs per request.
 */
export function readAttributions(
  text: string,
  progress: AnalysisInProgress,
  words: number,
): AnalysisInProgress {
  const { sentences, read } = progress;
  const end = paragraphsEnd(sentences, read, words);
  const found = findSentenceAttributions(text, sentences.slice(read, end));
  return { ...progress, read: end, found: [...progress.found, ...found] };
}

/**
 * Where the whole paragraphs from sentence `from` that hold at least `words` words end (or the article,
 * if they do not). The whole article, without counting, when no bound is given (one go).
 */
function paragraphsEnd(sentences: readonly Sentence[], from: number, words: number): number {
  if (words === Number.POSITIVE_INFINITY) return sentences.length;
  let end = from;
  let count = 0;
  while (end < sentences.length && count < words) {
    const paragraph = sentences[end]?.paragraph;
    while (end < sentences.length && sentences[end]?.paragraph === paragraph) {
      count += countWords(sentences[end]?.text ?? "");
      end++;
    }
  }
  return end;
}

/** Words as the steps of an analysis count them: runs between spaces. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The last step: sources resolved in reading order, then everything else the analysis finds. */
export function finishAnalysis(text: string, progress: AnalysisInProgress): ArticleAnalysis {
  const { sentences } = progress;
  const body = resolveSources(text, progress.found);
  const attributions = [...headlineAttributions(text, progress.headline), ...body];
  // A source that would not say, or did not say, hands over no claim: hedges, figures and voices read the rest.
  const asserted = body.filter((attribution) => attribution.modality === undefined);
  return {
    meta: progress.meta,
    headline: analyzeHeadline(text, progress.headline),
    sentences,
    attributions,
    hedges: findHedges(sentences, asserted),
    unsupported: findUnsupportedClaimMarkers(sentences),
    conflicts: findFigureConflicts(sentences, asserted),
    loaded: findLoadedTerms(text, sentences, asserted),
    asymmetries: findAsymmetries(text, sentences),
    boilerplate: progress.boilerplate,
  };
}

/**
 * The most sentences of one article that are analysed. The longest of the 224 news texts in the seeds, eval
 * and practice articles and ../shared/corpora has 265, and a 100 KB article of news prose (the largest the
 * API takes) about 850; an input made of thousands of three-word sentences is not an article, and past this
 * bound its sentences are not read, so its cost stays below that of a long article (each sentence costs
 * about the same to read, however short).
 */
export const MAX_SENTENCES = 1_000;

/**
 * Headlines run to a few dozen words; a first line longer than this is not read past it, so a huge
 * first line costs no more than a long headline (it is still returned whole as the headline).
 */
export const MAX_HEADLINE_LENGTH = 300;

/** Loaded words in the headline, read as title case (a capital there says nothing about a name). */
function analyzeHeadline(text: string, headline: ParsedArticle["headline"]): Headline | null {
  if (!headline) return null;
  const read = readablePart(text, headline);
  const asSentence = {
    ...read,
    text: text.slice(read.start, read.end),
    index: HEADLINE_SENTENCE,
    paragraph: -1,
  };
  return { ...headline, loaded: findLoadedTerms(text, [asSentence], [], { titleCase: true }) };
}

/** Who says what in the headline ("Flynn says …", "Pence: …"), read to MAX_HEADLINE_LENGTH like its loaded words. */
function headlineAttributions(text: string, headline: ParsedArticle["headline"]): Attribution[] {
  return headline ? findHeadlineAttributions(text, readablePart(text, headline)) : [];
}

/** The headline up to MAX_HEADLINE_LENGTH, cut at the last space before it so no word is split. */
function readablePart(text: string, headline: Span): Span {
  if (headline.end - headline.start <= MAX_HEADLINE_LENGTH) return headline;
  const limit = headline.start + MAX_HEADLINE_LENGTH;
  const space = text.lastIndexOf(" ", limit);
  return { start: headline.start, end: space > headline.start ? space : limit };
}

/** Every loaded term of the article, the headline's first, then the body's in reading order. */
export function allLoadedTerms(analysis: ArticleAnalysis): LoadedTerm[] {
  return [...(analysis.headline?.loaded ?? []), ...analysis.loaded];
}

/**
 * A short article of our own, analysed once when this module is evaluated (a Worker's startup, which has
 * its own 1 s budget) so the first article a request sends does not pay for compiling the engine's code
 * and regular expressions. https://developers.cloudflare.com/workers/platform/limits/#worker-startup-time
 * It touches most rules (speech verbs before and after the source, asides, participles, "according to",
 * evidence nouns, stance, a dash and a transcript speaker, quotations of speech and scare quotes, loaded
 * words of several kinds, figures that conflict, hedges): every rule it leaves out is compiled by the first
 * request that needs it (`scripts/bench-tagger-cold.ts` prints the first analysis against the second).
 */
const WARM_UP_ARTICLE = `Council approves the so-called "green" budget as critics slam "regime" of cuts

By A. Writer

Riverside, 3 March 2026

The council approved the budget on Tuesday, the mayor said. "It is a fair plan," said Ana Ruiz, a councillor.
Critics, who called it a "disaster", claimed that 40 jobs would go; the union said 55. The radical plan reportedly passed.

Mayor Linda Osei told reporters that the town had been liberated from debt, adding that rivals had captured the
agenda. Osei said she wants to hire 12 nurses. According to a spokesman for the union, the brutal cuts were a
shocking betrayal, and everyone knows the thugs in the opposition will smear anyone who disagrees.

A new survey found that 61 per cent of residents backed the plan, while the opposition, citing its own poll, has
said only 30 per cent did. No evidence was provided for either figure. "We will not stop," the group said in a
statement, saying the devastating war on local shops must end.

“We deserve better.” ― Tom Baker

MORALES: The vote was rigged, allegedly.`;
analyzeArticle(WARM_UP_ARTICLE);
